//! How the map is drawn, beyond the parties' colours (those are `atlas.json`'s): the colours of
//! sea, land and lines, the stroke widths and dash patterns, the fill patterns' geometry. Sizes
//! are screen pixels: the live map keeps them with `vector-effect: non-scaling-stroke`, a
//! picture scales them by its kilometres per pixel. Defined once here, read by the live map (as
//! SVG presentation attributes), the SVG file and the PNG.

use crate::claim::ClaimKind;

/// A stroke: its colour, opacity, width in pixels and dash pattern (pixels; empty: solid).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stroke {
    pub colour: &'static str,
    pub opacity: f64,
    pub width: f64,
    pub dash: &'static [f64],
}

impl Stroke {
    const fn solid(colour: &'static str, width: f64) -> Stroke {
        Stroke {
            colour,
            opacity: 1.0,
            width,
            dash: &[],
        }
    }
}

/// Text in the reader's colour, and the muted grey of small print.
pub const INK: &str = "#1b2430";
pub const MUTED: &str = "#5b6675";
/// The page behind the picture, and the legend's box.
pub const PAPER: &str = "#ffffff";
pub const LEGEND_EDGE: &str = "#c9c2b3";
pub const FONT: &str = "system-ui, sans-serif";

pub const SEA: &str = "#dce9f2";
pub const LAND: &str = "#f1ede4";
pub const LAND_EDGE: Stroke = Stroke::solid("#cbc3b1", 0.6);
pub const LAKE_EDGE: Stroke = Stroke::solid("#8db6d0", 0.8);
pub const RIVER: Stroke = Stroke::solid("#3f88c5", 1.8);
/// Today's Mongolia–China boundary.
pub const BOUNDARY: Stroke = Stroke {
    dash: &[7.0, 2.0, 1.0, 2.0],
    ..Stroke::solid("#4b5563", 1.2)
};

/// A unit's outline (its colour is its holder's edge or its claimant's colour).
pub const UNIT_WIDTH: f64 = 1.0;
/// Today's boundary in the legend.
pub const BOUNDARY_SAMPLE_WIDTH: f64 = 1.5;

/// The outline of a unit another party claimed.
pub const DISPUTED_WIDTH: f64 = 2.2;
pub const DISPUTED_DASH: &[f64] = &[5.0, 3.0];
/// The outline of a unit whose owner a side's map did not recognise.
pub const UNDETERMINED_DASH: &[f64] = &[3.0, 2.0];

/// A unit's outline width (pixels) and dash: wider and dashed where another party claimed it,
/// dotted where a side's map recognised no one's title.
pub fn unit_outline(disputed: bool, undetermined: bool) -> (f64, &'static [f64]) {
    let width = if disputed { DISPUTED_WIDTH } else { UNIT_WIDTH };
    let dash = match (undetermined, disputed) {
        (true, _) => UNDETERMINED_DASH,
        (false, true) => DISPUTED_DASH,
        _ => &[],
    };
    (width, dash)
}

/// On a projector (the live map's `present` layout) lines, outlines and hatching are drawn
/// this many times wider, and labels this many times larger, so that they survive a washed-out
/// image seen from the back of a room.
pub const PROJECTOR_LINES: f64 = 2.0;
pub const PROJECTOR_TYPE: f64 = 1.75;

/// Hatching: the size of a tile on screen (pixels), the tile's own units, the lines' stroke
/// (width in tile units), turned by `HATCH_ANGLE` degrees.
pub const HATCH_PX: f64 = 7.0;
pub const HATCH_TILE: f64 = 8.0;
pub const HATCH: Stroke = Stroke {
    opacity: 0.55,
    ..Stroke::solid("#141820", 1.6)
};
pub const HATCH_ANGLE: f64 = 45.0;
/// The lines of a tile: one across (hatching), and one along when crossed.
pub const HATCH_LINES: &str = "M4,0V8";
pub const CROSS_HATCH_LINES: &str = "M4,0V8M0,4H8";
/// Stripes of land held in common: one stripe of each member per `STRIPES_PX` pixels, in a
/// tile of `STRIPES_TILE` units turned by `STRIPES_ANGLE` degrees.
pub const STRIPES_PX: f64 = 12.0;
pub const STRIPES_TILE: f64 = 12.0;
pub const STRIPES_ANGLE: f64 = 90.0;

/// The pale casing under each claim line, which keeps it readable on any fill.
pub const CASING: Stroke = Stroke {
    opacity: 0.8,
    ..Stroke::solid("#ffffff", 5.0)
};

/// The dash pattern of a claim of `kind` (pixels; empty: solid).
pub fn claim_dash(kind: ClaimKind) -> &'static [f64] {
    match kind {
        ClaimKind::TreatyBorder => &[],
        ClaimKind::Claim => &[9.0, 5.0],
        ClaimKind::Proposal => &[0.5, 5.0],
        ClaimKind::Demarcation => &[11.0, 4.0, 2.0, 4.0],
        ClaimKind::Commitment => &[2.0, 4.0],
        ClaimKind::Undetermined | ClaimKind::Recognition => &[1.0, 3.0],
    }
}

/// The stroke width of a claim of `kind`, drawn as a line or as an area's outline (pixels).
pub fn claim_width(kind: ClaimKind, area: bool) -> f64 {
    match kind {
        ClaimKind::Proposal | ClaimKind::Commitment => 3.0,
        _ if area => 2.0,
        _ => 2.6,
    }
}

/// A dash pattern as SVG writes it (`"9 5"`), scaled by `k`; `None` when solid.
pub fn dash_text(dash: &[f64], k: f64) -> Option<String> {
    (!dash.is_empty()).then(|| {
        dash.iter()
            .map(|d| number(d * k))
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// A number as short as it reads: `2`, `0.5`, `0.0031`.
pub fn number(x: f64) -> String {
    if x == x.round() && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        let text = format!("{x:.4}");
        let text = text.trim_end_matches('0').trim_end_matches('.');
        if text == "0" || text == "-0" {
            format!("{x:e}")
        } else {
            text.to_string()
        }
    }
}

/// Labels: the font and its weight, and the pale halo behind them.
pub const LABEL_WEIGHT: &str = "600";
pub const HALO: Stroke = Stroke {
    opacity: 0.92,
    ..Stroke::solid("#fbfaf7", 3.0)
};
/// The thin line from a small island to its label.
pub const LEADER: Stroke = Stroke {
    opacity: 0.7,
    ..Stroke::solid(INK, 0.8)
};

/// The legend's swatches for how land was held, in a neutral colour, and their edge.
pub const NEUTRAL: &str = "#d8d4cb";
pub const SWATCH_EDGE: Stroke = Stroke {
    opacity: 0.35,
    ..Stroke::solid("#000000", 1.0)
};
/// The legend's hatching: lines `HATCH_SAMPLE_GAP` pixels apart, and the dashed edge of land
/// claimed by another.
pub const HATCH_SAMPLE: Stroke = Stroke {
    opacity: 0.6,
    ..Stroke::solid("#141820", 1.5)
};
pub const HATCH_SAMPLE_GAP: f64 = 5.0;
pub const DISPUTED_SAMPLE: Stroke = Stroke {
    dash: &[3.0, 2.0],
    ..Stroke::solid(INK, 2.0)
};

/// Where the legend's hatching lines start, from a swatch's left edge (pixels).
pub fn hatch_steps() -> impl Iterator<Item = f64> {
    (0..8).map(|n| f64::from(n) * HATCH_SAMPLE_GAP)
}

/// A claim line's sample in the legend (the dash is its kind's).
pub const SAMPLE: Stroke = Stroke::solid(INK, 2.0);

/// The picture's frame: room above the map (one line of heading, two with a side's view) and
/// below it (the credits), font sizes, the legend's rows.
pub const HEAD_PX: f64 = 44.0;
pub const SIDE_LINE_PX: f64 = 20.0;
pub const HEADING_PX: f64 = 17.0;
pub const SIDE_PX: f64 = 13.0;
pub const CREDIT_PX: f64 = 10.0;
pub const CREDIT_LINE_PX: f64 = 12.0;
pub const LEGEND_PX: f64 = 12.0;
pub const LEGEND_ROW_PX: f64 = 18.0;
pub const LEGEND_WIDTH_PX: f64 = 230.0;
pub const SWATCH_W: f64 = 22.0;
pub const SWATCH_H: f64 = 12.0;
pub const MARGIN_PX: f64 = 12.0;
