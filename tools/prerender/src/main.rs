//! Writes the atlas's first view into a built `index.html`, so a reader sees the map, the
//! slider and the current event before the wasm has loaded; the app replaces it when it starts.
//!
//! The view is drawn by the app's own components (Leptos renders them to HTML here), from the
//! data files the page will load, at the default state: the whole frontier today. Effects do not
//! run: the page is drawn as the app's first render draws it.
//!
//!     atlas-prerender [--geodata DIR] [--today YYYY-MM-DD] [INDEX_HTML]
//!
//! INDEX_HTML defaults to `$TRUNK_STAGING_DIR/index.html` (Trunk's `post_build` hook, see
//! Trunk.toml). The first view goes right after `<body>`, wrapped in `<div data-ui="prerender">`.
//!
//! A link to another state (a date, an event, a view, a language) must not show the default
//! state first: a small script beside `index.html`, loaded before the first paint, marks such a
//! page `atlas-linked`, and the stylesheet then hides the first view's map, panel and slider
//! until the app draws the link's state. (A script file, not an inline one: a strict
//! Content-Security-Policy allows only scripts from the page's own origin.)
//!
//! The page also gets its Content-Security-Policy as a `<meta>` tag ([`POLICY`]), which no
//! development server's inline reload script would survive: so only release builds carry it.
//!
//! The events' titles and summaries in other languages (`i18n` in `events.json`) move to
//! `geodata/lang/events.<lang>.json`, one file per language ([`split_translations`]): the page
//! reads the one it needs, and a reader of English downloads none. A development build keeps
//! them in `events.json`, which the page reads as well.
//!
//! Last, it writes `sw.js`, the service worker that keeps the build for use offline
//! (`offline.js` with the build's files and version filled in), and names it in the page
//! (`<meta name="atlas-offline">`), where `public/start.js` registers it. A development build
//! has neither, and so no worker caching what is being edited.

use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};
use atlas_model::link::LinkState;
use atlas_model::{Date, Day};
use frontier_atlas::boot::load as data;
use frontier_atlas::boot::AtlasPage;
use leptos::prelude::*;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

/// Takes what effects spawn and never runs it.
struct NoEffects;

impl CustomExecutor for NoEffects {
    fn spawn(&self, _: PinnedFuture<()>) {}
    fn spawn_local(&self, _: PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

struct Options {
    geodata: PathBuf,
    today: Day,
    html: PathBuf,
}

const USAGE: &str = "usage: atlas-prerender [--geodata DIR] [--today YYYY-MM-DD] [INDEX_HTML]";

fn options() -> Result<Options, String> {
    let mut geodata = PathBuf::from(".");
    let mut today = None;
    let mut html = std::env::var_os("TRUNK_STAGING_DIR").map(|d| Path::new(&d).join("index.html"));
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--geodata" => geodata = args.next().ok_or(USAGE)?.into(),
            "--today" => {
                let text = args.next().ok_or(USAGE)?;
                let date = Date::parse(&text).map_err(|e| format!("--today {text}: {e}"))?;
                today = Some(date.first_day());
            }
            "-h" | "--help" => return Err(USAGE.into()),
            _ => html = Some(arg.into()),
        }
    }
    Ok(Options {
        geodata,
        today: today.unwrap_or_else(frontier_atlas::platform::dom::today),
        html: html.ok_or(USAGE)?,
    })
}

/// The first view as HTML, drawn from the data files in `geodata` (a folder holding
/// `geodata/…`, as the page's own folder does).
fn first_view(geodata: &Path, today: Day) -> String {
    let texts = data::PATHS
        .into_array()
        .map(|file| std::fs::read_to_string(geodata.join(file)).map_err(|e| e.to_string()));
    let (atlas, notices) = data::assemble(texts.into(), today);
    let owner = Owner::new();
    let html =
        owner.with(|| untrack(|| view! { <AtlasPage atlas=Arc::new(atlas) notices/> }.to_html()));
    // Leptos marks where dynamic children go, for hydration; the app mounts afresh instead.
    html.replace("<!>", "")
}

/// The script that marks a page opened with a link's state, and its file name (which changes
/// with its text, so a cache never serves an old one).
fn link_script() -> (String, String) {
    use std::hash::{Hash, Hasher};
    let keys = LinkState::KEYS.join("|");
    // A reader whose browser asks first for one of the atlas's other languages would see the
    // first view (in English) change language: it waits for the app too.
    let script = format!(
        "if (/[?&]({keys})=/.test(location.search) || \
         ['ja', 'ru'].includes((navigator.languages || [navigator.language || '']).map(l => \
         l.slice(0, 2).toLowerCase()).find(l => ['en', 'ja', 'ru'].includes(l)))) \
         document.documentElement.classList.add('atlas-linked');\n\
         if (/[?&]embed(=(1|true|yes)?)?(&|$)/.test(location.search)) \
         document.documentElement.dataset.mode = 'embed';\n"
    );
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    script.hash(&mut hasher);
    (
        format!("first-view-{:08x}.js", hasher.finish() as u32),
        script,
    )
}

/// The element that ends the first view. Until it is parsed the stylesheet keeps the first view
/// hidden (`.atlas-prerender:not(:has(#first-view-end))`), so a browser that paints a half-parsed
/// page never shows half a view that the rest would then push about.
const END: &str = "first-view-end";

/// The page's own Content-Security-Policy: scripts, styles and data from its own origin only,
/// WebAssembly compiled, nothing inline. (`frame-ancestors` and reporting only work as a
/// header; the README lists the headers a site should send.)
const POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
                          style-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/// Puts the policy first in the page (it governs only what follows it), the script's tag at the
/// end of `<head>` and the first view right after `<body …>`.
fn insert(page: &str, script: &str, view: &str) -> Result<String, String> {
    let charset = page
        .find("<meta charset")
        .ok_or("index.html has no <meta charset>")?;
    let policy_at = charset
        + page[charset..]
            .find('>')
            .ok_or("index.html: <meta charset> is not closed")?
        + 1;
    let head = page.find("</head>").ok_or("index.html has no </head>")?;
    let start = page.find("<body").ok_or("index.html has no <body>")?;
    let end = start
        + page[start..]
            .find('>')
            .ok_or("index.html: <body> is not closed")?
        + 1;
    if !(policy_at <= head && head < start) {
        return Err("index.html: <meta charset>, </head> and <body> are out of order".into());
    }
    Ok(format!(
        "{}<meta http-equiv=\"Content-Security-Policy\" content=\"{POLICY}\">\
         <meta name=\"atlas-offline\" content=\"{WORKER}\">{}\
         <script src=\"{script}\"></script>{}<div data-ui=\"prerender\" \
         class=\"atlas-prerender\">{view}<span id=\"{END}\"></span></div>{}",
        &page[..policy_at],
        &page[policy_at..head],
        &page[head..end],
        &page[end..]
    ))
}

/// The service worker's file name, beside `index.html`.
const WORKER: &str = "sw.js";

/// Every file of the build under `dir` but the worker itself, as paths relative to it.
fn build_files(dir: &Path) -> Result<Vec<String>, String> {
    let mut files = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let entries =
            std::fs::read_dir(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                folders.push(path);
            } else if let Ok(relative) = path.strip_prefix(dir) {
                let relative = relative
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                if relative != WORKER {
                    files.push(relative);
                }
            }
        }
    }
    files.sort();
    Ok(files)
}

/// Moves the events' texts in other languages out of `dir`'s `geodata/events.json` into
/// `geodata/lang/events.<lang>.json` (`{"<event id>": {"title": …, "summary": …}}`); the number
/// of files written.
fn split_translations(dir: &Path) -> Result<usize, String> {
    use serde_json::{Map, Value};
    let path = dir.join("geodata/events.json");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut record: Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let events = match &mut record {
        Value::Object(o) => o.get_mut("events").and_then(Value::as_array_mut),
        Value::Array(a) => Some(a),
        _ => None,
    };
    let Some(events) = events else {
        return Ok(0);
    };
    let mut by_lang: Vec<(String, Map<String, Value>)> = Vec::new();
    for event in events.iter_mut() {
        let Some(object) = event.as_object_mut() else {
            continue;
        };
        let id = object
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let Some(Value::Object(i18n)) = object.remove("i18n") else {
            continue;
        };
        for (lang, texts) in i18n {
            let at = match by_lang.iter().position(|(l, _)| *l == lang) {
                Some(at) => at,
                None => {
                    by_lang.push((lang.clone(), Map::new()));
                    by_lang.len() - 1
                }
            };
            by_lang[at].1.insert(id.clone(), texts);
        }
    }
    std::fs::create_dir_all(dir.join("geodata/lang")).map_err(|e| e.to_string())?;
    for (lang, texts) in &by_lang {
        // Only a language key (letters), so the file stays in its folder.
        if !lang.chars().all(|c| c.is_ascii_lowercase()) {
            continue;
        }
        let file = dir.join(format!("geodata/lang/events.{lang}.json"));
        let json = serde_json::to_string(texts).map_err(|e| e.to_string())?;
        std::fs::write(&file, json).map_err(|e| format!("{}: {e}", file.display()))?;
    }
    let json = serde_json::to_string(&record).map_err(|e| e.to_string())?;
    std::fs::write(&path, json).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(by_lang.len())
}

/// Writes the service worker for the build in `dir`: its files, and a version that changes
/// with any byte of any of them.
fn write_worker(dir: &Path) -> Result<usize, String> {
    use std::hash::{Hash, Hasher};
    let files = build_files(dir)?;
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for file in &files {
        file.hash(&mut hasher);
        std::fs::read(dir.join(file))
            .map_err(|e| format!("{file}: {e}"))?
            .hash(&mut hasher);
    }
    let list = format!(
        "[{}]",
        files
            .iter()
            .map(|f| format!("'{}'", f.replace('\\', "\\\\").replace('\'', "\\'")))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let worker = include_str!("offline.js")
        .replace("__VERSION__", &format!("{:016x}", hasher.finish()))
        .replace("__FILES__", &list);
    std::fs::write(dir.join(WORKER), worker).map_err(|e| format!("{WORKER}: {e}"))?;
    Ok(files.len())
}

fn run() -> Result<(), String> {
    let options = options()?;
    Executor::init_custom_executor(NoEffects).map_err(|e| e.to_string())?;
    let path = &options.html;
    let page = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if page.contains("data-ui=\"prerender\"") {
        return Err(format!("{} already holds a first view", path.display()));
    }
    let view = first_view(&options.geodata, options.today);
    let (script_name, script) = link_script();
    let script_path = path.with_file_name(&script_name);
    std::fs::write(&script_path, script).map_err(|e| format!("{}: {e}", script_path.display()))?;
    let page = insert(&page, &script_name, &view)?;
    std::fs::write(path, page).map_err(|e| format!("{}: {e}", path.display()))?;
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let languages = split_translations(folder)?;
    eprintln!(
        "atlas-prerender: events' texts in {languages} other languages moved to geodata/lang/"
    );
    let cached = write_worker(folder)?;
    eprintln!("atlas-prerender: {WORKER} keeps {cached} files for use offline");
    eprintln!(
        "atlas-prerender: first view ({} KB) written into {}",
        view.len() / 1024,
        path.display()
    );
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(why) => {
            eprintln!("atlas-prerender: {why}");
            ExitCode::FAILURE
        }
    }
}
