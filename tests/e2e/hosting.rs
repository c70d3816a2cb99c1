//! Hosting: the build served by a real nginx and a real Apache, each set up with nothing for the
//! atlas but the settings the build ships (its nginx.conf and .htaccess; tests/support/hosts.sh
//! starts both, scripts/test.sh sets `NGINX_URL` and `APACHE_URL`). Each sends the compressed
//! copies made at build time with the file's type, `Vary` and the cache headers, never a data
//! file's older copy, and the atlas runs from it in the browser.

use crate::fixtures::*;
use std::io::{Read, Write};
use std::net::TcpStream;

/// The folder both servers serve the atlas from (tests/support/hosts.sh copies the build there).
fn served() -> PathBuf {
    repository("target/e2e-hosts/site/atlas")
}

/// A response as it came over the wire.
struct Response {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Response {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A plain HTTP/1.1 GET, as a client that accepts `encodings` (or says nothing of them) sends it.
fn get(url: &str, encodings: Option<&str>) -> Response {
    let rest = url.strip_prefix("http://").expect("an http:// URL");
    let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let mut stream =
        TcpStream::connect(host).unwrap_or_else(|e| panic!("{host} does not answer: {e}"));
    let accept = encodings.map_or(String::new(), |e| format!("Accept-Encoding: {e}\r\n"));
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\n{accept}Connection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a response");
    let head = String::from_utf8_lossy(&raw[..end]).to_string();
    let mut lines = head.lines();
    let status = lines.next().unwrap().split(' ').nth(1).unwrap();
    Response {
        status: status.parse().unwrap(),
        headers: lines
            .filter_map(|l| l.split_once(':'))
            .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
            .collect(),
        body: raw[end + 4..].to_vec(),
    }
}

/// The name of the one served file at the top that starts with `start` and ends with `end`.
fn built(start: &str, end: &str) -> String {
    let names: Vec<String> = std::fs::read_dir(served())
        .expect("the served build (tests/support/hosts.sh)")
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.starts_with(start) && n.ends_with(end))
        .collect();
    assert_eq!(names.len(), 1, "{start}…{end}: {names:?}");
    names[0].clone()
}

/// The Content-Security-Policy the built page declares in its `<meta>`.
fn page_policy() -> String {
    let page = std::fs::read_to_string(served().join("index.html")).unwrap();
    let tag = "http-equiv=\"Content-Security-Policy\" content=\"";
    let from = page.find(tag).expect("the page declares its policy") + tag.len();
    page[from..from + page[from..].find('"').unwrap()].to_string()
}

const YEAR: &str = "public, max-age=31536000, immutable";
const REVALIDATE: &str = "no-cache";

/// One file as a server must send it: its path in the URL and on disk, its type, its caching,
/// and whether its compressed copies are what is sent.
struct Expected {
    url: String,
    file: String,
    kind: &'static str,
    cache: &'static str,
    from_copies: bool,
}

/// The files checked: the page, its code, a style sheet, the worker and the data (which has no
/// copies: the server compresses it as it sends it, with gzip).
fn expected() -> Vec<Expected> {
    let file = |url: &str, file: &str, kind, cache, from_copies| Expected {
        url: url.to_string(),
        file: file.to_string(),
        kind,
        cache,
        from_copies,
    };
    let wasm = built("frontier-atlas-", "_bg.wasm");
    let js = built("frontier-atlas-", ".js");
    let css = built("atlas-", ".css");
    vec![
        file("", "index.html", "text/html", REVALIDATE, true),
        file(&wasm, &wasm, "application/wasm", YEAR, true),
        file(&js, &js, "text/javascript", YEAR, true),
        file(&css, &css, "text/css", YEAR, true),
        file("sw.js", "sw.js", "text/javascript", REVALIDATE, true),
        file(
            "geodata/events.json",
            "geodata/events.json",
            "application/json",
            REVALIDATE,
            false,
        ),
        file(
            "geodata/territories.geojson",
            "geodata/territories.geojson",
            "application/geo+json",
            REVALIDATE,
            false,
        ),
    ]
}

/// What `server` at `base` sends for each file to a client that accepts Brotli, one that
/// accepts only gzip and one that accepts neither.
fn sends_each_file_compressed_with_its_headers(server: &str, base: &str) {
    let policy = page_policy();
    for want in expected() {
        let raw = std::fs::read(served().join(&want.file)).unwrap();
        let url = format!("{base}{}", want.url);
        let what = format!("{server} {}", want.file);
        for (accept, encoding) in [
            (Some("gzip, deflate, br"), Some("br")),
            (Some("gzip"), Some("gzip")),
            (None, None),
        ] {
            let r = get(&url, accept);
            let what = format!("{what} for Accept-Encoding {accept:?}");
            assert_eq!(r.status, 200, "{what}");
            // Without copies (the data on nginx) the server compresses as it sends: gzip.
            let sent = match encoding {
                Some(_) if !want.from_copies => Some("gzip"),
                e => e,
            };
            assert_eq!(r.header("Content-Encoding"), sent, "{what}");
            let kind = r.header("Content-Type").unwrap_or_default();
            assert!(kind.starts_with(want.kind), "{what}: Content-Type {kind}");
            let vary = r.header("Vary").unwrap_or_default().to_ascii_lowercase();
            assert!(vary.contains("accept-encoding"), "{what}: Vary {vary:?}");
            assert_eq!(r.header("Cache-Control"), Some(want.cache), "{what}");
            assert_eq!(
                r.header("X-Content-Type-Options"),
                Some("nosniff"),
                "{what}"
            );
            assert_eq!(
                r.header("Content-Security-Policy"),
                Some(policy.as_str()),
                "{what}: the page's own policy"
            );
            // The bytes sent are the build's copy (or the file itself).
            match sent {
                None => assert!(r.body == raw, "{what}: the file itself"),
                Some(encoding) if want.from_copies => {
                    let ext = if encoding == "gzip" { "gz" } else { encoding };
                    let copy = std::fs::read(served().join(format!("{}.{ext}", want.file)))
                        .unwrap_or_else(|e| panic!("{what}: the build's .{ext} copy: {e}"));
                    assert!(r.body == copy, "{what}: the build's .{ext} copy");
                }
                Some(_) => assert!(r.body.len() < raw.len(), "{what}: compressed"),
            }
        }
    }
    for setting in [".htaccess", "_headers", "nginx.conf"] {
        let r = get(&format!("{base}{setting}"), None);
        assert_eq!(r.status, 404, "{server} does not send {setting}");
    }
}

/// A data file replaced in place (a teacher's edit of geodata/) is sent as it now is, to a
/// plain client and to the browser, even beside older compressed copies.
async fn sends_a_replaced_data_file_as_it_now_is(c: &Client, server: &str, base: &str) {
    let data = served().join("geodata");
    let name = format!("replaced-{server}.json");
    let old = std::time::SystemTime::now() - Duration::from_secs(3600);
    for ext in ["br", "gz"] {
        let copy = data.join(format!("{name}.{ext}"));
        std::fs::copy(served().join(format!("index.html.{ext}")), &copy).unwrap();
        std::fs::File::options()
            .write(true)
            .open(&copy)
            .unwrap()
            .set_modified(old)
            .unwrap();
    }
    let text = format!(
        "{{\"replaced\": \"in place\", \"pad\": \"{}\"}}\n",
        "x".repeat(4000)
    );
    std::fs::write(data.join(&name), &text).unwrap();
    let r = get(&format!("{base}geodata/{name}"), Some("br"));
    assert!(r.body == text.as_bytes(), "{server}: the file as it now is");
    let script =
        format!("return fetch('geodata/{name}', {{cache: 'no-store'}}).then(r => r.text())");
    assert_eq!(eval(c, &script).await, serde_json::json!(text), "{server}");
    for file in [name.clone(), format!("{name}.br"), format!("{name}.gz")] {
        std::fs::remove_file(data.join(file)).unwrap();
    }
}

/// The atlas opened from `server` at `base`: it draws its map and steps, and the browser
/// received its code as the build's Brotli copies and its data compressed as it was sent.
async fn runs_from(server: &str, base: &str) {
    let c = browser(1280, 800).await;
    c.goto(&format!("{base}?date=1905-09-05")).await.unwrap();
    wait_for_app(&c, server).await;
    assert_eq!(control(&c, "southern-sakhalin").await, "japan");
    let before = slider_text(&c).await;
    let slider = c.find(Locator::Css("[data-ui=date]")).await.unwrap();
    slider.send_keys(&Key::Right.to_string()).await.unwrap();
    let stepped = poll(Duration::from_secs(5), || async {
        (slider_text(&c).await != before).then_some(())
    })
    .await;
    assert!(stepped.is_some(), "{server}: a step changes the date");
    // The wasm as the page loaded it: fewer bytes came than it holds, as many as its .br copy.
    let wasm = built("frontier-atlas-", "_bg.wasm");
    let sizes = eval(
        &c,
        &format!(
            "const e = performance.getEntriesByType('resource').find(e => e.name.endsWith('/{wasm}'));
             return e ? [e.encodedBodySize, e.decodedBodySize] : null"
        ),
    )
    .await;
    let br = std::fs::metadata(served().join(format!("{wasm}.br")))
        .unwrap()
        .len();
    let raw = std::fs::metadata(served().join(&wasm)).unwrap().len();
    assert_eq!(
        sizes,
        serde_json::json!([br, raw]),
        "{server}: the wasm came as its Brotli copy"
    );
    // The headers of each kind of file, as the browser receives them.
    let css = built("atlas-", ".css");
    let js = built("frontier-atlas-", ".js");
    for (file, encoding) in [
        (wasm.as_str(), "br"),
        (js.as_str(), "br"),
        (css.as_str(), "br"),
        ("geodata/events.json", "gzip"),
        ("geodata/claims.geojson", "gzip"),
    ] {
        let script = format!(
            "return fetch('{file}', {{cache: 'no-store'}}).then(r => [r.headers.get('content-encoding'), r.headers.get('vary')])"
        );
        let got = eval(&c, &script).await;
        assert_eq!(got[0], serde_json::json!(encoding), "{server} {file}");
        let vary = got[1].as_str().unwrap_or_default().to_ascii_lowercase();
        assert!(vary.contains("accept-encoding"), "{server} {file}: {vary}");
    }
    sends_a_replaced_data_file_as_it_now_is(&c, server, base).await;
    screenshot(&c, &format!("hosting-{server}")).await;
    c.close().await.unwrap();
}

#[tokio::test]
async fn nginx_with_the_shipped_settings_sends_the_compressed_build() {
    let base = env("NGINX_URL");
    sends_each_file_compressed_with_its_headers("nginx", &base);
    runs_from("nginx", &base).await;
}

#[tokio::test]
async fn apache_with_the_shipped_settings_sends_the_compressed_build() {
    let base = env("APACHE_URL");
    sends_each_file_compressed_with_its_headers("apache", &base);
    runs_from("apache", &base).await;
}
