//! Fetching files of the page's own origin.

/// A file's text, or why it could not be had (in words to show, which name the file).
pub type Fetched = Result<String, String>;

/// Fetches a file of the page's own origin, relative to the page.
pub async fn fetch_text(path: &str) -> Fetched {
    let response = gloo::net::http::Request::get(path)
        .send()
        .await
        .map_err(|e| format!("{path} could not be fetched ({e})"))?;
    if !response.ok() {
        return Err(format!(
            "{path} could not be fetched (HTTP {})",
            response.status()
        ));
    }
    response
        .text()
        .await
        .map_err(|e| format!("{path} could not be read ({e})"))
}
