//! A [`Picture`] from the atlas, what the day shows ([`Moment`]) and the parties' names.

use super::style::{unit_outline, MARGIN_PX};
use super::{
    credit_lines, legend_box, Captions, Entry, Fill, Frame, Label, Mark, Picture, Sample, Unit,
};
use crate::atlas::Atlas;
use crate::claim::ClaimKind;
use crate::config::Fill as Rule;
use crate::labels::{self, Align};
use crate::moment::{Moment, PartyNames};
use crate::party::Party;
use crate::perspective::Standing;
use crate::status::Pattern;
use crate::text::Lang;
use crate::viewport::Viewport;

impl<'a> Picture<'a> {
    /// The map of `moment` within `viewport`, its words in `lang` (the units' names) and as
    /// `words` gives them.
    pub fn new(
        atlas: &'a Atlas,
        moment: &Moment,
        names: &PartyNames,
        lang: Lang,
        viewport: &Viewport,
        words: Captions,
    ) -> Picture<'a> {
        // Whole pixels: a file's size is a whole number of pixels.
        let (width, height) = viewport.screen;
        let viewport = &Viewport::new(viewport.view_box, width.round(), height.round());
        let frame = Frame::of(viewport);
        let legend = legend(atlas, moment, names, frame, &words);
        // Labels keep clear of the legend, as on screen.
        let avoid: Vec<[f64; 4]> = legend_box(&legend, frame.height)
            .map(|[x, y, w, h]| [x, y, x + w, y + h])
            .into_iter()
            .collect();
        let scene = &atlas.scene;
        let title = [Some(words.atlas), Some(words.date), words.event]
            .into_iter()
            .flatten()
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" · ");
        Picture {
            frame,
            land: &scene.land,
            lakes: &scene.lakes,
            rivers: scene.rivers.iter().map(|r| r.d.as_str()).collect(),
            boundaries: &scene.boundaries,
            units: units(atlas, moment),
            claims: claims(atlas, moment),
            labels: placed_labels(atlas, lang, viewport, &avoid),
            legend,
            title,
            side: words.side,
            credits: credit_lines(&words.credits, frame.width - 2.0 * MARGIN_PX),
        }
    }
}

fn colour(atlas: &Atlas, party: Party) -> &str {
    atlas.config.parties.info(party).map_or("", |i| &i.colour)
}

/// A party's colour, or its members' colours when it stands for several.
fn bands(atlas: &Atlas, party: Option<Party>) -> Vec<&str> {
    let parties = &atlas.config.parties;
    match party.and_then(|p| parties.info(p)) {
        Some(i) if !i.members.is_empty() => i.members.iter().map(|m| colour(atlas, *m)).collect(),
        Some(i) => vec![&i.colour],
        None => vec![&atlas.config.unrecorded.colour],
    }
}

/// Every unit, filled and outlined as the day (and the side) shows it.
fn units<'a>(atlas: &'a Atlas, moment: &Moment) -> Vec<Unit<'a>> {
    let parties = &atlas.config.parties;
    atlas
        .territories
        .iter()
        .zip(&atlas.scene.units)
        .enumerate()
        .map(|(i, (_, shape))| {
            let drawn = moment.drawn(i);
            let paint = atlas.config.paint(&drawn);
            let fill = match paint.fill {
                Rule::Colour(c) => Fill::Colour(c),
                Rule::Pattern(Pattern::Joint, p) => Fill::Stripes(bands(atlas, Some(p))),
                Rule::Pattern(pattern, p) => Fill::Hatch {
                    colour: colour(atlas, p),
                    crossed: pattern == Pattern::Contested,
                },
            };
            let undetermined = moment.view(i).map(|v| v.standing) == Some(Standing::Undetermined);
            let (width, dash) = unit_outline(drawn.disputed_by.is_some(), undetermined);
            Unit {
                id: &shape.id,
                d: &shape.d,
                fill,
                stroke: paint.stroke,
                width,
                dash,
                control: parties.key_of(moment.status(i).party),
            }
        })
        .collect()
}

/// The claims in force, in their party's line colour.
fn claims<'a>(atlas: &'a Atlas, moment: &Moment) -> Vec<Mark<'a>> {
    let parties = &atlas.config.parties;
    atlas
        .claims
        .iter()
        .zip(&atlas.scene.claims)
        .enumerate()
        .filter(|(i, (claim, _))| moment.claim_active(*i) && claim.kind.is_drawn())
        .map(|(_, (claim, shape))| Mark {
            id: &shape.id,
            d: &shape.d,
            colour: parties.info(claim.party).map_or("", |p| &p.line),
            kind: claim.kind,
            area: !shape.is_line,
        })
        .collect()
}

/// The units' names placed as the live map places them, clear of `avoid` (pixel boxes).
fn placed_labels(atlas: &Atlas, lang: Lang, viewport: &Viewport, avoid: &[[f64; 4]]) -> Vec<Label> {
    let specs = labels::specs(atlas);
    let lines: Vec<Vec<String>> = atlas
        .territories
        .iter()
        .map(|t| labels::lines(t.names.get(lang)))
        .collect();
    let placed = labels::place(&specs, &lines, viewport, avoid);
    specs
        .iter()
        .zip(lines)
        .zip(placed)
        .enumerate()
        .filter_map(|(unit, ((spec, lines), at))| {
            let at = at?;
            let anchor = viewport.to_screen(spec.anchor);
            let back = match at.align {
                Align::Start => -3.0,
                Align::End => 3.0,
                Align::Middle => 0.0,
            };
            let baselines = labels::baselines(lines.len());
            Some(Label {
                unit,
                anchor,
                at: (anchor.0 + at.dx, anchor.1 + at.dy),
                align: at.align,
                lines: lines.into_iter().zip(baselines).collect(),
                leader: at
                    .leader
                    .then_some((anchor.0 + at.dx + back, anchor.1 + at.dy)),
            })
        })
        .collect()
}

/// The legend's entries for what is on screen: holders, how land was held, lines.
fn legend<'a>(
    atlas: &'a Atlas,
    moment: &Moment,
    names: &PartyNames,
    frame: Frame,
    words: &Captions,
) -> Vec<Entry<'a>> {
    let shown = moment.on_screen(atlas, frame.visible);
    let parties = &atlas.config.parties;
    let mut out = Vec::new();
    for party in parties.all().map(Some).chain([None]) {
        if shown.holds(party) {
            out.push(Entry {
                key: parties.key_of(party),
                sample: Sample::Bands(bands(atlas, party)),
                words: party.map_or_else(|| words.no_holder.clone(), |p| names.name(p).into()),
            });
        }
    }
    for (pattern, text) in [
        (Pattern::Occupation, &words.occupation),
        (Pattern::Contested, &words.contested),
    ] {
        if shown.pattern(pattern) {
            out.push(Entry {
                key: pattern.key(),
                sample: Sample::Hatch {
                    crossed: pattern == Pattern::Contested,
                },
                words: text.clone(),
            });
        }
    }
    if shown.disputed {
        out.push(Entry {
            key: "disputed",
            sample: Sample::Disputed,
            words: words.disputed.clone(),
        });
    }
    for (kind, text) in ClaimKind::ALL.into_iter().zip(&words.kinds) {
        if shown.kind(kind) {
            out.push(Entry {
                key: kind.key(),
                sample: Sample::Line(kind),
                words: text.clone(),
            });
        }
    }
    if shown.boundary {
        out.push(Entry {
            key: "boundary-today",
            sample: Sample::Boundary,
            words: words.boundary.clone(),
        });
    }
    out
}
