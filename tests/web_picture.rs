//! Component tests of the map as a file: the picture of what the page shows, painted into a
//! canvas for the PNG (its pixels are the units' colours where the units are), and written as
//! the SVG with every unit and its holder.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use frontier_atlas::components::share::export;
use frontier_atlas::platform::canvas;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The colour of the canvas's pixel at (`x`, `y`), as the browser computes colours.
fn pixel(canvas: &web_sys::HtmlCanvasElement, x: f64, y: f64) -> String {
    let ctx: web_sys::CanvasRenderingContext2d =
        canvas.get_context("2d").unwrap().unwrap().unchecked_into();
    let data = ctx.get_image_data(x, y, 1.0, 1.0).unwrap().data();
    format!("rgb({}, {}, {})", data[0], data[1], data[2])
}

#[wasm_bindgen_test]
async fn the_png_is_painted_with_each_units_colour_where_the_unit_is() {
    let _host = page().await;
    open_link("date=1920-01-01&view=sakhalin").await;
    let (png, points) = export::with_picture(|p| {
        let layout = p.layout();
        // Below each label's text, on the unit it names.
        let points: Vec<(String, f64, f64)> = p
            .labels
            .iter()
            .map(|l| {
                let below = l.lines.last().map_or(0.0, |(_, y)| *y) + 14.0;
                let (x, y) = (l.anchor.0, l.anchor.1 + layout.map_top + below);
                (p.units[l.unit].id.to_string(), x, y)
            })
            .collect();
        (canvas::paint(p, 1.0).unwrap(), points)
    })
    .expect("a map on the page");
    let at = |id: &str| {
        let (_, x, y) = points
            .iter()
            .find(|(unit, _, _)| unit == id)
            .unwrap_or_else(|| panic!("{id} has no label: {points:?}"));
        pixel(&png, *x, *y)
    };
    assert_eq!(at("southern-sakhalin"), party_colour("japan"));
    assert_eq!(at("northern-sakhalin"), party_colour("russia"));
    // The heading is drawn on white paper, the sea in the corner below it is not white.
    assert_eq!(pixel(&png, 2.0, 2.0), "rgb(255, 255, 255)");
}

#[wasm_bindgen_test]
async fn the_png_hatches_occupied_land_over_its_holders_colour() {
    let _host = page().await;
    open_link("date=1905-09-04&view=sakhalin").await;
    let (png, probe) = export::with_picture(|p| {
        let layout = p.layout();
        let label = p
            .labels
            .iter()
            .find(|l| p.units[l.unit].id == "southern-sakhalin")
            .expect("a label on southern Sakhalin");
        // The legend names the parties as they were called on the day.
        assert!(
            p.legend.iter().any(|e| e.words == "Russian Empire"),
            "{:?}",
            p.legend
        );
        let top = label.anchor.1 + layout.map_top + 20.0;
        (canvas::paint(p, 1.0).unwrap(), (label.anchor.0, top))
    })
    .unwrap();
    // Along a run of pixels: the holder's colour, and darker hatching lines across it.
    let colours: Vec<String> = (0..24)
        .map(|dx| pixel(&png, probe.0 - 12.0 + f64::from(dx), probe.1))
        .collect();
    assert!(colours.contains(&party_colour("japan")), "{colours:?}");
    assert!(
        colours.iter().any(|c| c != &party_colour("japan")),
        "{colours:?}"
    );
}

#[wasm_bindgen_test]
async fn the_svg_holds_every_unit_with_its_holder_and_a_sides_words() {
    let _host = page().await;
    open_link("date=1960-01-01&view=kurils&perspective=japan").await;
    let svg = export::with_picture(|p| p.to_svg()).unwrap();
    let doc = web_sys::DomParser::new()
        .unwrap()
        .parse_from_string(&svg, web_sys::SupportedType::ImageSvgXml)
        .unwrap();
    assert!(
        doc.query_selector("parsererror").unwrap().is_none(),
        "{svg}"
    );
    let units = doc.query_selector_all("[data-unit]").unwrap();
    assert_eq!(units.length() as usize, atlas().territories.units.len());
    let iturup = doc.query_selector("[data-unit=iturup]").unwrap().unwrap();
    assert_eq!(
        iturup.get_attribute("data-control").as_deref(),
        Some("russia")
    );
    assert!(svg.contains("As Japan saw it"), "{svg}");
}
