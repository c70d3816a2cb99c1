//! The map of a day as a picture for a file, from the committed data: each unit's fill, the
//! patterns, a side's map saying whose it is, the legend of what is on screen, and an SVG that
//! any XML reader takes.

mod common;

use atlas_model::picture::{Entry, Fill, Picture, Sample};
use atlas_model::viewport::Viewport;
use atlas_model::{Atlas, Lang, Moment, Party, PartyNames};
use common::*;

/// The picture of `view` (a view of `atlas.json`) on `on`, 1000 by 700 pixels.
fn picture<'a>(atlas: &'a Atlas, view: &str, on: &str, side: Option<Party>) -> Picture<'a> {
    let moment = Moment::at(atlas, day(on), side);
    let names = PartyNames::at(&atlas.config.parties, day(on), Lang::En);
    let view = atlas.config.find_view(view).unwrap();
    let viewport = Viewport::new(atlas.view_box(view), 1000.0, 700.0);
    let words = captions(atlas, on, side);
    Picture::new(atlas, &moment, &names, Lang::En, &viewport, words)
}

fn fill<'a>(p: &'a Picture, id: &str) -> &'a Fill<'a> {
    &p.units.iter().find(|u| u.id == id).unwrap().fill
}

fn colour(atlas: &Atlas, id: &str) -> String {
    atlas.config.parties.info(party(id)).unwrap().colour.clone()
}

fn keys<'a>(legend: &'a [Entry]) -> Vec<&'a str> {
    legend.iter().map(|e| e.key).collect()
}

#[test]
fn a_unit_is_filled_in_its_holders_colour_of_atlas_json() {
    let atlas = atlas();
    let p = picture(&atlas, "sakhalin", "1920-01-01", None);
    assert_eq!(p.units.len(), atlas.territories.units.len());
    let japan = colour(&atlas, "japan");
    assert_eq!(fill(&p, "southern-sakhalin"), &Fill::Colour(&japan));
    let south = p
        .units
        .iter()
        .find(|u| u.id == "southern-sakhalin")
        .unwrap();
    assert_eq!(south.control, "japan");
    assert!(south.dash.is_empty());
    assert!(p.title.contains("1 January 1920"), "{}", p.title);
    assert_eq!(p.side, None);
    // A file's size is whole pixels, whatever the screen's.
    let moment = Moment::at(&atlas, day("1920-01-01"), None);
    let names = PartyNames::at(&atlas.config.parties, day("1920-01-01"), Lang::En);
    let screen = Viewport::new(p.frame.visible, 900.4, 551.7);
    let words = captions(&atlas, "1920-01-01", None);
    let layout = Picture::new(&atlas, &moment, &names, Lang::En, &screen, words).layout();
    assert_eq!((layout.width, layout.height.fract()), (900.0, 0.0));
}

#[test]
fn occupation_is_hatched_fighting_cross_hatched_and_land_in_common_striped() {
    let atlas = atlas();
    let japan = colour(&atlas, "japan");
    let occupied = picture(&atlas, "sakhalin", "1905-09-04", None);
    assert_eq!(
        fill(&occupied, "southern-sakhalin"),
        &Fill::Hatch {
            colour: &japan,
            crossed: false
        }
    );
    assert!(keys(&occupied.legend).contains(&"occupation"));
    let fought = picture(&atlas, "khalkhin-gol", "1939-07-01", None);
    assert!(matches!(
        fill(&fought, "khalkhin-gol-strip"),
        Fill::Hatch { crossed: true, .. }
    ));
    let common = picture(&atlas, "sakhalin", "1860-01-01", None);
    let Fill::Stripes(bands) = fill(&common, "southern-sakhalin") else {
        panic!("not striped");
    };
    assert_eq!(bands, &[japan, colour(&atlas, "russia")]);
}

#[test]
fn a_sides_map_says_whose_view_it_is_and_hatches_its_land_held_by_another() {
    let atlas = atlas();
    let japan = party("japan");
    let p = picture(&atlas, "kurils", "1960-01-01", Some(japan));
    assert_eq!(p.side.as_deref(), Some("As Japan saw it on this date"));
    assert_eq!(
        fill(&p, "iturup"),
        &Fill::Hatch {
            colour: &colour(&atlas, "japan"),
            crossed: false
        }
    );
    // Held by the Soviet Union all the same.
    assert_eq!(
        p.units.iter().find(|u| u.id == "iturup").unwrap().control,
        "russia"
    );
    assert!(p.to_svg().contains("As Japan saw it on this date"));
    let as_it_was = picture(&atlas, "kurils", "1960-01-01", None);
    assert!(matches!(fill(&as_it_was, "iturup"), Fill::Colour(_)));
    assert!(!as_it_was.to_svg().contains("saw it"));
}

#[test]
fn the_legend_has_only_what_is_on_screen() {
    let atlas = atlas();
    let battle = picture(&atlas, "khalkhin-gol", "1939-07-01", None);
    let shown = keys(&battle.legend);
    assert!(shown.contains(&"contested"), "{shown:?}");
    assert!(shown.contains(&"boundary-today"), "{shown:?}");
    assert!(!shown.contains(&"japan"), "{shown:?}");
    let islands = picture(&atlas, "kurils", "1900-01-01", None);
    let shown = keys(&islands.legend);
    assert!(shown.contains(&"japan"), "{shown:?}");
    for absent in ["contested", "boundary-today", "mongolia", "disputed"] {
        assert!(!shown.contains(&absent), "{absent} in {shown:?}");
    }
    let japan = islands.legend.iter().find(|e| e.key == "japan").unwrap();
    assert_eq!(japan.words, "Japan");
    assert_eq!(japan.sample, Sample::Bands(vec![&colour(&atlas, "japan")]));
    // After 1956, the four islands are claimed by another: a dashed outline and its entry.
    let claimed = picture(&atlas, "kurils", "1960-01-01", None);
    assert!(keys(&claimed.legend).contains(&"disputed"));
    let iturup = claimed.units.iter().find(|u| u.id == "iturup").unwrap();
    assert!(!iturup.dash.is_empty());
}

#[test]
fn the_svg_is_well_formed_xml_with_every_unit_and_its_holder() {
    let atlas = atlas();
    let p = picture(&atlas, "sakhalin", "1905-09-05", None);
    let svg = p.to_svg();
    let doc = roxmltree::Document::parse(&svg).unwrap_or_else(|e| panic!("{e}"));
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.w3.org/2000/svg")
    );
    let units: Vec<(&str, &str)> = doc
        .descendants()
        .filter_map(|n| Some((n.attribute("data-unit")?, n.attribute("data-control")?)))
        .collect();
    assert_eq!(units.len(), atlas.territories.units.len());
    assert!(units.contains(&("southern-sakhalin", "japan")));
    assert!(units.contains(&("northern-sakhalin", "russia")));
    for absent in ["var(--", "<style", "class=", "style=", "vector-effect"] {
        assert!(!svg.contains(absent), "{absent} in the SVG");
    }
    // The heading, the legend's words, the credits a sentence a line.
    let text: String = doc
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join("|");
    for present in [
        "5 September 1905 · An event",
        "Russian Empire",
        "P. Wessel & W. H. F. Smith, LGPL-3.0-or-later.",
        "Sakhalin",
    ] {
        assert!(text.contains(present), "{present} missing from {text}");
    }
    // Claims of the day, each in its party's line colour.
    assert!(doc
        .descendants()
        .any(|n| n.attribute("data-claim") == Some("portsmouth-50th-parallel-1905")));
}

/// A comparison downloads as one SVG: both maps whole, side by side, each saying its date and
/// side, and each unit once per map.
#[test]
fn a_pair_of_maps_is_one_well_formed_svg_with_both_maps_side_by_side() {
    let atlas = atlas();
    let japan = atlas.config.parties.find("japan");
    let (a, b) = (
        picture(&atlas, "kurils", "1960-01-01", japan),
        picture(
            &atlas,
            "kurils",
            "1960-01-01",
            atlas.config.parties.find("russia"),
        ),
    );
    let svg = atlas_model::picture::pair_svg(&a, &b);
    let doc = roxmltree::Document::parse(&svg).unwrap_or_else(|e| panic!("{e}"));
    let root = doc.root_element();
    let width: f64 = root.attribute("width").unwrap().parse().unwrap();
    assert_eq!(
        width,
        a.layout().width + atlas_model::picture::PAIR_GAP_PX + b.layout().width
    );
    let maps: Vec<_> = root
        .children()
        .filter(|n| n.tag_name().name() == "svg")
        .collect();
    assert_eq!(maps.len(), 2);
    assert_eq!(maps[0].attribute("x"), Some("0"));
    assert!(maps[1].attribute("x").unwrap().parse::<f64>().unwrap() > a.layout().width);
    let iturup = doc
        .descendants()
        .filter(|n| n.attribute("data-unit") == Some("iturup"))
        .count();
    assert_eq!(iturup, 2);
    let text: String = doc
        .descendants()
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join("|");
    assert!(
        text.contains("Japan") && text.contains("Soviet Union"),
        "{text}"
    );
}

/// The licences are read whole: the credits break into lines that fit the picture, in each
/// language (Japanese has no space after its full stops), and lose no word.
#[test]
fn the_credits_fit_the_picture_in_every_language() {
    use atlas_model::labels::text_width_bound_px as text_width_px;
    use atlas_model::picture::{credit_lines, style::CREDIT_PX};
    for lang in Lang::ALL {
        let catalog =
            atlas_model::Catalog::from_json(&read(&format!("lang/{}.json", lang.key()))).unwrap();
        let text = catalog.texts("map.attribution")[0].to_string();
        for width in [296.0, 456.0, 736.0, 1000.0] {
            let lines = credit_lines(&text, width);
            for line in &lines {
                assert!(
                    text_width_px(line, CREDIT_PX) <= width,
                    "{lang:?} at {width}: {line}"
                );
            }
            let unspaced = |t: &str| t.replace(' ', "");
            assert_eq!(unspaced(&lines.concat()), unspaced(&text), "{lang:?}");
        }
        // Wide enough, a sentence a line: each licence stands whole.
        let lines = credit_lines(&text, 1000.0);
        assert!(
            lines
                .iter()
                .any(|l| l.ends_with("LGPL-3.0-or-later.") || l.ends_with("LGPL-3.0-or-later。")),
            "{lang:?}: {lines:?}"
        );
    }
}
