//! The atlas on paper and as files: printed on A4 and Letter, and the map downloaded as a
//! self-contained SVG and as a PNG.

use crate::fixtures::*;

#[tokio::test]
async fn the_atlas_prints_the_map_the_date_and_the_event_on_a4_and_letter() {
    use fantoccini::wd::{PrintConfiguration, PrintSize};
    let c = browser(1280, 800).await;
    open(
        &c,
        "?date=1905-09-05&view=sakhalin&event=treaty-of-portsmouth-1905",
    )
    .await;
    // Wait for the panel to follow the painted frame.
    assert!(until(&c, "return !!document.querySelector('article.event[data-event=treaty-of-portsmouth-1905] blockquote')").await);
    let dir = screenshots();
    for (name, size) in [("a4", PrintSize::A4), ("letter", PrintSize::US_LETTER)] {
        let config = PrintConfiguration::builder()
            .size(size)
            .background(true)
            .build()
            .unwrap();
        let pdf = c.print(config).await.unwrap();
        assert!(pdf.starts_with(b"%PDF-"), "{name}: a PDF");
        // One page for the map, the date and the event; its passages may take a second.
        let text = String::from_utf8_lossy(&pdf);
        let pages = text.matches("/Type /Page\n").count()
            + text.matches("/Type /Page/").count()
            + text.matches("/Type /Page ").count()
            + text.matches("/Type /Page>").count();
        assert!((1..=2).contains(&pages), "{name}: {pages} pages");
        std::fs::write(dir.join(format!("print-{name}.pdf")), &pdf).unwrap();
    }
    c.close().await.unwrap();
}

#[tokio::test]
async fn the_map_downloads_as_a_self_contained_svg_with_its_holders() {
    let dir = std::env::temp_dir().join(format!("atlas-downloads-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let c = browser_with(Options {
        downloads: Some(&dir),
        ..Options::window(1280, 800)
    })
    .await;
    open(
        &c,
        "?date=1905-09-05&view=sakhalin&event=treaty-of-portsmouth-1905",
    )
    .await;
    click(&c, "[data-ui=share]").await;
    let name = "frontier-atlas-sakhalin-1905-09-05";
    let svg = download(&c, "download-svg", &dir.join(format!("{name}.svg"))).await;
    let svg = String::from_utf8(svg).expect("the SVG is text");
    // And as PNG, painted at twice the pixels.
    let png = download(&c, "download-png", &dir.join(format!("{name}.png"))).await;
    c.close().await.unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let dimension =
        |at: usize| u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]);
    let number = |name: &str| -> f64 {
        let at = svg.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        svg[at..at + svg[at..].find('"').unwrap()].parse().unwrap()
    };
    assert_eq!(f64::from(dimension(16)), 2.0 * number("width"));
    assert_eq!(f64::from(dimension(20)), 2.0 * number("height"));
    // A map is more than a few colours: the PNG is not blank.
    assert!(png.len() > 20_000, "{} bytes", png.len());
    std::fs::write(screenshots().join("map-download.png"), &png).unwrap();
    // A standalone SVG document: no stylesheet, no CSS variable, nothing from elsewhere.
    assert!(svg.starts_with("<?xml"), "{}", &svg[..80]);
    assert!(svg.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    for absent in ["var(--", "<style", "href=\"http", "class=\""] {
        assert!(!svg.contains(absent), "{absent} in the SVG");
    }
    // The date, the event, the attribution, the legend.
    for present in [
        "P. Wessel &amp; W. H. F. Smith, LGPL-3.0-or-later.",
        "5 September 1905",
        "Treaty of Portsmouth",
        "Natural Earth",
        "Russian Empire",
    ] {
        assert!(svg.contains(present), "{present} missing");
    }
    // Every unit with its holder, and its colour written out.
    let unit = |id: &str| {
        let at = svg
            .find(&format!("data-unit=\"{id}\""))
            .unwrap_or_else(|| panic!("{id} missing"));
        let end = svg[at..].find('>').unwrap() + at;
        svg[svg[..at].rfind('<').unwrap()..end].to_string()
    };
    assert!(unit("southern-sakhalin").contains("data-control=\"japan\""));
    assert!(unit("northern-sakhalin").contains("data-control=\"russia\""));
    assert!(svg.matches("data-unit=").count() >= 13);
    assert!(
        unit("northern-sakhalin").contains("fill=\"#"),
        "colours are written as attributes"
    );
    // Kept beside the screenshots, to open in a browser.
    std::fs::write(screenshots().join("map-download.svg"), &svg).unwrap();
}
