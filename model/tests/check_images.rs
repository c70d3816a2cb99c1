//! Draws check images of the committed map into `target/check/`, one SVG per view and day (and
//! a PNG beside it when `rsvg-convert` is installed), for a person to look over. They are the
//! picture the app offers for download ([`Picture::to_svg`]): the view box of a view of
//! `atlas.json` (or a close-up) fitted to the image by [`Viewport`], each unit filled by what the
//! day's [`Moment`] shows in the party colours of `atlas.json`.

mod common;

use atlas_model::picture::Picture;
use atlas_model::viewport::{intersects, size, Viewport};
use atlas_model::{Atlas, Lang, Moment, PartyNames};
use common::{atlas, captions, day, repo};

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

/// The lon/lat box an image shows: a close-up's own, or its view's bounds.
fn bounds(atlas: &Atlas, (name, _, close_up): Check) -> [f64; 4] {
    close_up.unwrap_or_else(|| {
        let view = atlas.config.find_view(name);
        atlas
            .config
            .view(view.unwrap_or_else(|| panic!("no view “{name}” in atlas.json")))
            .bounds
    })
}

/// The viewport of one check image.
fn viewport(atlas: &Atlas, check: Check) -> Viewport {
    let view_box = atlas.scene.box_of(bounds(atlas, check));
    let (w, h) = size(view_box);
    Viewport::new(view_box, WIDTH_PX, (WIDTH_PX * h / w).round())
}

/// Draws one check image: the picture's SVG.
fn draw(atlas: &Atlas, check: Check) -> String {
    let on = day(check.1);
    let moment = Moment::at(atlas, on, None);
    let names = PartyNames::at(&atlas.config.parties, on, Lang::En);
    let mut words = captions(atlas, check.1, None);
    words.event = Some(check.0.to_string());
    Picture::new(
        atlas,
        &moment,
        &names,
        Lang::En,
        &viewport(atlas, check),
        words,
    )
    .to_svg()
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
    let atlas = atlas();
    let dir = repo().join("target/check");
    std::fs::create_dir_all(&dir).unwrap();
    for &check in CHECKS {
        let (name, date, close_up) = check;
        let svg = draw(&atlas, check);
        // Every unit is in the file; those with land in view are the ones the image shows.
        let visible = viewport(&atlas, check).visible();
        let shown: Vec<&str> = atlas
            .scene
            .units
            .iter()
            .zip(&atlas.parts)
            .filter(|(_, parts)| parts.iter().any(|b| intersects(*b, visible)))
            .map(|(shape, _)| shape.id.as_str())
            .collect();
        assert!(!shown.is_empty(), "{name} {date}: no unit drawn");
        for shape in &atlas.scene.units {
            assert!(
                shape.d.starts_with('M') && shape.d.ends_with('Z'),
                "{name} {date}: {} has no closed path",
                shape.id
            );
        }
        // A view of atlas.json shows every unit of the regions it frames.
        if close_up.is_none() {
            let view = atlas.config.view(atlas.config.find_view(name).unwrap());
            for unit in atlas.territories.iter() {
                if view.regions.contains(&unit.region) {
                    assert!(
                        shown.contains(&unit.id.as_str()),
                        "{name}: {} missing",
                        unit.id
                    );
                }
            }
        }
        let svg_path = dir.join(format!("{name}-{date}.svg"));
        std::fs::write(&svg_path, &svg).unwrap();
        let written = std::fs::read_to_string(&svg_path).unwrap();
        let body = &written[written.find("<svg").unwrap()..];
        let paths = well_formed(body).unwrap_or_else(|e| panic!("{name} {date}: {e}"));
        let ids: Vec<&str> = atlas.scene.units.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(paths, ids, "{name} {date}: one path per unit");
        // A PNG beside it for eyes; skipped quietly where rsvg-convert is not installed.
        let _ = std::process::Command::new("rsvg-convert")
            .arg("-o")
            .arg(dir.join(format!("{name}-{date}.png")))
            .arg(&svg_path)
            .status();
    }
}
