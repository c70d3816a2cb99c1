//! The atlas's first view, written into a built `index.html`, so a reader sees the map, the
//! slider and the current event before the wasm has loaded; the app replaces it when it starts.
//!
//! The view is drawn by the app's own components (Leptos renders them to HTML here), from the
//! data files the page will load, at the default state: the whole frontier today. Effects do not
//! run: the page is drawn as the app's first render draws it. It goes right after `<body>`,
//! wrapped in `<div data-ui="prerender">`.
//!
//! A link to another state (a date, an event, a view, a language) must not show the default
//! state first: a small script beside `index.html` (`first_view.js`), loaded before the first
//! paint, marks such a page `atlas-linked`, and the stylesheet then shows only the first view's
//! map, as a plain outline, until the app draws the link's state; it marks the data checker's
//! page (`?check=1`), which shows no first view at all. The same script keeps what the reader
//! does to the first view's controls before the app runs, and hands it to the app's own controls
//! once the app has taken over; a status in the first view says the atlas is loading, and that
//! what the reader did will be applied. (A script file, not an inline one: a strict
//! Content-Security-Policy allows only scripts from the page's own origin.)

use crate::page;
use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};
use atlas_model::link::LinkState;
use atlas_model::{Day, Lang};
use frontier_atlas::boot::load;
use frontier_atlas::boot::AtlasPage;
use frontier_atlas::state::i18n;
use leptos::prelude::*;
use std::path::Path;
use std::sync::Arc;

/// The element that ends the first view. Until it is parsed the stylesheet keeps the first view
/// hidden (`.atlas-prerender:not(:has(#first-view-end))`), so a browser that paints a half-parsed
/// page never shows half a view that the rest would then push about.
const END: &str = "first-view-end";

/// Takes what effects spawn and never runs it.
struct NoEffects;

impl CustomExecutor for NoEffects {
    fn spawn(&self, _: PinnedFuture<()>) {}
    fn spawn_local(&self, _: PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// `page` (the built `index.html` in `folder`) with the first view drawn from the data files in
/// `geodata` on `today`, and the link script's tag; the script is written beside the page. Also
/// the view's size in bytes.
pub fn write(
    page: &str,
    folder: &Path,
    geodata: &Path,
    today: Day,
) -> Result<(String, usize), String> {
    if page.contains("data-ui=\"prerender\"") {
        return Err("index.html already holds a first view".into());
    }
    let view = render(geodata, today)?;
    let (script_name, script) = link_script();
    let script_path = folder.join(&script_name);
    std::fs::write(&script_path, script).map_err(|e| format!("{}: {e}", script_path.display()))?;
    Ok((insert(page, &script_name, &view)?, view.len()))
}

/// The first view as HTML, drawn from the data files in `geodata` (a folder holding
/// `geodata/…`, as the page's own folder does).
fn render(geodata: &Path, today: Day) -> Result<String, String> {
    Executor::init_custom_executor(NoEffects).map_err(|e| e.to_string())?;
    let texts = load::PATHS
        .map(|file| std::fs::read_to_string(geodata.join(file)).map_err(|e| e.to_string()));
    let (atlas, notices) = load::assemble(texts, today);
    let owner = Owner::new();
    let html =
        owner.with(|| untrack(|| view! { <AtlasPage atlas=Arc::new(atlas) notices/> }.to_html()));
    // Leptos marks where dynamic children go, for hydration; the app mounts afresh instead.
    Ok(html.replace("<!>", ""))
}

/// The languages as a JavaScript array of their keys.
fn js_keys(langs: impl Iterator<Item = Lang>) -> String {
    let keys: Vec<_> = langs.map(|l| format!("'{}'", l.key())).collect();
    format!("[{}]", keys.join(", "))
}

/// The script that marks a page opened with a link's state and keeps what the reader does before
/// the app runs (`first_view.js`), and its file name (which changes with its text, so a cache
/// never serves an old one).
fn link_script() -> (String, String) {
    use std::hash::{Hash, Hasher};
    let script = include_str!("first_view.js")
        .replace("LINK_KEYS", &LinkState::KEYS.join("|"))
        .replace("ALL_LANGS", &js_keys(Lang::ALL.into_iter()))
        .replace("DEFAULT_LANG", Lang::default().key());
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    script.hash(&mut hasher);
    (
        format!("first-view-{:08x}.js", hasher.finish() as u32),
        script,
    )
}

/// The status the first view shows while the app loads, in each language (the script says which
/// the page starts in): that it is loading, and, once the reader has used a control, that what
/// they did will be applied.
fn status() -> String {
    let mut html = String::from("<p class=\"atlas-starting\" role=\"status\">");
    for lang in Lang::ALL {
        let key = lang.key();
        html.push_str(&format!(
            "<span lang=\"{key}\" class=\"starting-loading\">{}</span>\
             <span lang=\"{key}\" class=\"starting-waiting\">{}</span>",
            i18n::loading_text(lang),
            i18n::waiting_text(lang)
        ));
    }
    html.push_str("</p>");
    html
}

/// Puts the script's tag at the end of `<head>` and the first view right after `<body …>`.
fn insert(page: &str, script: &str, view: &str) -> Result<String, String> {
    let head = page::head_end(page)?;
    let body = page::after_tag(page, "<body")?;
    if body < head {
        return Err("index.html: </head> and <body> are out of order".into());
    }
    let page = page::insert_at(
        page,
        body,
        &format!(
            "<div data-ui=\"prerender\" class=\"atlas-prerender\">{view}{}<span id=\"{END}\"></span></div>",
            status()
        ),
    );
    Ok(page::insert_at(
        &page,
        head,
        &format!("<script src=\"{script}\"></script>"),
    ))
}
