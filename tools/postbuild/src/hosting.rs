//! The web server's settings shipped with each build (from the repository's `deploy/`): they
//! make a server send the compressed copies, the right types and the cache headers
//! (docs/hosting.md). Written beside `index.html`; the offline worker does not keep them.

use std::path::Path;

/// Each setting file: its name in the build and its text.
pub const SETTINGS: &[(&str, &str)] = &[
    // Apache (mod_rewrite, mod_headers, mod_mime), read from the folder it is in.
    (".htaccess", include_str!("../../../deploy/.htaccess")),
    // Netlify and Cloudflare Pages.
    ("_headers", include_str!("../../../deploy/_headers")),
    // nginx: a `location` block the site's `server` includes.
    ("nginx.conf", include_str!("../../../deploy/nginx.conf")),
];

/// Whether `file` (a path in the build) is one of the server's settings.
pub fn is_setting(file: &str) -> bool {
    SETTINGS.iter().any(|(name, _)| *name == file)
}

/// Writes the settings into the build in `dir`.
pub fn write(dir: &Path) -> Result<(), String> {
    for (name, text) in SETTINGS {
        std::fs::write(dir.join(name), text).map_err(|e| format!("{name}: {e}"))?;
    }
    Ok(())
}
