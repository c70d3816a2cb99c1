//! The compressed copies, the server's settings and the offline worker's list, on builds made
//! up in a folder of their own.

use crate::{compress, files, hosting, offline, policy};
use std::path::{Path, PathBuf};

/// An empty folder of its own for one test.
fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("atlas-postbuild-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("geodata/lang")).unwrap();
    dir
}

/// Text that compresses, `n` bytes long.
fn text(n: usize) -> Vec<u8> {
    let line = "{\"date\": \"1855-02-07\", \"title\": \"Treaty of Shimoda\", \"units\": [1, 2]}\n";
    line.bytes().cycle().take(n).collect()
}

/// Bytes that do not compress (a simple generator: the same every run).
fn noise(n: usize) -> Vec<u8> {
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

/// A build's files, with what each holds.
fn build(dir: &Path) -> Vec<(&'static str, Vec<u8>)> {
    let mut wasm = b"\0asm\x01\0\0\0".to_vec();
    wasm.extend(text(200_000).iter().map(|b| b.wrapping_mul(3)));
    let files = vec![
        ("index.html", text(40_000)),
        ("frontier-atlas-0123456789abcdef_bg.wasm", wasm),
        ("frontier-atlas-0123456789abcdef.js", text(30_000)),
        ("atlas-0123456789abcdef.css", text(5_000)),
        ("start.js", text(SMALL)),
        ("favicon-0123456789abcdef.svg", text(1_500)),
        ("icon.png", text(20_000)),
        ("geodata/territories.geojson", text(100_000)),
        (
            "geodata/lang/ja.json",
            "{\"日本\": \"日本語の言葉\"}\n".repeat(200).into_bytes(),
        ),
        (
            "sw.js",
            "self.addEventListener('fetch', () => {});\n"
                .repeat(100)
                .into_bytes(),
        ),
        ("noise.txt", noise(8_000)),
    ];
    for (name, bytes) in &files {
        std::fs::write(dir.join(name), bytes).unwrap();
    }
    files
}

const SMALL: usize = compress::SMALLEST as usize;

#[test]
fn each_copy_decompresses_to_its_file_and_only_files_worth_it_have_copies() {
    let dir = folder("copies");
    let files = build(&dir);
    let sizes = compress::write_copies(&dir).unwrap();
    let copied = [
        "index.html",
        "frontier-atlas-0123456789abcdef_bg.wasm",
        "frontier-atlas-0123456789abcdef.js",
        "atlas-0123456789abcdef.css",
        "favicon-0123456789abcdef.svg",
        "sw.js",
    ];
    for (name, raw) in &files {
        let gz = std::fs::read(dir.join(format!("{name}.gz")));
        let br = std::fs::read(dir.join(format!("{name}.br")));
        if copied.contains(name) {
            let (gz, br) = (gz.unwrap(), br.unwrap());
            assert_eq!(&compress::gunzip(&gz).unwrap(), raw, "{name}.gz");
            assert_eq!(&compress::unbrotli(&br).unwrap(), raw, "{name}.br");
            assert!(br.len() < raw.len() && gz.len() < raw.len(), "{name}");
        } else {
            // Too small (start.js), an image, data (which a teacher may replace in place, and
            // the server compresses as it sends it), or no smaller compressed (noise).
            assert!(gz.is_err() && br.is_err(), "{name} has no copies");
        }
    }
    // The noise was tried, and counts as itself both ways.
    assert_eq!(sizes.files, copied.len() + 1);
    let raw: u64 = files
        .iter()
        .filter(|(n, _)| copied.contains(n) || *n == "noise.txt")
        .map(|(_, b)| b.len() as u64)
        .sum();
    assert_eq!(sizes.raw, raw);
    assert!(
        sizes.brotli < sizes.gzip && sizes.gzip < sizes.raw,
        "{sizes:?}"
    );
    // A second run leaves the copies as they were and makes no copy of a copy.
    let before = files::under(&dir).unwrap();
    assert_eq!(compress::write_copies(&dir).unwrap(), sizes);
    assert_eq!(files::under(&dir).unwrap(), before);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_offline_worker_keeps_neither_the_copies_nor_the_servers_settings() {
    let dir = folder("worker");
    let files = build(&dir);
    hosting::write(&dir).unwrap();
    assert_eq!(
        std::fs::read_to_string(dir.join(".htaccess")).unwrap(),
        include_str!("../../../deploy/.htaccess")
    );
    offline::write_worker(&dir).unwrap();
    compress::write_copies(&dir).unwrap();
    assert!(dir.join("sw.js.br").exists() && dir.join("index.html.gz").exists());
    let worker = std::fs::read_to_string(dir.join(offline::WORKER)).unwrap();
    for (name, _) in files.iter().filter(|(n, _)| *n != offline::WORKER) {
        assert!(
            worker.contains(&format!("'{name}'")),
            "the worker keeps {name}"
        );
    }
    for kept in ["'.htaccess'", "'_headers'", "'nginx.conf'", ".br'", ".gz'"] {
        assert!(!worker.contains(kept), "the worker keeps {kept}");
    }
    // The worker is written before the copies: compressing again changes nothing it lists.
    offline::write_worker(&dir).unwrap();
    assert_eq!(
        std::fs::read_to_string(dir.join(offline::WORKER)).unwrap(),
        worker
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn each_server_setting_sends_the_pages_own_policy_and_no_other() {
    for (name, text) in hosting::SETTINGS {
        let policies: Vec<&str> = text
            .lines()
            .filter(|l| !l.trim_start().starts_with('#'))
            .filter_map(|l| l.split_once("Content-Security-Policy"))
            .map(|(_, value)| {
                value
                    .trim_start_matches([':', ' ', '"'])
                    .trim_end_matches([';', ' ', '"'])
                    .trim_end_matches("\" always")
            })
            .collect();
        assert!(!policies.is_empty(), "{name} sends the policy");
        for sent in policies {
            assert_eq!(sent, policy::POLICY, "{name}");
        }
    }
}
