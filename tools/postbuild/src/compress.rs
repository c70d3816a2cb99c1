//! The build's files compressed ahead of time: `<file>.br` (Brotli, quality 11) and `<file>.gz`
//! (gzip, level 9) beside each file whose type compresses, for a server that sends them in place
//! of the file to a browser that accepts them (`deploy/`, docs/hosting.md). Runs last, once
//! every file is final, the offline worker included.
//!
//! The data (`geodata/`) has no copies: a teacher may replace a data file in place, and a server
//! cannot tell that a copy beside it is older (nginx's `brotli_static` and `gzip_static` do not
//! look; Apache's `.htaccess` cannot). The settings have the server compress it as it sends it.

use crate::files;
use std::io::{Read, Write};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// The kinds of file that compress: text and WebAssembly (images and fonts are compressed
/// already).
const TYPES: &[&str] = &[
    "html",
    "js",
    "mjs",
    "css",
    "wasm",
    "json",
    "geojson",
    "svg",
    "txt",
    "xml",
    "webmanifest",
];

/// Files this size or smaller are left as they are: a response's headers weigh as much.
pub const SMALLEST: u64 = 1024;

/// Brotli's highest quality, and its default window (4 MB): every browser decodes it.
const BROTLI_QUALITY: i32 = 11;
const BROTLI_WINDOW: i32 = 22;

/// What was compressed: the number of files, their sizes, and what is sent for them each way
/// (a file whose compressed copy would not be smaller counts as itself).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Sizes {
    pub files: usize,
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

/// Whether `file` is a compressed copy of another.
pub fn is_copy(file: &str) -> bool {
    file.ends_with(".br") || file.ends_with(".gz")
}

/// Whether `file` is worth compressing ahead of time: its type compresses, and it is not data.
pub fn compresses(file: &str) -> bool {
    if file.starts_with("geodata/") {
        return false;
    }
    let name = file.rsplit('/').next().unwrap_or(file);
    name.rsplit_once('.')
        .is_some_and(|(_, ext)| TYPES.contains(&ext.to_ascii_lowercase().as_str()))
}

/// Writes `<file>.gz` and `<file>.br` beside every file under `dir` whose type compresses and
/// that is larger than [`SMALLEST`], each only where it is smaller than the file. Every copy is
/// decompressed again and compared before it is written. The files are shared out between the
/// machine's cores, the largest first.
pub fn write_copies(dir: &Path) -> Result<Sizes, String> {
    let mut chosen = Vec::new();
    for file in files::under(dir)? {
        let size = std::fs::metadata(dir.join(&file))
            .map_err(|e| format!("{file}: {e}"))?
            .len();
        if !is_copy(&file) && compresses(&file) && size > SMALLEST {
            chosen.push((size, file));
        }
    }
    chosen.sort_by(|a, b| b.cmp(a));
    let next = AtomicUsize::new(0);
    let total = Mutex::new(Ok(Sizes::default()));
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..workers.min(chosen.len()) {
            scope.spawn(|| {
                while let Some((_, file)) = chosen.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let done = compress_file(&dir.join(file));
                    let mut total = total.lock().unwrap_or_else(|e| e.into_inner());
                    match (&mut *total, done) {
                        (Ok(sum), Ok(sizes)) => {
                            sum.files += 1;
                            sum.raw += sizes.raw;
                            sum.gzip += sizes.gzip;
                            sum.brotli += sizes.brotli;
                        }
                        (Ok(_), Err(why)) => *total = Err(format!("{file}: {why}")),
                        (Err(_), _) => {}
                    }
                }
            });
        }
    });
    total.into_inner().unwrap_or_else(|e| e.into_inner())
}

/// Compresses one file both ways; the sizes sent for it each way.
fn compress_file(path: &Path) -> Result<Sizes, String> {
    let raw = std::fs::read(path).map_err(|e| e.to_string())?;
    let gzip = gzip(&raw)?;
    let brotli = brotli(&raw)?;
    if gunzip(&gzip)? != raw || unbrotli(&brotli)? != raw {
        return Err("a compressed copy does not decompress to the file".into());
    }
    let mut sizes = Sizes {
        files: 1,
        raw: raw.len() as u64,
        ..Sizes::default()
    };
    sizes.gzip = keep_if_smaller(path, "gz", &gzip, &raw)?;
    sizes.brotli = keep_if_smaller(path, "br", &brotli, &raw)?;
    Ok(sizes)
}

/// Writes `<path>.<ext>` when `copy` is smaller than `raw` (and removes an older one when it is
/// not); the size sent for the file that way.
fn keep_if_smaller(path: &Path, ext: &str, copy: &[u8], raw: &[u8]) -> Result<u64, String> {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(ext);
    if copy.len() < raw.len() {
        std::fs::write(&name, copy).map_err(|e| e.to_string())?;
        Ok(copy.len() as u64)
    } else {
        match std::fs::remove_file(&name) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.to_string()),
            _ => {}
        }
        Ok(raw.len() as u64)
    }
}

/// `raw` gzipped at level 9 (no name and no time in the header: the same bytes every build).
pub fn gzip(raw: &[u8]) -> Result<Vec<u8>, String> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(9));
    encoder.write_all(raw).map_err(|e| e.to_string())?;
    encoder.finish().map_err(|e| e.to_string())
}

/// `raw` compressed with Brotli at quality 11.
pub fn brotli(raw: &[u8]) -> Result<Vec<u8>, String> {
    let params = brotli::enc::BrotliEncoderParams {
        quality: BROTLI_QUALITY,
        lgwin: BROTLI_WINDOW,
        size_hint: raw.len(),
        ..Default::default()
    };
    let mut out = Vec::new();
    brotli::BrotliCompress(&mut &raw[..], &mut out, &params).map_err(|e| e.to_string())?;
    Ok(out)
}

/// A gzip stream decompressed.
pub fn gunzip(data: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(data)
        .read_to_end(&mut out)
        .map_err(|e| e.to_string())?;
    Ok(out)
}

/// A Brotli stream decompressed.
pub fn unbrotli(data: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    brotli::Decompressor::new(data, 4096)
        .read_to_end(&mut out)
        .map_err(|e| e.to_string())?;
    Ok(out)
}
