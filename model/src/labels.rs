//! Where the map's territory labels go on screen: which are shown at the current zoom, split
//! into lines, offset from small islands to the open sea, and never on top of each other.
//!
//! Labels keep a constant size on screen (in pixels, [`FONT_PX`]); their anchors are map points.
//! A label is shown when its unit is big enough on screen, or when the reader has zoomed to the
//! unit's theatre; then it is placed greedily, largest units first, and dropped if it would
//! overlap one already placed or run off the screen.

use crate::atlas::Atlas;
use crate::scene::MapBox;
use crate::viewport::{contains, intersects, Viewport};

/// Label font size in screen pixels.
pub const FONT_PX: f64 = 13.0;
/// Distance between the baselines of a label's lines, in pixels.
pub const LINE_PX: f64 = 15.0;
/// Lines wider than this are broken at a space (or after a Japanese particle).
pub const MAX_LINE_PX: f64 = 180.0;
/// A unit at least this big on screen (its longer side) always gets a label.
pub const MIN_EXTENT_PX: f64 = 40.0;
/// Units smaller than this on screen use their offset position, if they have one.
pub const OFFSET_BELOW_PX: f64 = 140.0;
/// The theatre counts as "in view" down to this many times the theatre preset's scale.
pub const THEATRE_ZOOM_SLACK: f64 = 1.35;
/// Room kept between labels and around the screen's edge, in pixels.
const GAP_PX: f64 = 3.0;

/// How a label's lines are aligned to its position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Start,
    Middle,
    End,
}

impl Align {
    /// The SVG `text-anchor` value.
    pub fn text_anchor(self) -> &'static str {
        match self {
            Align::Start => "start",
            Align::Middle => "middle",
            Align::End => "end",
        }
    }
}

/// A label position away from the anchor, in screen pixels (x right, y down).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Offset {
    pub dx: f64,
    pub dy: f64,
    pub align: Align,
}

/// What is known about a label before the view is known.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelSpec {
    /// Map point the label belongs to (inside the unit).
    pub anchor: (f64, f64),
    /// The unit's box in map kilometres.
    pub bbox: MapBox,
    /// The box of the theatre preset the unit belongs to, if any.
    pub theatre: Option<MapBox>,
    /// Where the label goes when the unit is small on screen (towards the open sea).
    pub offset: Option<Offset>,
}

/// Where a shown label goes: `dx`, `dy` pixels from its anchor; `leader` draws a thin line
/// from the anchor to the text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placement {
    pub dx: f64,
    pub dy: f64,
    pub align: Align,
    pub leader: bool,
}

pub(crate) fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFF60 | 0xAC00..=0xD7AF)
}

/// An estimate of a line's width in pixels at `font_px` (no font metrics are available).
pub fn text_width_px(line: &str, font_px: f64) -> f64 {
    line.chars()
        .map(|c| {
            if is_wide(c) {
                1.0
            } else if c == ' ' {
                0.3
            } else {
                0.6
            }
        })
        .sum::<f64>()
        * font_px
}

/// A width in pixels at `font_px` that a line does not exceed in the common sans-serif fonts
/// (DejaVu, Noto, Segoe, Helvetica; Cyrillic and capitals are wider than the average
/// [`text_width_px`] takes): the room a box keeps for words, so that none runs past its edge.
pub fn text_width_bound_px(line: &str, font_px: f64) -> f64 {
    line.chars()
        .map(|c| {
            if is_wide(c) {
                1.0
            } else if c == ' ' {
                0.33
            } else if c.is_uppercase() || matches!(c, 'm' | 'w' | 'ш' | 'щ' | 'ж' | 'ю' | 'ы' | 'м')
            {
                0.8
            } else if c.is_alphanumeric() {
                0.66
            } else {
                0.45
            }
        })
        .sum::<f64>()
        * font_px
}

/// Splits `text` in two where a break reads best: at the space nearest the middle, or for
/// Japanese after a particle (の, と) or comma nearest the middle.
fn split_once(text: &str) -> Option<(String, String)> {
    let chars: Vec<char> = text.chars().collect();
    let middle = chars.len() as f64 / 2.0;
    let best = chars
        .iter()
        .enumerate()
        .filter_map(|(i, c)| match c {
            ' ' => Some((i, i + 1)),
            'の' | 'と' | '、' if i + 1 < chars.len() => Some((i + 1, i + 1)),
            _ => None,
        })
        .filter(|(end, _)| *end > 0)
        .min_by(|a, b| {
            (a.0 as f64 - middle)
                .abs()
                .total_cmp(&(b.0 as f64 - middle).abs())
        })?;
    let first: String = chars[..best.0].iter().collect();
    let second: String = chars[best.1..].iter().collect();
    (!first.trim().is_empty() && !second.trim().is_empty())
        .then(|| (first.trim().to_string(), second.trim().to_string()))
}

fn wrap(text: &str, depth: u8, out: &mut Vec<String>) {
    if depth > 0 && text_width_px(text, FONT_PX) > MAX_LINE_PX {
        if let Some((a, b)) = split_once(text) {
            wrap(&a, depth - 1, out);
            wrap(&b, depth - 1, out);
            return;
        }
    }
    out.push(text.to_string());
}

/// A name as label lines: a parenthesis goes on its own line, long lines are broken.
pub fn lines(name: &str) -> Vec<String> {
    let name = name.trim();
    let cut = [" (", "（", "("]
        .iter()
        .filter_map(|p| name.find(p).map(|i| (i, p.len())))
        .filter(|(i, _)| *i > 0)
        .min_by_key(|(i, _)| *i);
    let parts: Vec<&str> = match cut {
        Some((i, skip)) => {
            let open = if name[i..].starts_with(' ') {
                skip - 1
            } else {
                0
            };
            vec![&name[..i], &name[i + open..]]
        }
        None => vec![name],
    };
    let mut out = Vec::new();
    for part in parts {
        let part = part.trim();
        if !part.is_empty() {
            wrap(part, 2, &mut out);
        }
    }
    out
}

/// The baselines of `n` lines, in pixels from the label's position (the block is centred on
/// it vertically).
pub fn baselines(n: usize) -> Vec<f64> {
    let top = -(n.saturating_sub(1) as f64) * LINE_PX / 2.0;
    (0..n)
        .map(|i| top + i as f64 * LINE_PX + FONT_PX * 0.35)
        .collect()
}

/// The label's box on screen: left, top, right, bottom.
fn screen_box(at: (f64, f64), p: &Placement, lines: &[String]) -> [f64; 4] {
    let width = lines
        .iter()
        .map(|l| text_width_px(l, FONT_PX))
        .fold(0.0, f64::max);
    let height = lines.len().max(1) as f64 * LINE_PX;
    let x = at.0 + p.dx;
    let y = at.1 + p.dy;
    let left = match p.align {
        Align::Start => x,
        Align::Middle => x - width / 2.0,
        Align::End => x - width,
    };
    [left, y - height / 2.0, left + width, y + height / 2.0]
}

fn theatre_in_view(viewport: &Viewport, theatre: MapBox) -> bool {
    let fit = Viewport::new(theatre, viewport.screen.0, viewport.screen.1).km_per_px();
    intersects(viewport.visible(), theatre) && viewport.km_per_px() <= fit * THEATRE_ZOOM_SLACK
}

/// Where the labels of small islands go when they are small on screen: towards the open sea,
/// clear of their neighbours (pixels; x right, y down).
fn offset_of(unit: &str) -> Option<Offset> {
    let (dx, dy, align) = match unit {
        "iturup" => (40.0, 34.0, Align::Start),
        "kunashir" => (-34.0, -30.0, Align::End),
        "shikotan" => (38.0, 8.0, Align::Start),
        "habomai" => (22.0, 38.0, Align::Start),
        "urup" => (34.0, 22.0, Align::Start),
        _ => return None,
    };
    Some(Offset { dx, dy, align })
}

/// What is known of each unit's label before the view is known (units in file order).
pub fn specs(atlas: &Atlas) -> Vec<LabelSpec> {
    let config = &atlas.config;
    atlas
        .territories
        .iter()
        .zip(&atlas.scene.units)
        .map(|(unit, shape)| {
            let view = config.view_for_regions(std::slice::from_ref(&unit.region));
            LabelSpec {
                anchor: shape.anchor,
                bbox: shape.bbox,
                theatre: (view != config.default_view()).then(|| atlas.view_box(view)),
                offset: offset_of(&unit.id),
            }
        })
        .collect()
}

/// Places the labels (`lines[i]` is the text of `specs[i]`) for a view: `None` for those not
/// shown. `avoid` are screen boxes (left, top, right, bottom) covered by the map's buttons.
pub fn place(
    specs: &[LabelSpec],
    lines: &[Vec<String>],
    viewport: &Viewport,
    avoid: &[[f64; 4]],
) -> Vec<Option<Placement>> {
    let (sw, sh) = viewport.screen;
    let screen = [GAP_PX, GAP_PX, sw - GAP_PX, sh - GAP_PX];
    let extent: Vec<f64> = specs.iter().map(|s| viewport.extent_px(s.bbox)).collect();
    // Largest first (an insertion sort: a dozen labels).
    let mut order: Vec<usize> = Vec::with_capacity(specs.len());
    for i in 0..specs.len() {
        let at = order
            .iter()
            .position(|&j| extent[j] < extent[i])
            .unwrap_or(order.len());
        order.insert(at, i);
    }
    let mut out = vec![None; specs.len()];
    let mut taken: Vec<[f64; 4]> = avoid.to_vec();
    for i in order {
        let spec = &specs[i];
        let Some(text) = lines.get(i).filter(|l| !l.is_empty()) else {
            continue;
        };
        let at = viewport.to_screen(spec.anchor);
        if !contains(screen, at) {
            continue;
        }
        let shown = extent[i] >= MIN_EXTENT_PX
            || spec.theatre.is_some_and(|t| theatre_in_view(viewport, t));
        if !shown {
            continue;
        }
        let placement = match spec.offset {
            Some(o) if extent[i] < OFFSET_BELOW_PX => Placement {
                dx: o.dx,
                dy: o.dy,
                align: o.align,
                leader: true,
            },
            _ => Placement {
                dx: 0.0,
                dy: 0.0,
                align: Align::Middle,
                leader: false,
            },
        };
        let b = screen_box(at, &placement, text);
        let on_screen =
            b[0] >= screen[0] && b[1] >= screen[1] && b[2] <= screen[2] && b[3] <= screen[3];
        let padded = [b[0] - GAP_PX, b[1] - GAP_PX, b[2] + GAP_PX, b[3] + GAP_PX];
        if on_screen && !taken.iter().any(|t| intersects(*t, padded)) {
            taken.push(b);
            out[i] = Some(placement);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_split_at_parentheses_and_long_lines_break() {
        assert_eq!(lines("Iturup (Etorofu)"), ["Iturup", "(Etorofu)"]);
        assert_eq!(lines("Shikotan"), ["Shikotan"]);
        assert_eq!(lines("択捉島"), ["択捉島"]);
        assert_eq!(
            lines("得撫島以北の千島列島（新知島〜占守島）"),
            ["得撫島以北の千島列島", "（新知島〜占守島）"]
        );
        let long = lines("Strip between the Khalkhin Gol and Nomonhan");
        assert!(long.len() >= 2, "{long:?}");
        assert!(long
            .iter()
            .all(|l| text_width_px(l, FONT_PX) <= MAX_LINE_PX));
        assert_eq!(
            long.join(" "),
            "Strip between the Khalkhin Gol and Nomonhan"
        );
        let ja = lines("ハルハ河とノモンハンの間の係争地");
        assert_eq!(ja.concat(), "ハルハ河とノモンハンの間の係争地");
        assert!(ja.len() >= 2, "{ja:?}");
        assert!(lines("  ").is_empty());
        assert_eq!(lines("(odd)"), ["(odd)"]);
    }

    #[test]
    fn wide_characters_count_double() {
        assert!(text_width_px("択捉島", 10.0) > text_width_px("abc", 10.0) * 1.5);
    }

    #[test]
    fn baselines_centre_the_block() {
        let b = baselines(3);
        assert_eq!(b.len(), 3);
        assert!((b[0] + b[2] - 2.0 * FONT_PX * 0.35).abs() < 1e-9);
        assert!(baselines(0).is_empty());
    }

    fn spec(anchor: (f64, f64), half: f64) -> LabelSpec {
        LabelSpec {
            anchor,
            bbox: [
                anchor.0 - half,
                anchor.1 - half,
                anchor.0 + half,
                anchor.1 + half,
            ],
            theatre: None,
            offset: None,
        }
    }

    #[test]
    fn small_units_get_no_label_unless_their_theatre_is_in_view() {
        let view = Viewport::new([0.0, 0.0, 1000.0, 1000.0], 500.0, 500.0); // 2 km/px
        let text = vec![vec!["Isle".to_string()]];
        let small = spec((500.0, 500.0), 10.0); // 10 px
        assert_eq!(
            place(std::slice::from_ref(&small), &text, &view, &[]),
            [None]
        );
        let big = spec((500.0, 500.0), 50.0); // 50 px
        assert!(place(&[big], &text, &view, &[])[0].is_some());
        let in_theatre = LabelSpec {
            theatre: Some([0.0, 0.0, 1000.0, 1000.0]),
            ..small.clone()
        };
        assert!(place(&[in_theatre], &text, &view, &[])[0].is_some());
        let far_theatre = LabelSpec {
            theatre: Some([0.0, 0.0, 100.0, 100.0]),
            ..small
        };
        assert_eq!(place(&[far_theatre], &text, &view, &[]), [None]);
    }

    #[test]
    fn labels_off_screen_or_overlapping_are_dropped() {
        let view = Viewport::new([0.0, 0.0, 1000.0, 1000.0], 500.0, 500.0);
        let text = vec![vec!["Island".to_string()]; 3];
        let specs = [
            spec((500.0, 500.0), 60.0),
            spec((505.0, 505.0), 50.0),
            spec((2000.0, 500.0), 60.0),
        ];
        let placed = place(&specs, &text, &view, &[]);
        assert!(placed[0].is_some());
        assert_eq!(placed[1], None, "overlaps the bigger unit's label");
        assert_eq!(placed[2], None, "off screen");
    }

    #[test]
    fn labels_keep_clear_of_the_buttons() {
        let view = Viewport::new([0.0, 0.0, 1000.0, 1000.0], 500.0, 500.0);
        let text = vec![vec!["Island".to_string()]];
        let specs = [spec((500.0, 500.0), 60.0)];
        assert!(place(&specs, &text, &view, &[[0.0, 0.0, 100.0, 100.0]])[0].is_some());
        assert_eq!(
            place(&specs, &text, &view, &[[240.0, 240.0, 260.0, 260.0]]),
            [None]
        );
    }

    #[test]
    fn small_units_with_an_offset_use_it_with_a_leader() {
        let view = Viewport::new([0.0, 0.0, 1000.0, 1000.0], 500.0, 500.0);
        let text = vec![vec!["Habomai".to_string()]];
        let offset = Offset {
            dx: 30.0,
            dy: 40.0,
            align: Align::Start,
        };
        let s = LabelSpec {
            offset: Some(offset),
            ..spec((500.0, 500.0), 50.0)
        };
        let p = place(std::slice::from_ref(&s), &text, &view, &[])[0].unwrap();
        assert_eq!(
            (p.dx, p.dy, p.align, p.leader),
            (30.0, 40.0, Align::Start, true)
        );
        // Zoomed in, the unit is big: the label sits on it.
        let close = Viewport::new([400.0, 400.0, 600.0, 600.0], 500.0, 500.0);
        let p = place(&[s], &text, &close, &[])[0].unwrap();
        assert_eq!((p.dx, p.leader), (0.0, false));
    }
}
