//! Draws check images of the committed map into `target/check/`, one SVG per view and day (and
//! a PNG beside it when `rsvg-convert` is installed), for a person to look over. They are drawn
//! the way the app draws: paths from the model's [`Scene`], the view box of a view of
//! `atlas.json` fitted to the image by [`Viewport`], each unit filled by its [`StatusIndex`]
//! status in the party colours of `atlas.json`.

mod common;

use atlas_model::projection::Lambert;
use atlas_model::scene::{MapBox, Scene};
use atlas_model::status::{Pattern, StatusIndex, UnitStatus};
use atlas_model::viewport::{contains, intersects, part_boxes, size, Viewport};
use atlas_model::{AtlasConfig, Claims, Day, Fill, Lang, Party, Territories};
use common::{base, claims, config, day, repo, territories};
use std::collections::BTreeSet;
use std::fmt::Write;

/// Width of every image in pixels; the height follows the shape of what it shows.
const WIDTH_PX: f64 = 1200.0;

/// What one image shows: its name, the day, and the box (west, south, east, north) of a
/// close-up; without a box, the name is a view of `atlas.json` and the image shows its bounds.
type Check = (&'static str, &'static str, Option<[f64; 4]>);

const CHECKS: &[Check] = &[
    ("overview", "1930", None),
    ("kurils", "1900", None),
    ("kurils", "1958", None),
    ("four-islands", "2019", Some([144.8, 42.9, 149.3, 45.9])),
    ("habomai", "1958", Some([145.3, 43.25, 147.1, 44.05])),
    ("vries", "1860", Some([148.3, 44.9, 150.0, 46.1])),
    ("lopatka", "1900", Some([155.5, 50.3, 157.2, 51.2])),
    ("sakhalin", "1922", None),
    ("sakhalin", "1945-12", None),
    ("khalkhin-gol", "1939-07", None),
    ("khalkhin-gol", "1950", None),
];

/// The committed map, projected once.
struct Map {
    config: AtlasConfig,
    territories: Territories,
    claims: Claims,
    scene: Scene,
    index: StatusIndex,
}

impl Map {
    fn load() -> Map {
        let (config, territories, claims) = (config(), territories(), claims());
        let scene = Scene::build(&territories, &claims, &base(), Lambert::default());
        let index = StatusIndex::new(&territories, &claims, &config.parties);
        Map {
            config,
            territories,
            claims,
            scene,
            index,
        }
    }

    /// The lon/lat box an image shows: a close-up's own, or its view's bounds.
    fn bounds(&self, (name, _, close_up): Check) -> [f64; 4] {
        close_up.unwrap_or_else(|| {
            let view = self.config.find_view(name);
            self.config
                .view(view.unwrap_or_else(|| panic!("no view “{name}” in atlas.json")))
                .bounds
        })
    }

    fn colour(&self, party: Party) -> &str {
        self.config.parties.info(party).map_or("", |i| &i.colour)
    }

    /// A unit's fill and outline, by the rule the app paints with.
    fn paint(&self, s: &UnitStatus) -> (String, String) {
        let paint = self.config.paint(s);
        let fill = match paint.fill {
            Fill::Colour(c) => c.to_owned(),
            Fill::Pattern(pattern, party) => format!("url(#{})", pattern_id(pattern, party)),
        };
        (fill, paint.stroke.to_owned())
    }
}

/// An image: its SVG text and the ids of the units it draws.
struct Drawing {
    svg: String,
    units: Vec<String>,
}

fn pattern_id(pattern: Pattern, party: Party) -> String {
    format!("{}-{}", pattern.key(), party.index())
}

/// Text made safe to write between tags or in an attribute.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The fill patterns the drawn units need, sized in pixels on the image: hatching for
/// occupation, cross-hatching for contested land, stripes in the members' colours for land
/// held in common.
fn patterns(map: &Map, used: &[(Pattern, Party)], k: f64) -> String {
    let mut out = String::from("<defs>");
    for &(pattern, party) in used {
        let id = pattern_id(pattern, party);
        let (size, px, body) = match pattern {
            Pattern::Joint => {
                let members = map
                    .config
                    .parties
                    .info(party)
                    .map_or(&[][..], |i| &i.members);
                let band = 12.0 / members.len().max(1) as f64;
                let mut bands = String::new();
                for (i, m) in members.iter().enumerate() {
                    let x = i as f64 * band;
                    let colour = map.colour(*m);
                    let _ = write!(
                        bands,
                        r#"<rect x="{x}" width="{band}" height="12" fill="{colour}"/>"#
                    );
                }
                (12.0, 12.0 * k, bands)
            }
            Pattern::Occupation | Pattern::Contested => {
                let lines = if pattern == Pattern::Contested {
                    "M4,0V8M0,4H8"
                } else {
                    "M4,0V8"
                };
                let colour = map.colour(party);
                let body = format!(
                    r##"<rect width="8" height="8" fill="{colour}"/><path d="{lines}" stroke="#333" stroke-width="1"/>"##
                );
                (8.0, 7.0 * k, body)
            }
        };
        let _ = write!(
            out,
            r#"<pattern id="{id}" patternUnits="userSpaceOnUse" viewBox="0 0 {size} {size}" width="{px}" height="{px}" patternTransform="rotate(45)">{body}</pattern>"#
        );
    }
    out.push_str("</defs>");
    out
}

/// The units with any land in `visible`, filled by their status on `on`, as SVG paths; and
/// each drawn unit's index with its status.
fn units(map: &Map, visible: MapBox, on: Day, k: f64) -> (String, Vec<(usize, UnitStatus)>) {
    let (mut out, mut drawn) = (String::new(), Vec::new());
    for (i, (unit, shape)) in map.territories.iter().zip(&map.scene.units).enumerate() {
        let on_screen = part_boxes(&unit.geometry, &map.scene)
            .iter()
            .any(|b| intersects(*b, visible));
        if !on_screen {
            continue;
        }
        let status = map.index.status(&map.territories, &map.claims, i, on);
        let (fill, stroke) = map.paint(&status);
        let holder = status.party.map_or("no holder recorded", |p| {
            map.config.parties.name(p, on, Lang::En)
        });
        let _ = write!(
            out,
            r#"<path data-unit="{}" d="{}" fill="{fill}" fill-rule="evenodd" stroke="{stroke}" stroke-width="{}"><title>{}: {}</title></path>"#,
            escape(&shape.id),
            shape.d,
            1.2 * k,
            escape(unit.names.get(Lang::En)),
            escape(holder)
        );
        drawn.push((i, status));
    }
    (out, drawn)
}

/// The claims in force on `on` that reach into `visible`: lines in the claimant's line colour,
/// areas outlined with dashes.
fn claims_drawn(map: &Map, visible: MapBox, on: Day, k: f64) -> String {
    let mut out = String::new();
    for (claim, shape) in map.claims.iter().zip(&map.scene.claims) {
        if !claim.active_at(on) || !intersects(shape.bbox, visible) {
            continue;
        }
        let line = map
            .config
            .parties
            .info(claim.party)
            .map_or("#000", |i| &i.line);
        let dash = if shape.is_line {
            String::new()
        } else {
            format!(r#" stroke-dasharray="{} {}""#, 8.0 * k, 4.0 * k)
        };
        let _ = write!(
            out,
            r#"<path data-claim="{}" d="{}" fill="none" stroke="{line}" stroke-width="{}"{dash}><title>{}</title></path>"#,
            escape(&shape.id),
            shape.d,
            2.5 * k,
            escape(claim.names.get(Lang::En))
        );
    }
    out
}

/// Each drawn unit's English name at its label anchor, where the anchor is in view.
fn labels(map: &Map, drawn: &[String], visible: MapBox, k: f64) -> String {
    let mut out = String::new();
    for (unit, shape) in map.territories.iter().zip(&map.scene.units) {
        if !drawn.contains(&shape.id) || !contains(visible, shape.anchor) {
            continue;
        }
        let (x, y) = shape.anchor;
        let _ = write!(
            out,
            r##"<text x="{x}" y="{y}" font-size="{}" text-anchor="middle" fill="#111">{}</text>"##,
            13.0 * k,
            escape(unit.names.get(Lang::En))
        );
    }
    out
}

/// The image's title and a swatch of each party holding drawn land, in the top-left corner.
fn legend(map: &Map, check: Check, holders: &BTreeSet<Party>, visible: MapBox, k: f64) -> String {
    let (name, date, _) = check;
    let on = day(date);
    let (x, y) = (visible[0] + 10.0 * k, visible[1] + 24.0 * k);
    let mut out = format!(
        r##"<g font-size="{}" fill="#000"><text x="{x}" y="{y}" font-size="{}">{name} — {date}</text>"##,
        13.0 * k,
        17.0 * k
    );
    for (row, &party) in holders.iter().enumerate() {
        let top = y + (12.0 + 20.0 * row as f64) * k;
        let _ = write!(
            out,
            r##"<rect x="{x}" y="{top}" width="{s}" height="{s}" fill="{}" stroke="#333" stroke-width="{}"/><text x="{}" y="{}">{}</text>"##,
            map.colour(party),
            0.5 * k,
            x + 20.0 * k,
            top + 12.0 * k,
            escape(map.config.parties.name(party, on, Lang::En)),
            s = 14.0 * k
        );
    }
    out.push_str("</g>");
    out
}

/// Draws one check image.
fn draw(map: &Map, check: Check) -> Drawing {
    let on = day(check.1);
    let view_box = map.scene.box_of(map.bounds(check));
    let (w, h) = size(view_box);
    let viewport = Viewport::new(view_box, WIDTH_PX, (WIDTH_PX * h / w).round());
    let visible = viewport.visible();
    let k = viewport.km_per_px();
    let (units, drawn) = units(map, visible, on, k);
    let ids: Vec<String> = drawn
        .iter()
        .map(|&(i, _)| map.scene.units[i].id.clone())
        .collect();
    let holders: BTreeSet<Party> = drawn.iter().filter_map(|(_, s)| s.party).collect();
    let mut used = Vec::new();
    for (_, s) in &drawn {
        if let (Some(pattern), Some(party)) = (s.pattern, s.party) {
            if !used.contains(&(pattern, party)) {
                used.push((pattern, party));
            }
        }
    }
    let [x0, y0, x1, y1] = visible;
    let scene = &map.scene;
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" viewBox="{x0} {y0} {} {}" font-family="sans-serif">"#,
        viewport.screen.0,
        viewport.screen.1,
        x1 - x0,
        y1 - y0
    );
    svg += &patterns(map, &used, k);
    let _ = write!(
        svg,
        r##"<rect x="{x0}" y="{y0}" width="{}" height="{}" fill="#dceaf5"/>"##,
        x1 - x0,
        y1 - y0
    );
    let _ = write!(
        svg,
        r##"<path d="{}" fill="#eeeae0" stroke="#b9b3a3" stroke-width="{}"/><path d="{}" fill="#a9cbe6" stroke="#5a8fbf" stroke-width="{}"/>"##,
        scene.land,
        0.6 * k,
        scene.lakes,
        0.6 * k
    );
    svg += &units;
    for river in &scene.rivers {
        let _ = write!(
            svg,
            r##"<path d="{}" fill="none" stroke="#2f7fd0" stroke-width="{}"/>"##,
            river.d,
            2.0 * k
        );
    }
    let _ = write!(
        svg,
        r##"<path d="{}" fill="none" stroke="#555" stroke-width="{}" stroke-dasharray="{} {}"/>"##,
        scene.boundaries,
        k,
        6.0 * k,
        3.0 * k
    );
    svg += &claims_drawn(map, visible, on, k);
    svg += &labels(map, &ids, visible, k);
    svg += &legend(map, check, &holders, visible, k);
    svg.push_str("</svg>");
    Drawing { svg, units: ids }
}

/// Checks that `svg` is well-formed as far as the drawing needs: tags nest and close, attribute
/// values are quoted, and `&` only starts an entity. Returns the `data-unit` of each path.
fn well_formed(svg: &str) -> Result<Vec<String>, String> {
    let (mut open, mut units): (Vec<&str>, Vec<String>) = (Vec::new(), Vec::new());
    let mut rest = svg;
    while let Some(start) = rest.find('<') {
        let text = &rest[..start];
        let entities = ["&amp;", "&lt;", "&gt;", "&quot;"];
        for (i, _) in text.match_indices('&') {
            if !entities.iter().any(|e| text[i..].starts_with(e)) {
                return Err(format!("a bare & in “{text}”"));
            }
        }
        let end = rest[start..].find('>').ok_or("a tag that never ends")? + start;
        let tag = &rest[start + 1..end];
        if !tag.matches('"').count().is_multiple_of(2) {
            return Err(format!("an unquoted attribute in <{tag}>"));
        }
        let name = tag
            .trim_start_matches('/')
            .split([' ', '/'])
            .next()
            .unwrap_or("");
        if let Some(closing) = tag.strip_prefix('/') {
            match open.pop() {
                Some(opened) if opened == closing => {}
                other => return Err(format!("</{closing}> closes {other:?}")),
            }
        } else if !tag.ends_with('/') {
            open.push(name);
        }
        if name == "path" {
            if let Some(id) = tag
                .split("data-unit=\"")
                .nth(1)
                .and_then(|s| s.split('"').next())
            {
                units.push(id.to_string());
            }
        }
        rest = &rest[end + 1..];
    }
    if rest.trim().is_empty() && open.is_empty() && svg.starts_with("<svg") {
        Ok(units)
    } else {
        Err(format!("left open: {open:?}"))
    }
}

#[test]
fn the_well_formedness_check_catches_broken_svg() {
    let good = r#"<svg><path data-unit="a" d="M0,0Z"/><text>A &amp; B</text></svg>"#;
    assert_eq!(well_formed(good), Ok(vec!["a".to_string()]));
    for bad in [
        "<svg><g></svg>",
        "<svg><text>A & B</text></svg>",
        r#"<svg><path d="M0,0/></svg>"#,
        "<svg><g>",
    ] {
        assert!(well_formed(bad).is_err(), "{bad}");
    }
}

#[test]
fn draws_check_images() {
    let map = Map::load();
    let dir = repo().join("target/check");
    std::fs::create_dir_all(&dir).unwrap();
    for &check in CHECKS {
        let (name, date, close_up) = check;
        let drawing = draw(&map, check);
        assert!(!drawing.units.is_empty(), "{name} {date}: no unit drawn");
        for id in &drawing.units {
            let shape = map.scene.units.iter().find(|s| &s.id == id).unwrap();
            assert!(
                shape.d.starts_with('M') && shape.d.ends_with('Z'),
                "{name} {date}: {id} has no closed path"
            );
        }
        // A view of atlas.json shows every unit of the regions it frames.
        if close_up.is_none() {
            let view = map.config.view(map.config.find_view(name).unwrap());
            for unit in map.territories.iter() {
                if view.regions.contains(&unit.region) {
                    assert!(
                        drawing.units.contains(&unit.id),
                        "{name}: {} missing",
                        unit.id
                    );
                }
            }
        }
        let svg_path = dir.join(format!("{name}-{date}.svg"));
        std::fs::write(&svg_path, &drawing.svg).unwrap();
        let written = std::fs::read_to_string(&svg_path).unwrap();
        let paths = well_formed(&written).unwrap_or_else(|e| panic!("{name} {date}: {e}"));
        assert_eq!(paths, drawing.units, "{name} {date}: one path per unit");
        // A PNG beside it for eyes; skipped quietly where rsvg-convert is not installed.
        let _ = std::process::Command::new("rsvg-convert")
            .arg("-o")
            .arg(dir.join(format!("{name}-{date}.png")))
            .arg(&svg_path)
            .status();
    }
}
