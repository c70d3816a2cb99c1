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
use atlas_model::outline;
use atlas_model::words::Message;
use atlas_model::{Catalog, Day, Lang};
use frontier_atlas::boot::load;
use frontier_atlas::boot::AtlasPage;
use frontier_atlas::state::i18n;
use frontier_atlas::state::Atlas;
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
/// `geodata` on `today`, and the link script's tag; the script is written beside the page, and
/// so is the first view in each other language (`first-view.<lang>-<hash>.html`), which the
/// script puts in place of the English one for a reader of that language. Also the view's size
/// in bytes.
pub fn write(
    page: &str,
    folder: &Path,
    geodata: &Path,
    today: Day,
) -> Result<(String, usize), String> {
    if page.contains("data-ui=\"prerender\"") {
        return Err("index.html already holds a first view".into());
    }
    Executor::init_custom_executor(NoEffects).map_err(|e| e.to_string())?;
    // The data is the same in every language: read and assembled once.
    let read = |file: &str| {
        std::fs::read_to_string(geodata.join(file)).map_err(|e| format!("{file}: {e}"))
    };
    let (atlas, notices) = load::assemble(load::PATHS.map(read), today);
    let data = (Arc::new(atlas), notices);
    let view = render(&data, None)?;
    let mut others = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|&l| l != Lang::default()) {
        let path = i18n::catalog_path(lang);
        let catalog = Catalog::from_json(&read(&path)?).map_err(|e| format!("{path}: {e}"))?;
        // The repository's events.json holds every language's texts.
        let words = i18n::Pack {
            lang,
            catalog: Ok(catalog),
            events: None,
        };
        let html = render(&data, Some(words))?;
        let name = format!("first-view.{}-{:08x}.html", lang.key(), hash(&html));
        let path = folder.join(&name);
        std::fs::write(&path, html).map_err(|e| format!("{}: {e}", path.display()))?;
        others.push((lang, name));
    }
    let (script_name, script) = link_script(&others);
    let script_path = folder.join(&script_name);
    std::fs::write(&script_path, script).map_err(|e| format!("{}: {e}", script_path.display()))?;
    Ok((insert(page, &script_name, &view)?, view.len()))
}

/// A short hash of a file's text, for its name: a new text gets a new name, so a cache never
/// serves an old one.
fn hash(text: &str) -> u32 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut hasher);
    hasher.finish() as u32
}

/// The first view as HTML, drawn from the assembled data (and its notices) in the language of
/// `words` (English without), as a browser asking for that language first would show it.
fn render(
    (atlas, notices): &(Arc<Atlas>, Vec<Message>),
    words: Option<i18n::Pack>,
) -> Result<String, String> {
    let (atlas, notices) = (atlas.clone(), notices.clone());
    // The first view shows the whole frontier at one zoom: a map 4,000 px wide would show its
    // coarser paths' error as under a pixel.
    let tolerance_km = atlas.view_box(atlas.config.default_view())[2] / 4000.0;
    let lang = words.as_ref().map_or(Lang::default(), |w| w.lang);
    frontier_atlas::platform::dom::draw_as_for(lang);
    let owner = Owner::new();
    let html = owner.with(|| {
        untrack(|| match words {
            Some(words) => view! { <AtlasPage atlas notices words/> }.to_html(),
            None => view! { <AtlasPage atlas notices/> }.to_html(),
        })
    });
    // Leptos marks where dynamic children go, for hydration; the app mounts afresh instead.
    Ok(coarser_paths(&html.replace("<!>", ""), tolerance_km))
}

/// The page with each map path (`d="M…"` as the model writes it) drawn at `tolerance_km`
/// ([`atlas_model::outline`]); other paths as they were. The app draws the full detail.
fn coarser_paths(html: &str, tolerance_km: f64) -> String {
    const ATTRIBUTE: &str = " d=\"";
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find(ATTRIBUTE) {
        let value = start + ATTRIBUTE.len();
        let Some(len) = rest[value..].find('"') else {
            break;
        };
        out.push_str(&rest[..value]);
        let d = &rest[value..value + len];
        match outline::coarser(d, tolerance_km) {
            Some(coarse) => out.push_str(&coarse),
            None => out.push_str(d),
        }
        rest = &rest[value + len..];
    }
    out.push_str(rest);
    out
}

/// The languages as a JavaScript array of their keys.
fn js_keys(langs: impl Iterator<Item = Lang>) -> String {
    let keys: Vec<_> = langs.map(|l| format!("'{}'", l.key())).collect();
    format!("[{}]", keys.join(", "))
}

/// The script that marks a page opened with a link's state, puts the first view in the reader's
/// language in place, and keeps what the reader does before the app runs (`first_view.js`), and
/// its file name (which changes with its text, so a cache never serves an old one). `others`:
/// the file of the first view in each other language.
fn link_script(others: &[(Lang, String)]) -> (String, String) {
    let files: Vec<_> = others
        .iter()
        .map(|(lang, name)| format!("{}: '{name}'", lang.key()))
        .collect();
    let state_keys: Vec<_> = LinkState::KEYS
        .into_iter()
        .filter(|&k| k != "lang")
        .collect();
    let script = include_str!("first_view.js")
        .replace("STATE_KEYS", &state_keys.join("|"))
        .replace("FIRST_VIEWS", &format!("{{ {} }}", files.join(", ")))
        .replace("ALL_LANGS", &js_keys(Lang::ALL.into_iter()))
        .replace("DEFAULT_LANG", Lang::default().key());
    let name = format!("first-view-{:08x}.js", hash(&script));
    (name, script)
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
