//! Fetching files of the page's own origin.

/// A file's text, or why it could not be had: the server's or the browser's own words
/// (`HTTP 404`), which a notice quotes after its own, in the reader's language.
pub type Fetched = Result<String, String>;

/// Fetches a file of the page's own origin, relative to the page.
pub async fn fetch_text(path: &str) -> Fetched {
    let response = gloo::net::http::Request::get(path)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    response.text().await.map_err(|e| e.to_string())
}
