//! A [`Picture`] painted into a canvas, for the PNG download: the same shapes, patterns,
//! lines, labels, legend and words the SVG file holds, with the canvas's own calls. (A browser
//! turns SVG into pixels only by loading it as an image from a `blob:` or `data:` address, which
//! the strict policy forbids.) Off the browser there is no canvas.

use atlas_model::picture::Picture;

/// Paints `picture` at `scale` device pixels per pixel; `None` if the browser gave no canvas.
pub fn paint(picture: &Picture, scale: f64) -> Option<web_sys::HtmlCanvasElement> {
    #[cfg(target_arch = "wasm32")]
    {
        browser::paint(picture, scale)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (picture, scale);
        None
    }
}

/// The canvases side by side, `gap` device pixels apart, on white; the first alone as it is.
pub fn side_by_side(
    canvases: &[web_sys::HtmlCanvasElement],
    gap: f64,
) -> Option<web_sys::HtmlCanvasElement> {
    #[cfg(target_arch = "wasm32")]
    {
        browser::side_by_side(canvases, gap)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = gap;
        canvases.first().cloned()
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use atlas_model::labels::{Align, FONT_PX};
    use atlas_model::picture::style::*;
    use atlas_model::picture::{Fill, Layout, Picture, Sample};
    use wasm_bindgen::JsCast;
    use web_sys::{CanvasRenderingContext2d as Ctx, CanvasWindingRule, Path2d};

    pub fn side_by_side(
        canvases: &[web_sys::HtmlCanvasElement],
        gap: f64,
    ) -> Option<web_sys::HtmlCanvasElement> {
        if let [one] = canvases {
            return Some(one.clone());
        }
        let width: f64 = canvases.iter().map(|c| f64::from(c.width())).sum::<f64>()
            + gap * canvases.len().saturating_sub(1) as f64;
        let height = canvases.iter().map(|c| c.height()).max()?;
        let doc = web_sys::window()?.document()?;
        let whole: web_sys::HtmlCanvasElement =
            doc.create_element("canvas").ok()?.dyn_into().ok()?;
        whole.set_width(width.round() as u32);
        whole.set_height(height);
        let ctx: Ctx = whole.get_context("2d").ok()??.dyn_into().ok()?;
        ctx.set_fill_style_str(PAPER);
        ctx.fill_rect(0.0, 0.0, width, f64::from(height));
        let mut x = 0.0;
        for c in canvases {
            ctx.draw_image_with_html_canvas_element(c, x, 0.0).ok()?;
            x += f64::from(c.width()) + gap;
        }
        Some(whole)
    }

    pub fn paint(p: &Picture, scale: f64) -> Option<web_sys::HtmlCanvasElement> {
        let layout = p.layout();
        let doc = web_sys::window()?.document()?;
        let canvas: web_sys::HtmlCanvasElement =
            doc.create_element("canvas").ok()?.dyn_into().ok()?;
        canvas.set_width((layout.width * scale).round() as u32);
        canvas.set_height((layout.height * scale).round() as u32);
        let ctx: Ctx = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        ctx.scale(scale, scale).ok()?;
        ctx.set_fill_style_str(PAPER);
        ctx.fill_rect(0.0, 0.0, layout.width, layout.height);
        ctx.set_fill_style_str(INK);
        // No line runs past the picture's edge, whatever the reader's fonts: a line the
        // estimate of its width undercounted is drawn narrower.
        let room = layout.width - 2.0 * MARGIN_PX;
        ctx.set_font(&format!("600 {HEADING_PX}px {FONT}"));
        ctx.fill_text_with_max_width(&p.title, MARGIN_PX, layout.title_y, room)
            .ok();
        if let Some(side) = &p.side {
            ctx.set_font(&format!("600 {SIDE_PX}px {FONT}"));
            ctx.fill_text_with_max_width(side, MARGIN_PX, layout.side_y, room)
                .ok();
        }
        map(&ctx, p, &layout);
        labels(&ctx, p, &layout);
        legend(&ctx, p, &layout);
        ctx.set_fill_style_str(MUTED);
        ctx.set_font(&format!("{CREDIT_PX}px {FONT}"));
        for (n, line) in p.credits.iter().enumerate() {
            let y = layout.credits_y + CREDIT_LINE_PX * n as f64;
            ctx.fill_text_with_max_width(line, MARGIN_PX, y, room).ok();
        }
        Some(canvas)
    }

    /// Strokes `path` as `s` says, in `colour`, its width and dashes scaled by `k`.
    fn stroke(ctx: &Ctx, path: &Path2d, colour: &str, s: &Stroke, k: f64) {
        let dashes = js_sys::Array::new();
        for d in s.dash {
            dashes.push(&(d * k).into());
        }
        ctx.set_line_dash(&dashes).ok();
        ctx.set_global_alpha(s.opacity);
        ctx.set_stroke_style_str(colour);
        ctx.set_line_width(s.width * k);
        ctx.stroke_with_path(path);
        ctx.set_global_alpha(1.0);
    }

    fn path(d: &str) -> Option<Path2d> {
        Path2d::new_with_path_string(d).ok()
    }

    /// The map: sea, land, units, rivers, boundary and claims, in map kilometres within the
    /// map's box.
    fn map(ctx: &Ctx, p: &Picture, layout: &Layout) {
        let f = &p.frame;
        let k = f.km_per_px();
        let [x0, y0, x1, y1] = f.visible;
        ctx.save();
        ctx.translate(0.0, layout.map_top).ok();
        ctx.begin_path();
        ctx.rect(0.0, 0.0, f.width, f.height);
        ctx.clip();
        ctx.scale(1.0 / k, 1.0 / k).ok();
        ctx.translate(-x0, -y0).ok();
        ctx.set_line_join("round");
        ctx.set_fill_style_str(SEA);
        ctx.fill_rect(x0, y0, x1 - x0, y1 - y0);
        for (d, fill, edge) in [(p.land, LAND, LAND_EDGE), (p.lakes, SEA, LAKE_EDGE)] {
            if let Some(shape) = path(d) {
                ctx.set_fill_style_str(fill);
                ctx.fill_with_path_2d(&shape);
                stroke(ctx, &shape, edge.colour, &edge, k);
            }
        }
        for u in &p.units {
            let Some(shape) = path(u.d) else { continue };
            match &u.fill {
                Fill::Colour(c) => {
                    ctx.set_fill_style_str(c);
                    ctx.fill_with_path_2d_and_winding(&shape, CanvasWindingRule::Evenodd);
                }
                pattern => patterned(ctx, &shape, pattern, f.visible, k),
            }
            let outline = Stroke {
                width: u.width,
                dash: u.dash,
                ..SAMPLE
            };
            stroke(ctx, &shape, u.stroke, &outline, k);
        }
        ctx.set_line_cap("round");
        for river in &p.rivers {
            if let Some(shape) = path(river) {
                stroke(ctx, &shape, RIVER.colour, &RIVER, k);
            }
        }
        if let Some(shape) = path(p.boundaries) {
            stroke(ctx, &shape, BOUNDARY.colour, &BOUNDARY, k);
        }
        for c in &p.claims {
            let Some(shape) = path(c.d) else { continue };
            stroke(ctx, &shape, CASING.colour, &CASING, k);
            let line = Stroke {
                width: claim_width(c.kind, c.area),
                dash: claim_dash(c.kind),
                ..SAMPLE
            };
            stroke(ctx, &shape, c.colour, &line, k);
        }
        ctx.restore();
    }

    /// Fills `shape` with hatching or stripes, as the SVG's patterns tile it: tiles of a fixed
    /// size on screen, turned about the map's origin; only the part within `visible` is drawn.
    fn patterned(ctx: &Ctx, shape: &Path2d, fill: &Fill, visible: [f64; 4], k: f64) {
        let (tile, angle) = match fill {
            Fill::Stripes(_) => (STRIPES_PX * k, STRIPES_ANGLE),
            _ => (HATCH_PX * k, HATCH_ANGLE),
        };
        let turn = angle.to_radians();
        // The visible box in the turned frame.
        let [x0, y0, x1, y1] = visible;
        let (sin, cos) = turn.sin_cos();
        let corners = [(x0, y0), (x1, y0), (x0, y1), (x1, y1)]
            .map(|(x, y)| (x * cos + y * sin, -x * sin + y * cos));
        let lo = corners
            .iter()
            .fold((f64::MAX, f64::MAX), |a, c| (a.0.min(c.0), a.1.min(c.1)));
        let hi = corners
            .iter()
            .fold((f64::MIN, f64::MIN), |a, c| (a.0.max(c.0), a.1.max(c.1)));
        let first = |lo: f64| (lo / tile).floor() * tile;
        ctx.save();
        ctx.clip_with_path_2d_and_winding(shape, CanvasWindingRule::Evenodd);
        ctx.rotate(turn).ok();
        match fill {
            Fill::Stripes(colours) => {
                let band = tile / colours.len().max(1) as f64;
                let mut x = first(lo.0);
                while x < hi.0 {
                    for (i, c) in colours.iter().enumerate() {
                        ctx.set_fill_style_str(c);
                        ctx.fill_rect(x + i as f64 * band, lo.1, band, hi.1 - lo.1);
                    }
                    x += tile;
                }
            }
            Fill::Hatch { colour, crossed } => {
                ctx.set_fill_style_str(colour);
                ctx.fill_rect(lo.0, lo.1, hi.0 - lo.0, hi.1 - lo.1);
                let lines = Path2d::new().ok();
                let Some(lines) = lines else {
                    ctx.restore();
                    return;
                };
                let mut x = first(lo.0);
                while x < hi.0 {
                    lines.move_to(x + tile / 2.0, lo.1);
                    lines.line_to(x + tile / 2.0, hi.1);
                    x += tile;
                }
                let mut y = first(lo.1);
                while *crossed && y < hi.1 {
                    lines.move_to(lo.0, y + tile / 2.0);
                    lines.line_to(hi.0, y + tile / 2.0);
                    y += tile;
                }
                let per_unit = tile / HATCH_TILE;
                stroke(ctx, &lines, HATCH.colour, &HATCH, per_unit);
            }
            Fill::Colour(_) => {}
        }
        ctx.restore();
    }

    /// The territories' names over the map, each on its pale halo.
    fn labels(ctx: &Ctx, p: &Picture, layout: &Layout) {
        ctx.save();
        ctx.translate(0.0, layout.map_top).ok();
        ctx.set_font(&format!("{LABEL_WEIGHT} {FONT_PX}px {FONT}"));
        ctx.set_line_join("round");
        for l in &p.labels {
            if let (Some((x2, y2)), Ok(leader)) = (l.leader, Path2d::new()) {
                leader.move_to(l.anchor.0, l.anchor.1);
                leader.line_to(x2, y2);
                stroke(ctx, &leader, LEADER.colour, &LEADER, 1.0);
            }
            ctx.set_text_align(match l.align {
                Align::Start => "start",
                Align::Middle => "center",
                Align::End => "end",
            });
            ctx.set_line_dash(&js_sys::Array::new()).ok();
            for (line, baseline) in &l.lines {
                let (x, y) = (l.at.0, l.at.1 + baseline);
                ctx.set_global_alpha(HALO.opacity);
                ctx.set_stroke_style_str(HALO.colour);
                ctx.set_line_width(HALO.width);
                ctx.stroke_text(line, x, y).ok();
                ctx.set_global_alpha(1.0);
                ctx.set_fill_style_str(INK);
                ctx.fill_text(line, x, y).ok();
            }
        }
        ctx.restore();
    }

    /// A legend sample at (`x`, `top`).
    fn sample(ctx: &Ctx, s: &Sample, x: f64, top: f64) {
        let (w, h) = (SWATCH_W, SWATCH_H);
        let Ok(edge) = Path2d::new() else { return };
        edge.rect(x, top, w, h);
        let line = |s: &Stroke| {
            if let Ok(l) = Path2d::new() {
                l.move_to(x, top + h / 2.0);
                l.line_to(x + w, top + h / 2.0);
                stroke(ctx, &l, s.colour, s, 1.0);
            }
        };
        match s {
            Sample::Bands(colours) => {
                let band = h / colours.len().max(1) as f64;
                for (i, c) in colours.iter().enumerate() {
                    ctx.set_fill_style_str(c);
                    ctx.fill_rect(x, top + i as f64 * band, w, band);
                }
                stroke(ctx, &edge, SWATCH_EDGE.colour, &SWATCH_EDGE, 1.0);
            }
            Sample::Hatch { crossed } => {
                ctx.set_fill_style_str(NEUTRAL);
                ctx.fill_rect(x, top, w, h);
                ctx.save();
                ctx.clip_with_path_2d(&edge);
                if let Ok(lines) = Path2d::new() {
                    for step in hatch_steps() {
                        lines.move_to(x + step - h, top + h);
                        lines.line_to(x + step, top);
                        if *crossed {
                            lines.move_to(x + step, top + h);
                            lines.line_to(x + step - h, top);
                        }
                    }
                    stroke(ctx, &lines, HATCH_SAMPLE.colour, &HATCH_SAMPLE, 1.0);
                }
                ctx.restore();
                stroke(ctx, &edge, SWATCH_EDGE.colour, &SWATCH_EDGE, 1.0);
            }
            Sample::Disputed => {
                ctx.set_fill_style_str(NEUTRAL);
                ctx.fill_rect(x, top, w, h);
                stroke(ctx, &edge, DISPUTED_SAMPLE.colour, &DISPUTED_SAMPLE, 1.0);
            }
            Sample::Line(_) | Sample::Boundary => {
                if let Some(s) = s.line_stroke() {
                    line(&s);
                }
            }
        }
    }

    /// The legend's box and rows.
    fn legend(ctx: &Ctx, p: &Picture, layout: &Layout) {
        let Some([x, y, w, h]) = layout.legend else {
            return;
        };
        ctx.set_global_alpha(0.94);
        ctx.set_fill_style_str(PAPER);
        ctx.fill_rect(x, y, w, h);
        ctx.set_global_alpha(1.0);
        if let Ok(edge) = Path2d::new() {
            edge.rect(x, y, w, h);
            let box_edge = Stroke {
                opacity: 1.0,
                ..SWATCH_EDGE
            };
            stroke(ctx, &edge, LEGEND_EDGE, &box_edge, 1.0);
        }
        ctx.set_font(&format!("{LEGEND_PX}px {FONT}"));
        ctx.set_text_align("start");
        ctx.set_line_cap("butt");
        for (row, entry) in p.legend.iter().enumerate() {
            let (baseline, top) = p.legend_row(layout, row);
            sample(ctx, &entry.sample, x + 8.0, top);
            ctx.set_fill_style_str(INK);
            // Within the box, whatever the reader's fonts.
            let room = w - 24.0 - SWATCH_W;
            ctx.fill_text_with_max_width(&entry.words, x + 16.0 + SWATCH_W, baseline, room)
                .ok();
        }
    }
}
