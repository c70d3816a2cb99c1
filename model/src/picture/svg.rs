//! A [`Picture`] as a self-contained SVG file: every style a presentation attribute (no
//! stylesheet, no CSS variable, no `vector-effect`), so that it opens alike in a browser and
//! in Inkscape. The map is a nested `<svg>` in map kilometres, its strokes scaled to keep their
//! width in pixels; the heading, labels, legend and credits are in pixels.

use super::style::*;
use super::{Fill, Layout, Picture, Sample};
use crate::labels::FONT_PX;
use std::fmt::Write;

/// Text made safe to write between tags or in an attribute.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A stroke's attributes, its width and dashes scaled by `k`.
fn stroke(s: &Stroke, k: f64) -> String {
    paint(s.colour, s, k)
}

/// A stroke's attributes in `colour`.
fn paint(colour: &str, s: &Stroke, k: f64) -> String {
    let mut out = format!(
        r#" stroke="{colour}" stroke-width="{}""#,
        number(s.width * k)
    );
    if s.opacity < 1.0 {
        let _ = write!(out, r#" stroke-opacity="{}""#, s.opacity);
    }
    if let Some(dash) = dash_text(s.dash, k) {
        let _ = write!(out, r#" stroke-dasharray="{dash}""#);
    }
    out
}

/// The pattern definitions for the units' filled patterns; each fill's id is its position.
fn patterns(fills: &[&Fill], k: f64) -> String {
    let mut out = String::from("<defs>");
    for (n, fill) in fills.iter().enumerate() {
        let (tile, px, angle, body) = match fill {
            Fill::Hatch { colour, crossed } => {
                let lines = if *crossed {
                    CROSS_HATCH_LINES
                } else {
                    HATCH_LINES
                };
                let body = format!(
                    r#"<rect width="{t}" height="{t}" fill="{colour}"/><path d="{lines}" fill="none"{}/>"#,
                    stroke(&HATCH, 1.0),
                    t = HATCH_TILE
                );
                (HATCH_TILE, HATCH_PX, HATCH_ANGLE, body)
            }
            Fill::Stripes(colours) => {
                let band = STRIPES_TILE / colours.len().max(1) as f64;
                let mut body = String::new();
                for (i, c) in colours.iter().enumerate() {
                    let _ = write!(
                        body,
                        r#"<rect x="{}" width="{}" height="{STRIPES_TILE}" fill="{c}"/>"#,
                        number(i as f64 * band),
                        number(band)
                    );
                }
                (STRIPES_TILE, STRIPES_PX, STRIPES_ANGLE, body)
            }
            Fill::Colour(_) => continue,
        };
        let size = number(px * k);
        let _ = write!(
            out,
            r#"<pattern id="fill-{n}" patternUnits="userSpaceOnUse" viewBox="0 0 {tile} {tile}" width="{size}" height="{size}" patternTransform="rotate({angle})">{body}</pattern>"#
        );
    }
    out.push_str("</defs>");
    out
}

/// The map itself: sea, land, units, rivers, boundary and claims, in map kilometres.
fn map(p: &Picture, layout: &Layout) -> String {
    let f = &p.frame;
    let k = f.km_per_px();
    let [x0, y0, x1, y1] = f.visible;
    let (w, h) = (x1 - x0, y1 - y0);
    let mut fills: Vec<&Fill> = Vec::new();
    for u in &p.units {
        if !matches!(u.fill, Fill::Colour(_)) && !fills.contains(&&u.fill) {
            fills.push(&u.fill);
        }
    }
    let mut out = format!(
        r#"<svg x="0" y="{}" width="{}" height="{}" viewBox="{} {} {} {}">"#,
        number(layout.map_top),
        number(f.width),
        number(f.height),
        number(x0),
        number(y0),
        number(w),
        number(h)
    );
    out += &patterns(&fills, k);
    let _ = write!(
        out,
        r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{SEA}"/><path d="{}" fill="{LAND}"{}/><path d="{}" fill="{SEA}"{}/><g fill-rule="evenodd" stroke-linejoin="round">"#,
        number(x0),
        number(y0),
        number(w),
        number(h),
        p.land,
        stroke(&LAND_EDGE, k),
        p.lakes,
        stroke(&LAKE_EDGE, k)
    );
    for u in &p.units {
        let fill = match &u.fill {
            Fill::Colour(c) => c.to_string(),
            other => format!(
                "url(#fill-{})",
                fills.iter().position(|f| *f == other).unwrap_or(0)
            ),
        };
        let outline = Stroke {
            width: u.width,
            dash: u.dash,
            ..SAMPLE
        };
        let _ = write!(
            out,
            r#"<path data-unit="{}" data-control="{}" d="{}" fill="{fill}"{}/>"#,
            escape(u.id),
            escape(u.control),
            u.d,
            paint(u.stroke, &outline, k)
        );
    }
    out.push_str(r#"</g><g fill="none" stroke-linejoin="round" stroke-linecap="round">"#);
    for river in &p.rivers {
        let _ = write!(out, r#"<path d="{river}"{}/>"#, stroke(&RIVER, k));
    }
    let _ = write!(
        out,
        r#"<path d="{}"{}/>"#,
        p.boundaries,
        stroke(&BOUNDARY, k)
    );
    for c in &p.claims {
        let line = Stroke {
            width: claim_width(c.kind, c.area),
            dash: claim_dash(c.kind),
            ..SAMPLE
        };
        let _ = write!(
            out,
            r#"<g data-claim="{}"><path d="{}"{}/><path d="{}"{}/></g>"#,
            escape(c.id),
            c.d,
            stroke(&CASING, k),
            c.d,
            paint(c.colour, &line, k)
        );
    }
    out.push_str("</g></svg>");
    out
}

/// The territories' names, in pixels over the map, each with its pale halo.
fn labels(p: &Picture, layout: &Layout) -> String {
    let mut out = format!(
        r#"<g transform="translate(0 {})" font-family="{FONT}" font-size="{FONT_PX}" font-weight="{LABEL_WEIGHT}" fill="{INK}">"#,
        number(layout.map_top)
    );
    for l in &p.labels {
        if let Some((x2, y2)) = l.leader {
            let _ = write!(
                out,
                r#"<line x1="{}" y1="{}" x2="{}" y2="{}"{}/>"#,
                number(l.anchor.0),
                number(l.anchor.1),
                number(x2),
                number(y2),
                stroke(&LEADER, 1.0)
            );
        }
        let _ = write!(
            out,
            r#"<text text-anchor="{}" paint-order="stroke" stroke-linejoin="round"{}>"#,
            l.align.text_anchor(),
            stroke(&HALO, 1.0)
        );
        for (line, baseline) in &l.lines {
            let _ = write!(
                out,
                r#"<tspan x="{}" y="{}">{}</tspan>"#,
                number(l.at.0),
                number(l.at.1 + baseline),
                escape(line)
            );
        }
        out.push_str("</text>");
    }
    out.push_str("</g>");
    out
}

/// A legend sample at (`x`, `top`), in pixels.
fn sample(s: &Sample, x: f64, top: f64) -> String {
    let (w, h) = (SWATCH_W, SWATCH_H);
    let rect = |fill: &str| {
        format!(
            r#"<rect x="{}" y="{}" width="{w}" height="{h}" fill="{fill}"/>"#,
            number(x),
            number(top)
        )
    };
    let edge = |s: &Stroke| {
        format!(
            r#"<rect x="{}" y="{}" width="{w}" height="{h}" fill="none"{}/>"#,
            number(x),
            number(top),
            stroke(s, 1.0)
        )
    };
    let line = |s: &Stroke| {
        format!(
            r#"<path d="M{} {}h{w}" fill="none"{}/>"#,
            number(x),
            number(top + h / 2.0),
            stroke(s, 1.0)
        )
    };
    match s {
        Sample::Bands(colours) => {
            let band = h / colours.len().max(1) as f64;
            let mut out = String::new();
            for (i, c) in colours.iter().enumerate() {
                let _ = write!(
                    out,
                    r#"<rect x="{}" y="{}" width="{w}" height="{}" fill="{c}"/>"#,
                    number(x),
                    number(top + i as f64 * band),
                    number(band)
                );
            }
            out + &edge(&SWATCH_EDGE)
        }
        Sample::Hatch { crossed } => {
            let mut d = String::new();
            for step in hatch_steps() {
                let _ = write!(d, "M{} {}l{h} -{h}", number(x + step - h), number(top + h));
                if *crossed {
                    let _ = write!(d, "M{} {}l-{h} -{h}", number(x + step), number(top + h));
                }
            }
            let clip = format!(
                r#"<svg x="{}" y="{}" width="{w}" height="{h}" viewBox="{} {} {w} {h}"><path d="{d}" fill="none"{}/></svg>"#,
                number(x),
                number(top),
                number(x),
                number(top),
                stroke(&HATCH_SAMPLE, 1.0)
            );
            rect(NEUTRAL) + &clip + &edge(&SWATCH_EDGE)
        }
        Sample::Disputed => rect(NEUTRAL) + &edge(&DISPUTED_SAMPLE),
        Sample::Line(_) | Sample::Boundary => s.line_stroke().map(|s| line(&s)).unwrap_or_default(),
    }
}

/// The legend's box and rows.
fn legend(p: &Picture, layout: &Layout) -> String {
    let Some([x, y, w, h]) = layout.legend else {
        return String::new();
    };
    let mut out = format!(
        r#"<g data-part="legend" font-family="{FONT}" font-size="{LEGEND_PX}" fill="{INK}"><rect x="{}" y="{}" width="{}" height="{}" rx="4" fill="{PAPER}" fill-opacity="0.94" stroke="{LEGEND_EDGE}"/>"#,
        number(x),
        number(y),
        number(w),
        number(h)
    );
    for (row, entry) in p.legend.iter().enumerate() {
        let (baseline, top) = p.legend_row(layout, row);
        out += &sample(&entry.sample, x + 8.0, top);
        let _ = write!(
            out,
            r#"<text x="{}" y="{}">{}</text>"#,
            number(x + 8.0 + SWATCH_W + 8.0),
            number(baseline),
            escape(&entry.words)
        );
    }
    out.push_str("</g>");
    out
}

/// The picture as the text of an SVG file.
pub fn write(p: &Picture) -> String {
    let layout = p.layout();
    let (width, height) = (number(layout.width), number(layout.height));
    let title = escape(&p.title);
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\">\n<title>{title}</title>\n\
         <rect width=\"{width}\" height=\"{height}\" fill=\"{PAPER}\"/>\n\
         <text data-part=\"title\" x=\"{MARGIN_PX}\" y=\"{}\" font-family=\"{FONT}\" font-size=\"{HEADING_PX}\" \
         font-weight=\"600\" fill=\"{INK}\">{title}</text>\n",
        number(layout.title_y)
    );
    if let Some(side) = &p.side {
        let _ = writeln!(
            out,
            r#"<text data-part="side" x="{MARGIN_PX}" y="{}" font-family="{FONT}" font-size="{SIDE_PX}" font-weight="600" fill="{INK}">{}</text>"#,
            number(layout.side_y),
            escape(side)
        );
    }
    out += &map(p, &layout);
    out.push('\n');
    out += &labels(p, &layout);
    out.push('\n');
    out += &legend(p, &layout);
    let _ = write!(
        out,
        "\n<text data-part=\"credits\" font-family=\"{FONT}\" font-size=\"{CREDIT_PX}\" fill=\"{MUTED}\">"
    );
    for (n, line) in p.credits.iter().enumerate() {
        let _ = write!(
            out,
            r#"<tspan x="{MARGIN_PX}" y="{}">{}</tspan>"#,
            number(layout.credits_y + CREDIT_LINE_PX * n as f64),
            escape(line)
        );
    }
    out.push_str("</text>\n</svg>\n");
    out
}
