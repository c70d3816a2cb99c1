//! The page's Content-Security-Policy, as a `<meta>` tag. No development server's inline reload
//! script would survive it: so only release builds carry it.

use crate::page;

/// The page's own Content-Security-Policy: scripts, styles and data from its own origin only,
/// WebAssembly compiled, nothing inline. (`frame-ancestors` and reporting only work as a
/// header; the README lists the headers a site should send.)
pub const POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
                          style-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/// `page` with the policy first in its head, right after `<meta charset>`: a policy governs only
/// what follows it.
pub fn insert(page: &str) -> Result<String, String> {
    let at = page::after_tag(page, "<meta charset")?;
    if at > page::head_end(page)? {
        return Err("index.html: <meta charset> is not in the <head>".into());
    }
    let tag = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{POLICY}\">");
    Ok(page::insert_at(page, at, &tag))
}
