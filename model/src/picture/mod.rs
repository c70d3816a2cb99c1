//! The map as a picture for a file: what it shows on one day, within one view, as plain data
//! (built by [`Picture::new`] from the atlas, a [`crate::Moment`] and the parties' names), and
//! written as a self-contained SVG by [`Picture::to_svg`]; the app paints the same data into a
//! canvas for the PNG. The words come in the reader's language from the caller ([`Captions`]);
//! colours come from `atlas.json`, everything else about the look from [`style`].

mod build;
pub mod style;
mod svg;

use crate::claim::ClaimKind;
use crate::labels::{is_wide, text_width_bound_px, Align};
use crate::scene::MapBox;
use crate::viewport::Viewport;
use style::*;

/// What part of the map the picture shows, and how big.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    /// The map kilometres shown (the screen's shape).
    pub visible: MapBox,
    /// The map's size in pixels.
    pub width: f64,
    pub height: f64,
}

impl Frame {
    pub fn of(viewport: &Viewport) -> Frame {
        Frame {
            visible: viewport.visible(),
            width: viewport.screen.0,
            height: viewport.screen.1,
        }
    }

    /// Map kilometres per pixel.
    pub fn km_per_px(&self) -> f64 {
        Viewport::new(self.visible, self.width, self.height).km_per_px()
    }

    /// The pixel (from the map's top-left corner) of a map point.
    pub fn to_px(&self, p: (f64, f64)) -> (f64, f64) {
        let k = self.km_per_px();
        ((p.0 - self.visible[0]) / k, (p.1 - self.visible[1]) / k)
    }
}

/// How a unit's area is filled.
#[derive(Clone, Debug, PartialEq)]
pub enum Fill<'a> {
    Colour(&'a str),
    /// The holder's colour, hatched (occupation) or cross-hatched (contested).
    Hatch {
        colour: &'a str,
        crossed: bool,
    },
    /// Stripes in the members' colours (held in common).
    Stripes(Vec<&'a str>),
}

/// One territory unit as drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct Unit<'a> {
    pub id: &'a str,
    /// SVG path text in map kilometres.
    pub d: &'a str,
    pub fill: Fill<'a>,
    /// The outline: colour, width (pixels) and dash.
    pub stroke: &'a str,
    pub width: f64,
    pub dash: &'static [f64],
    /// The key of the party that actually held it (`none`): the live map's `data-control`.
    pub control: &'a str,
}

/// A claim line or area in force on the day.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark<'a> {
    pub id: &'a str,
    pub d: &'a str,
    /// Its party's line colour.
    pub colour: &'a str,
    pub kind: ClaimKind,
    /// An area, outlined; else a line.
    pub area: bool,
}

/// A territory's name where the map shows it, in pixels from the map's top-left corner.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    /// The unit's index in file order.
    pub unit: usize,
    /// The unit's anchor.
    pub anchor: (f64, f64),
    /// Where the text goes, and how it is aligned there.
    pub at: (f64, f64),
    pub align: Align,
    /// Each line with its baseline, from `at`.
    pub lines: Vec<(String, f64)>,
    /// The end of the line from the anchor to a label set off a small island.
    pub leader: Option<(f64, f64)>,
}

/// What a legend entry shows beside its words.
#[derive(Clone, Debug, PartialEq)]
pub enum Sample<'a> {
    /// A party's colour, or its members' colours in bands.
    Bands(Vec<&'a str>),
    /// How land was held: hatched or cross-hatched.
    Hatch {
        crossed: bool,
    },
    /// A dashed outline: claimed by another.
    Disputed,
    Line(ClaimKind),
    Boundary,
}

impl Sample<'_> {
    /// The stroke of a line sample (a kind of claim, today's boundary); `None` for a swatch.
    pub fn line_stroke(&self) -> Option<Stroke> {
        match self {
            Sample::Line(kind) => Some(Stroke {
                dash: claim_dash(*kind),
                ..SAMPLE
            }),
            Sample::Boundary => Some(Stroke {
                width: BOUNDARY_SAMPLE_WIDTH,
                ..BOUNDARY
            }),
            _ => None,
        }
    }
}

/// One legend entry.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry<'a> {
    /// The live legend's `data-legend` key.
    pub key: &'a str,
    pub sample: Sample<'a>,
    pub words: String,
}

/// The words a picture says, already in the reader's language.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Captions {
    /// The atlas's name, the date written out, the event's title if one is shown.
    pub atlas: String,
    pub date: String,
    pub event: Option<String>,
    /// Whose view it is ("As Japan saw it on this date"); `None` as it was.
    pub side: Option<String>,
    /// Where the geography comes from, and its licences.
    pub credits: String,
    /// The legend: land with no holder (or, in a side's view, no one's), occupation (or held
    /// by another), contested, claimed by another, each claim kind (by [`ClaimKind::ALL`]),
    /// today's boundary.
    pub no_holder: String,
    pub occupation: String,
    pub contested: String,
    pub disputed: String,
    pub kinds: [String; ClaimKind::ALL.len()],
    pub boundary: String,
}

/// The map of one day within one view, with its heading, legend and credits.
#[derive(Clone, Debug, PartialEq)]
pub struct Picture<'a> {
    pub frame: Frame,
    pub land: &'a str,
    pub lakes: &'a str,
    pub rivers: Vec<&'a str>,
    pub boundaries: &'a str,
    /// Every unit, in file order.
    pub units: Vec<Unit<'a>>,
    pub claims: Vec<Mark<'a>>,
    pub labels: Vec<Label>,
    pub legend: Vec<Entry<'a>>,
    /// "Frontier Atlas · 5 September 1905 · Treaty of Portsmouth".
    pub title: String,
    pub side: Option<String>,
    /// The credits, a sentence a line: the licences must be read whole.
    pub credits: Vec<String>,
}

/// Where the parts of a picture go, in pixels from its top-left corner.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    /// The map's top edge.
    pub map_top: f64,
    /// The heading's baseline, and the side's line below it.
    pub title_y: f64,
    pub side_y: f64,
    /// The legend's box (left, top, width, height); `None` when it has no entry.
    pub legend: Option<[f64; 4]>,
    /// The first credit line's baseline.
    pub credits_y: f64,
}

/// Room around the legend's rows, in pixels.
const LEGEND_PAD: f64 = 8.0;

/// The legend's box within the map (left, top, width, height) for `entries` rows.
fn legend_box(entries: &[Entry], map_height: f64) -> Option<[f64; 4]> {
    let widest = entries
        .iter()
        .map(|e| text_width_bound_px(&e.words, LEGEND_PX))
        .fold(0.0, f64::max);
    let height = entries.len() as f64 * LEGEND_ROW_PX + 2.0 * LEGEND_PAD - 6.0;
    let width = (SWATCH_W + 8.0 + widest + 2.0 * LEGEND_PAD).max(LEGEND_WIDTH_PX);
    (!entries.is_empty()).then_some([LEGEND_PAD, map_height - LEGEND_PAD - height, width, height])
}

impl Picture<'_> {
    /// Where each part goes.
    pub fn layout(&self) -> Layout {
        let map_top = HEAD_PX
            + if self.side.is_some() {
                SIDE_LINE_PX
            } else {
                0.0
            };
        let foot = 15.0 + CREDIT_LINE_PX * self.credits.len() as f64;
        let legend = legend_box(&self.legend, self.frame.height).map(|[x, y, w, h]| {
            // Never above the map's top.
            [x, (y + map_top).max(map_top), w, h]
        });
        Layout {
            width: self.frame.width,
            height: map_top + self.frame.height + foot,
            map_top,
            title_y: 28.0,
            side_y: 28.0 + SIDE_LINE_PX,
            legend,
            credits_y: map_top + self.frame.height + 15.0,
        }
    }

    /// The baseline of legend row `row` and the top of its sample, in pixels.
    pub fn legend_row(&self, layout: &Layout, row: usize) -> (f64, f64) {
        let top = layout.legend.map_or(0.0, |b| b[1]) + LEGEND_PAD + row as f64 * LEGEND_ROW_PX;
        (top + 10.0, top)
    }

    /// Writes the picture as the text of a self-contained SVG file.
    pub fn to_svg(&self) -> String {
        svg::write(self)
    }
}

/// The room between the two pictures of a comparison, in pixels.
pub const PAIR_GAP_PX: f64 = 16.0;

/// Two pictures side by side (a comparison of two dates or two sides) as one self-contained
/// SVG file: each whole, with its heading, side, legend and credits, the second to the right.
pub fn pair_svg(first: &Picture, second: &Picture) -> String {
    let (a, b) = (first.layout(), second.layout());
    let width = a.width + PAIR_GAP_PX + b.width;
    let height = a.height.max(b.height);
    let inner = |p: &Picture, x: f64| {
        let whole = p.to_svg();
        let body = whole
            .split_once('\n')
            .map_or(whole.as_str(), |(_, rest)| rest);
        body.replacen("<svg ", &format!("<svg x=\"{x}\" y=\"0\" "), 1)
    };
    let title = svg::escape(&format!("{} | {}", first.title, second.title));
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\">\n<title>{title}</title>\n\
         <rect width=\"{width}\" height=\"{height}\" fill=\"{}\"/>\n{}\n{}\n</svg>\n",
        style::PAPER,
        inner(first, 0.0),
        inner(second, a.width + PAIR_GAP_PX)
    )
}

/// The credits as lines that fit `width` pixels: a sentence a line where it fits (the licences
/// are read whole), else broken where the text allows — after a space, after Japanese
/// punctuation, or between two Japanese characters (never before a closing mark).
pub fn credit_lines(text: &str, width: f64) -> Vec<String> {
    sentences(text)
        .iter()
        .flat_map(|s| wrap(s, width, CREDIT_PX))
        .collect()
}

/// Whether a line may not begin with `c` (Japanese closing marks and punctuation).
fn no_line_start(c: char) -> bool {
    matches!(
        c,
        '、' | '。' | '，' | '．' | '：' | '；' | '）' | '」' | '』' | '】' | '・' | 'ー' | '々'
    )
}

/// `text` in lines no wider than `width` pixels at `font_px` where it can be broken.
fn wrap(text: &str, width: f64, font_px: f64) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut pieces: Vec<String> = Vec::new();
    let mut piece = String::new();
    for (i, &c) in chars.iter().enumerate() {
        piece.push(c);
        let next = chars.get(i + 1).copied();
        let wide = is_wide(c);
        let breaks = next.is_some_and(|n| {
            !no_line_start(n) && (c == ' ' || (wide && (no_line_start(c) || is_wide(n))))
        });
        if breaks {
            pieces.push(std::mem::take(&mut piece));
        }
    }
    pieces.push(piece);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for piece in pieces {
        let longer = format!("{line}{piece}");
        if !line.is_empty() && text_width_bound_px(longer.trim_end(), font_px) > width {
            lines.push(line.trim_end().to_string());
            line = piece;
        } else {
            line = longer;
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// The sentences of a text, split after a full stop that does not end an initial
/// ("P. Wessel & W. H. F. Smith" stays whole) and after a Japanese full stop.
pub fn sentences(text: &str) -> Vec<String> {
    latin_sentences(text)
        .into_iter()
        .flat_map(|s| {
            s.split_inclusive('。')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The sentences of a text split after a full stop and a space that does not end an initial.
fn latin_sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    for (at, _) in text.match_indices(". ") {
        let before = text[..at].chars().next_back();
        let initial = before.is_some_and(char::is_uppercase)
            && text[..at]
                .chars()
                .rev()
                .nth(1)
                .is_none_or(|c| !c.is_alphanumeric());
        if !initial && at >= start {
            out.push(text[start..=at].to_string());
            start = at + 2;
        }
    }
    let rest = text[start.min(text.len())..].trim();
    if !rest.is_empty() {
        out.push(rest.to_string());
    }
    out
}
