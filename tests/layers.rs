//! The app's layers import only downward, and no module imports itself round a circle.
//!
//! `src/` is four layers, from the top: `boot/` (start-up), `components/` (the features),
//! `state/` (the shared state), `platform/` (browser plumbing). A file may use its own layer and
//! those below it; `lib.rs` and `main.rs` stand above them all. Imports are read from the
//! source as text (`crate::…`, `super::…`, `self::…` paths, outside comments), so the test
//! needs no compiler support and runs natively in an instant.
// It reads the source tree, which a wasm test cannot: it runs natively only.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The layers, from the top.
const LAYERS: [&str; 4] = ["boot", "components", "state", "platform"];

/// A module's path from the crate root (`["state", "ui"]`) and its source.
type Module = (Vec<String>, String);

/// The module path of a file under `src/`.
fn module_path(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .with_extension("")
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

fn read_tree(root: &Path, dir: &Path, out: &mut Vec<Module>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            read_tree(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            out.push((module_path(path.strip_prefix(root).unwrap()), text));
        }
    }
}

/// The source without comments (line comments and doc comments; the app has no block
/// comments in code).
fn code_of(text: &str) -> String {
    text.lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every path that starts with `crate`, `super` or `self`, with one level of braces expanded
/// (`super::{a, b::C}` gives `super::a` and `super::b::C`).
fn paths_in(code: &str) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let bytes: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < bytes.len() {
        let starts = ["crate::", "super::", "self::"]
            .iter()
            .find(|s| code_at(&bytes, i, s) && (i == 0 || !is_ident(bytes[i - 1])));
        let Some(start) = starts else {
            i += 1;
            continue;
        };
        let mut j = i + start.len();
        let mut path: Vec<String> = vec![start.trim_end_matches("::").to_string()];
        loop {
            if bytes.get(j) == Some(&'{') {
                let close = (j..bytes.len())
                    .find(|&k| bytes[k] == '}')
                    .unwrap_or(bytes.len());
                let inner: String = bytes[j + 1..close].iter().collect();
                for item in inner.split(',') {
                    let mut p = path.clone();
                    p.extend(item.split("::").map(|s| s.trim().to_string()));
                    found.push(p);
                }
                j = close;
                break;
            }
            let word: String = bytes[j..].iter().take_while(|c| is_ident(**c)).collect();
            if word.is_empty() {
                break;
            }
            j += word.len();
            path.push(word);
            if code_at(&bytes, j, "::") {
                j += 2;
            } else {
                break;
            }
        }
        found.push(path);
        i = j.max(i + 1);
    }
    found
}

fn code_at(chars: &[char], at: usize, s: &str) -> bool {
    s.chars()
        .enumerate()
        .all(|(k, c)| chars.get(at + k) == Some(&c))
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The module a path names or takes an item from, following `pub use` re-exports of items, as
/// a path from the crate root; `None` for paths outside the crate's modules.
fn resolve(
    from: &[String],
    path: &[String],
    modules: &BTreeSet<Vec<String>>,
    reexports: &BTreeMap<(Vec<String>, String), Vec<String>>,
) -> Option<Vec<String>> {
    let mut at: Vec<String> = Vec::new();
    let mut rest = path.iter();
    match rest.next()?.as_str() {
        "crate" => {}
        "self" => at = from.to_vec(),
        "super" => {
            at = from.to_vec();
            at.pop()?;
            while rest.clone().next().map(String::as_str) == Some("super") {
                rest.next();
                at.pop()?;
            }
        }
        _ => return None,
    }
    for segment in rest {
        let mut deeper = at.clone();
        deeper.push(segment.clone());
        if modules.contains(&deeper) {
            at = deeper;
        } else if let Some(target) = reexports.get(&(at.clone(), segment.clone())) {
            return Some(target.clone());
        } else {
            break;
        }
    }
    Some(at)
}

/// What is wrong with a tree of modules: imports against the layers, and circles.
fn problems(tree: &[Module]) -> Vec<String> {
    let modules: BTreeSet<Vec<String>> = tree.iter().map(|(m, _)| m.clone()).collect();
    // Items that a module re-exports from one of its own: `pub use child::Item`.
    let mut reexports = BTreeMap::new();
    for (module, text) in tree {
        for line in code_of(text).lines() {
            let Some(rest) = line.trim().strip_prefix("pub use ") else {
                continue;
            };
            for path in paths_in(&format!("self::{rest}")) {
                let Some(item) = path.last() else { continue };
                let parent = &path[..path.len() - 1];
                if let Some(target) = resolve(module, parent, &modules, &BTreeMap::new()) {
                    if &target != module {
                        reexports.insert((module.clone(), item.clone()), target);
                    }
                }
            }
        }
    }
    let rank = |m: &[String]| {
        m.first()
            .and_then(|top| LAYERS.iter().position(|l| l == top))
    };
    let mut wrong = Vec::new();
    let mut edges: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for (module, text) in tree {
        for path in paths_in(&code_of(text)) {
            let Some(target) = resolve(module, &path, &modules, &reexports) else {
                continue;
            };
            // A module's own descendants and ancestors are its parts and its declaration.
            if target.starts_with(module) || module.starts_with(&target) {
                continue;
            }
            if let (Some(a), Some(b)) = (rank(module), rank(&target)) {
                if b < a {
                    wrong.push(format!(
                        "{} (layer {}) imports {} (layer {}) above it: `{}`",
                        module.join("::"),
                        LAYERS[a],
                        target.join("::"),
                        LAYERS[b],
                        path.join("::")
                    ));
                }
            }
            edges.entry(module.clone()).or_default().insert(target);
        }
    }
    wrong.extend(circles(&edges));
    wrong
}

/// The circles of a directed graph of modules, each named once.
fn circles(edges: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>) -> Vec<String> {
    fn visit(
        node: &Vec<String>,
        edges: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        stack: &mut Vec<Vec<String>>,
        done: &mut BTreeSet<Vec<String>>,
        found: &mut BTreeSet<Vec<Vec<String>>>,
    ) {
        if let Some(at) = stack.iter().position(|n| n == node) {
            let mut circle = stack[at..].to_vec();
            let first = circle
                .iter()
                .enumerate()
                .min_by_key(|(_, n)| *n)
                .map_or(0, |(i, _)| i);
            circle.rotate_left(first);
            found.insert(circle);
            return;
        }
        if done.contains(node) {
            return;
        }
        stack.push(node.clone());
        for next in edges.get(node).into_iter().flatten() {
            visit(next, edges, stack, done, found);
        }
        stack.pop();
        done.insert(node.clone());
    }
    let mut found = BTreeSet::new();
    let mut done = BTreeSet::new();
    for node in edges.keys() {
        visit(node, edges, &mut Vec::new(), &mut done, &mut found);
    }
    found
        .into_iter()
        .map(|c| {
            let names: Vec<String> = c.iter().map(|m| m.join("::")).collect();
            format!("import circle: {} -> {}", names.join(" -> "), names[0])
        })
        .collect()
}

#[test]
fn the_app_imports_only_downward_and_in_no_circle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut tree = Vec::new();
    read_tree(&src, &src, &mut tree);
    assert!(tree.len() > 20, "the app's source was not found");
    let wrong = problems(&tree);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn an_upward_import_and_a_circle_are_found() {
    let m = |path: &str, text: &str| {
        let module = path.split('/').map(String::from).collect::<Vec<_>>();
        (module, text.to_string())
    };
    let tree = vec![
        m("state", "pub mod ui;\npub use ui::Ui;"),
        m("state/ui", "use crate::platform::dom::today;"),
        m("platform", "pub mod dom;"),
        // Platform reaches up into state through the re-export, and state/ui into platform.
        m(
            "platform/dom",
            "use crate::state::Ui; // crate::boot in a comment is not an import",
        ),
        m("boot", "use crate::state::{self, Ui};"),
    ];
    let wrong = problems(&tree);
    assert!(
        wrong
            .iter()
            .any(|w| w.starts_with("platform::dom (layer platform) imports state::ui")),
        "{wrong:?}"
    );
    assert!(
        wrong
            .iter()
            .any(|w| w.contains("circle: platform::dom -> state::ui")),
        "{wrong:?}"
    );
    assert_eq!(wrong.len(), 2, "{wrong:?}");
}
