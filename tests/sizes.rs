//! The house stays readable: no Rust file over [`FILE_LINES`] lines and no function over
//! [`FN_LINES`] in the app, the model, the tests and the tools. A file or function past them
//! is a room that does two jobs: split it by meaning.
// It reads the source tree, which a wasm test cannot: it runs natively only.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

/// The most lines a source file may have.
const FILE_LINES: usize = 460;
/// The most lines a function may have, from its `fn` line to its closing brace.
const FN_LINES: usize = 125;
/// The folders held to it, from the repository's root.
const FOLDERS: [&str; 5] = ["src", "model/src", "model/tests", "tests", "tools"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Each function's name and length in lines: from a line that opens `fn` to the first line
/// after it that closes a brace at the same indentation.
fn functions(text: &str) -> Vec<(String, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        let words: Vec<&str> = trimmed.split_whitespace().collect();
        let Some(at) = words.iter().position(|w| *w == "fn") else {
            continue;
        };
        let before_fn_ok = words[..at]
            .iter()
            .all(|w| w.starts_with("pub") || matches!(*w, "async" | "const" | "unsafe"));
        if !before_fn_ok || trimmed.ends_with(';') {
            continue;
        }
        let name = words
            .get(at + 1)
            .map(|w| w.split(['(', '<']).next().unwrap_or(w).to_string())
            .unwrap_or_default();
        let end = lines[i + 1..]
            .iter()
            .position(|l| {
                l.strip_prefix(indent)
                    .is_some_and(|rest| rest.starts_with('}') && !rest.starts_with("} else"))
            })
            .map_or(1, |n| n + 2);
        found.push((name, end));
    }
    found
}

#[test]
fn no_file_and_no_function_is_too_long() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for folder in FOLDERS {
        rust_files(&root.join(folder), &mut files);
    }
    assert!(files.len() > 50, "the sources were not found");
    let mut long = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        let shown = path.strip_prefix(root).unwrap().display();
        let count = text.lines().count();
        if count > FILE_LINES {
            long.push(format!("{shown}: {count} lines (at most {FILE_LINES})"));
        }
        for (name, lines) in functions(&text) {
            if lines > FN_LINES {
                long.push(format!(
                    "{shown}: fn {name}: {lines} lines (at most {FN_LINES})"
                ));
            }
        }
    }
    assert!(long.is_empty(), "{}", long.join("\n"));
}

#[test]
fn a_long_function_is_measured_to_its_closing_brace() {
    let body = "    let x = 1;\n".repeat(200);
    let text = format!("pub fn short() {{\n}}\n\nasync fn long(a: u8) {{\n{body}}}\n");
    assert_eq!(
        functions(&text),
        [("short".to_string(), 2), ("long".to_string(), 202)]
    );
}
