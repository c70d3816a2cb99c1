//! The exported SVG painted into a canvas, for the PNG download. A browser turns SVG into
//! pixels only by loading it as an image from a `blob:` or `data:` address, which the strict
//! policy forbids (`img-src` falls back to `'self'`); so the few kinds of element the export
//! holds (nested viewports, groups with transforms, rectangles, paths, lines, text, and the
//! map's hatched and striped fills) are painted one by one with the canvas's own calls.

use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d as Ctx, Document, Element, Path2d};

/// An attribute as a number, without its unit.
fn number(el: &Element, name: &str) -> Option<f64> {
    let text = el.get_attribute(name)?;
    text.trim().trim_end_matches("px").trim().parse().ok()
}

/// A presentation attribute, from the element or the nearest ancestor that has it.
fn inherited(el: &Element, name: &str) -> Option<String> {
    let mut at = Some(el.clone());
    while let Some(e) = at {
        if let Some(value) = e.get_attribute(name) {
            return Some(value);
        }
        at = e.parent_element();
    }
    None
}

fn children(el: &Element) -> Vec<Element> {
    let list = el.children();
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

/// Paints the SVG document `svg` at `scale` pixels per unit; `None` if it cannot be read.
pub fn paint(svg: &str, scale: f64) -> Option<web_sys::HtmlCanvasElement> {
    let parsed = web_sys::DomParser::new()
        .ok()?
        .parse_from_string(svg, web_sys::SupportedType::ImageSvgXml)
        .ok()?;
    let root = parsed.document_element()?;
    let (width, height) = (number(&root, "width")?, number(&root, "height")?);
    let page = web_sys::window()?.document()?;
    let canvas: web_sys::HtmlCanvasElement = page.create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width((width * scale).round() as u32);
    canvas.set_height((height * scale).round() as u32);
    let ctx: Ctx = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    ctx.scale(scale, scale).ok()?;
    for child in children(&root) {
        element(&ctx, &parsed, &child, scale);
    }
    Some(canvas)
}

/// Paints one element and what it holds; `k` is how many pixels a unit is here.
fn element(ctx: &Ctx, doc: &Document, el: &Element, k: f64) {
    match el.tag_name().as_str() {
        "svg" => viewport(ctx, doc, el, k),
        "g" => {
            ctx.save();
            let k = transform(ctx, el, k);
            for child in children(el) {
                element(ctx, doc, &child, k);
            }
            ctx.restore();
        }
        "rect" => {
            let Ok(path) = Path2d::new() else { return };
            path.rect(
                number(el, "x").unwrap_or(0.0),
                number(el, "y").unwrap_or(0.0),
                number(el, "width").unwrap_or(0.0),
                number(el, "height").unwrap_or(0.0),
            );
            shape(ctx, doc, el, &path, k);
        }
        "path" => {
            let Some(d) = el.get_attribute("d") else {
                return;
            };
            if let Ok(path) = Path2d::new_with_path_string(&d) {
                shape(ctx, doc, el, &path, k);
            }
        }
        "line" => {
            let Ok(path) = Path2d::new() else { return };
            path.move_to(
                number(el, "x1").unwrap_or(0.0),
                number(el, "y1").unwrap_or(0.0),
            );
            path.line_to(
                number(el, "x2").unwrap_or(0.0),
                number(el, "y2").unwrap_or(0.0),
            );
            ctx.save();
            let k = transform(ctx, el, k);
            stroke(ctx, el, &path, k);
            ctx.restore();
        }
        "text" => text(ctx, el, k),
        _ => {}
    }
}

/// A nested `<svg>`: its box, clipped, and its view box fitted into it.
fn viewport(ctx: &Ctx, doc: &Document, el: &Element, k: f64) {
    let (x, y) = (
        number(el, "x").unwrap_or(0.0),
        number(el, "y").unwrap_or(0.0),
    );
    let (Some(w), Some(h)) = (number(el, "width"), number(el, "height")) else {
        return;
    };
    ctx.save();
    ctx.translate(x, y).ok();
    ctx.begin_path();
    ctx.rect(0.0, 0.0, w, h);
    ctx.clip();
    let mut k = k;
    let view: Vec<f64> = el
        .get_attribute("viewBox")
        .unwrap_or_default()
        .split([' ', ','])
        .filter_map(|n| n.parse().ok())
        .collect();
    if let [vx, vy, vw, vh] = view[..] {
        if vw > 0.0 && vh > 0.0 {
            let stretch = el.get_attribute("preserveAspectRatio").as_deref() == Some("none");
            let (sx, sy) = if stretch {
                (w / vw, h / vh)
            } else {
                let s = (w / vw).min(h / vh);
                (s, s)
            };
            // Centred, as xMidYMid does.
            let (tx, ty) = if stretch {
                (0.0, 0.0)
            } else {
                ((w - vw * sx) / 2.0, (h - vh * sy) / 2.0)
            };
            ctx.translate(tx, ty).ok();
            ctx.scale(sx, sy).ok();
            ctx.translate(-vx, -vy).ok();
            k *= (sx * sy).sqrt();
        }
    }
    for child in children(el) {
        element(ctx, doc, &child, k);
    }
    ctx.restore();
}

/// Applies the element's `transform`; returns the new pixels per unit.
fn transform(ctx: &Ctx, el: &Element, k: f64) -> f64 {
    let matrix = el
        .dyn_ref::<web_sys::SvgGraphicsElement>()
        .and_then(|g| g.transform().base_val().consolidate().ok().flatten())
        .map(|t| t.matrix());
    match matrix {
        Some(m) => {
            let (a, b, c, d) = (m.a() as f64, m.b() as f64, m.c() as f64, m.d() as f64);
            ctx.transform(a, b, c, d, m.e() as f64, m.f() as f64).ok();
            k * (a * d - b * c).abs().sqrt()
        }
        None => k,
    }
}

fn alpha(el: &Element, which: &str) -> f64 {
    let get = |name: &str| {
        inherited(el, name)
            .and_then(|v| v.trim().parse::<f64>().ok())
            .unwrap_or(1.0)
    };
    get("opacity") * get(which)
}

/// Fills and strokes a shape, hatching or striping it where its fill is one of the map's
/// patterns.
fn shape(ctx: &Ctx, doc: &Document, el: &Element, path: &Path2d, k: f64) {
    ctx.save();
    let k = transform(ctx, el, k);
    let fill = inherited(el, "fill").unwrap_or_else(|| "black".into());
    let rule = if inherited(el, "fill-rule").as_deref() == Some("evenodd") {
        web_sys::CanvasWindingRule::Evenodd
    } else {
        web_sys::CanvasWindingRule::Nonzero
    };
    ctx.set_global_alpha(alpha(el, "fill-opacity"));
    if let Some(id) = fill
        .strip_prefix("url(")
        .map(|r| r.trim_matches(|c| "#\"')".contains(c)))
    {
        if let Ok(Some(pattern)) = doc.query_selector(&format!("pattern[id='{id}']")) {
            patterned(ctx, &pattern, path, rule, k);
        }
    } else if fill != "none" {
        ctx.set_fill_style_str(&fill);
        ctx.fill_with_path_2d_and_winding(path, rule);
    }
    stroke(ctx, el, path, k);
    ctx.restore();
}

/// A fill by one of the map's patterns: rectangles side by side (land held in common) or a
/// colour with hatching lines, turned as the pattern is.
fn patterned(
    ctx: &Ctx,
    pattern: &Element,
    path: &Path2d,
    rule: web_sys::CanvasWindingRule,
    k: f64,
) {
    let size = number(pattern, "width").unwrap_or(10.0).max(1e-6);
    let tile = pattern
        .get_attribute("viewBox")
        .and_then(|v| v.split(' ').nth(2).and_then(|n| n.parse::<f64>().ok()))
        .unwrap_or(size);
    let unit = size / tile;
    let angle = pattern
        .get_attribute("patternTransform")
        .and_then(|t| {
            t.trim_start_matches("rotate(")
                .trim_end_matches(')')
                .parse::<f64>()
                .ok()
        })
        .unwrap_or(0.0)
        .to_radians();
    ctx.save();
    ctx.clip_with_path_2d_and_winding(path, rule);
    ctx.rotate(angle).ok();
    // Far enough to cover any shape on the map, in the pattern's turned frame.
    let reach: f64 = 1e5;
    let parts = children(pattern);
    let rects: Vec<&Element> = parts.iter().filter(|p| p.tag_name() == "rect").collect();
    if rects.len() > 1 {
        let mut x = -reach - (-reach).rem_euclid(size);
        while x < reach {
            for r in &rects {
                ctx.set_fill_style_str(&r.get_attribute("fill").unwrap_or_default());
                let rx = number(r, "x").unwrap_or(0.0) * unit;
                let rw = number(r, "width").unwrap_or(tile) * unit;
                ctx.fill_rect(x + rx, -reach, rw, 2.0 * reach);
            }
            x += size;
        }
    } else {
        if let Some(base) = rects.first() {
            ctx.set_fill_style_str(&base.get_attribute("fill").unwrap_or_default());
            ctx.fill_rect(-reach, -reach, 2.0 * reach, 2.0 * reach);
        }
        if let Some(hatch) = parts.iter().find(|p| p.tag_name() == "path") {
            let d = hatch.get_attribute("d").unwrap_or_default();
            ctx.set_stroke_style_str(
                &hatch
                    .get_attribute("stroke")
                    .unwrap_or_else(|| "#222".into()),
            );
            ctx.set_line_width(number(hatch, "stroke-width").unwrap_or(1.0) / k.max(1e-9));
            ctx.set_global_alpha(
                hatch
                    .get_attribute("stroke-opacity")
                    .and_then(|o| o.parse().ok())
                    .unwrap_or(1.0),
            );
            ctx.begin_path();
            let mut at = -reach - (-reach).rem_euclid(size);
            while at < reach {
                // Lines across the tile (…V8) and, crossed, along it (…H8).
                ctx.move_to(at + size / 2.0, -reach);
                ctx.line_to(at + size / 2.0, reach);
                if d.contains('H') {
                    ctx.move_to(-reach, at + size / 2.0);
                    ctx.line_to(reach, at + size / 2.0);
                }
                at += size;
            }
            ctx.stroke();
        }
    }
    ctx.restore();
}

/// Strokes a shape as its attributes say; a stroke that does not scale with the map keeps its
/// width in pixels.
fn stroke(ctx: &Ctx, el: &Element, path: &Path2d, k: f64) {
    let colour = inherited(el, "stroke").unwrap_or_else(|| "none".into());
    if colour == "none" {
        return;
    }
    let fixed = inherited(el, "vector-effect").as_deref() == Some("non-scaling-stroke");
    let per = if fixed { 1.0 / k.max(1e-9) } else { 1.0 };
    let width = inherited(el, "stroke-width")
        .and_then(|w| w.trim_end_matches("px").parse::<f64>().ok())
        .unwrap_or(1.0);
    ctx.set_stroke_style_str(&colour);
    ctx.set_line_width(width * per);
    let dashes: Vec<f64> = inherited(el, "stroke-dasharray")
        .unwrap_or_default()
        .split([' ', ','])
        .filter_map(|n| n.trim_end_matches("px").parse::<f64>().ok())
        .map(|n| n * per)
        .collect();
    let list = js_sys::Array::new();
    for d in dashes {
        list.push(&d.into());
    }
    ctx.set_line_dash(&list).ok();
    ctx.set_line_join(&inherited(el, "stroke-linejoin").unwrap_or_else(|| "miter".into()));
    ctx.set_line_cap(&inherited(el, "stroke-linecap").unwrap_or_else(|| "butt".into()));
    ctx.set_global_alpha(alpha(el, "stroke-opacity"));
    ctx.stroke_with_path(path);
}

/// Text, line by line (`tspan`s with their own place), its halo first where the map has one.
fn text(ctx: &Ctx, el: &Element, k: f64) {
    ctx.save();
    let k = transform(ctx, el, k);
    let size = inherited(el, "font-size").unwrap_or_else(|| "12px".into());
    let size = if size.ends_with("px") {
        size
    } else {
        format!("{size}px")
    };
    let font = format!(
        "{} {} {} {}",
        inherited(el, "font-style").unwrap_or_else(|| "normal".into()),
        inherited(el, "font-weight").unwrap_or_else(|| "normal".into()),
        size,
        inherited(el, "font-family").unwrap_or_else(|| "sans-serif".into())
    );
    ctx.set_font(&font);
    ctx.set_text_align(match inherited(el, "text-anchor").as_deref() {
        Some("middle") => "center",
        Some("end") => "end",
        _ => "start",
    });
    let fill = inherited(el, "fill").unwrap_or_else(|| "black".into());
    let halo = inherited(el, "stroke").filter(|s| s != "none");
    let width = inherited(el, "stroke-width")
        .and_then(|w| w.trim_end_matches("px").parse::<f64>().ok())
        .unwrap_or(1.0);
    let fixed = inherited(el, "vector-effect").as_deref() == Some("non-scaling-stroke");
    let (x0, y0) = (
        number(el, "x").unwrap_or(0.0),
        number(el, "y").unwrap_or(0.0),
    );
    let spans: Vec<Element> = children(el)
        .into_iter()
        .filter(|c| c.tag_name() == "tspan")
        .collect();
    let lines: Vec<(f64, f64, String)> = if spans.is_empty() {
        vec![(x0, y0, el.text_content().unwrap_or_default())]
    } else {
        spans
            .iter()
            .map(|s| {
                (
                    number(s, "x").unwrap_or(x0),
                    number(s, "y").unwrap_or(y0),
                    s.text_content().unwrap_or_default(),
                )
            })
            .collect()
    };
    ctx.set_global_alpha(alpha(el, "fill-opacity"));
    for (x, y, words) in lines {
        if let Some(colour) = &halo {
            ctx.set_stroke_style_str(colour);
            ctx.set_line_width(if fixed { width / k.max(1e-9) } else { width });
            ctx.set_line_join("round");
            ctx.stroke_text(&words, x, y).ok();
        }
        ctx.set_fill_style_str(&fill);
        ctx.fill_text(&words, x, y).ok();
    }
    ctx.restore();
}
