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

/// The parts of an SVG file that the browser draws past their room, as it draws them: a line
/// of the heading, the side or the credits past the picture's right edge, a legend row past its
/// box. The file is drawn in the page itself, as an inline SVG.
async fn overflowing(c: &Client, svg: &str) -> Vec<String> {
    let found = c
        .execute(
            "const doc = new DOMParser().parseFromString(arguments[0], 'image/svg+xml');
             const svg = document.importNode(doc.documentElement, true);
             const holder = document.createElement('div');
             holder.style.position = 'absolute';
             holder.style.left = '0';
             holder.style.top = '0';
             document.body.append(holder);
             holder.append(svg);
             const width = +svg.getAttribute('width');
             const out = [];
             const right = (e) => { const b = e.getBBox(); return b.x + b.width; };
             for (const part of ['title', 'side']) {
                 for (const t of svg.querySelectorAll(`[data-part=${part}]`))
                     if (right(t) > width + 0.5) out.push(`${part}: ${t.textContent}`);
             }
             for (const t of svg.querySelectorAll('[data-part=credits] tspan'))
                 if (right(t) > width - 4) out.push(`credits: ${t.textContent}`);
             const legend = svg.querySelector('[data-part=legend]');
             if (legend) {
                 const box = legend.querySelector('rect').getBBox();
                 for (const t of legend.querySelectorAll('text'))
                     if (right(t) > box.x + box.width - 2) out.push(`legend: ${t.textContent}`);
             }
             holder.remove();
             return out;",
            vec![serde_json::Value::String(svg.to_string())],
        )
        .await
        .unwrap();
    serde_json::from_value(found).unwrap()
}

/// A side's map on a slide must say whose view it is: the file names the side, as the live
/// legend does, in each language; no words run past the picture's edge or the legend's box.
#[tokio::test]
async fn an_exported_side_s_map_names_the_side_and_its_words_fit() {
    let dir = std::env::temp_dir().join(format!("atlas-side-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for lang in ["en", "ja", "ru"] {
        // A teacher's laptop.
        let c = browser_with(Options {
            downloads: Some(&dir),
            ..Options::window(1366, 768)
        })
        .await;
        open(
            &c,
            &format!("?date=1960-01-01&view=kurils&perspective=japan&lang={lang}"),
        )
        .await;
        let side = text(&c, "[data-ui=legend-side]").await;
        assert!(!side.is_empty());
        open_share(&c).await;
        let file = dir.join("frontier-atlas-kurils-1960-01-01.svg");
        std::fs::remove_file(&file).ok();
        let svg = download(&c, "download-svg", &file).await;
        let svg = String::from_utf8(svg).unwrap();
        let named = svg
            .split("data-part=\"side\"")
            .nth(1)
            .and_then(|rest| rest.split_once('>'))
            .and_then(|(_, rest)| rest.split_once("</text>"))
            .map(|(words, _)| words.to_string());
        assert_eq!(named.as_deref(), Some(side.as_str()), "{lang}");
        let over = overflowing(&c, &svg).await;
        assert!(over.is_empty(), "{lang}: {over:#?}");
        std::fs::write(screenshots().join(format!("map-side-{lang}.svg")), &svg).unwrap();
        let png = download(&c, "download-png", &file.with_extension("png")).await;
        std::fs::write(screenshots().join(format!("map-side-{lang}.png")), &png).unwrap();
        std::fs::remove_file(file.with_extension("png")).ok();
        c.close().await.unwrap();
    }
    std::fs::remove_dir_all(&dir).ok();
}

/// Printing with the table of who held what open: the table is on the paper, after the event,
/// a row for each unit; each citation stays whole, under its passage.
#[tokio::test]
async fn a_printed_page_holds_the_open_table_and_whole_citations() {
    use fantoccini::wd::{PrintConfiguration, PrintSize};
    let c = browser(1280, 800).await;
    open(
        &c,
        "?date=1905-09-05&view=sakhalin&event=treaty-of-portsmouth-1905",
    )
    .await;
    assert!(until(&c, "return !!document.querySelector('article.event[data-event=treaty-of-portsmouth-1905] blockquote')").await);
    open_holders(&c).await;
    emulate_media(&c, "print").await;
    let laid = eval(
        &c,
        "const table = document.querySelector('[data-ui=holders-table]');
         const box = table.getBoundingClientRect();
         const event = document.querySelector('article.event').getBoundingClientRect();
         const sources = [...document.querySelectorAll('.quote-source')];
         return {
             shown: box.height > 0 && getComputedStyle(table).display !== 'none',
             rows: table.querySelectorAll('tbody tr[data-unit]').length,
             after_event: box.top >= event.bottom - 1,
             citations: sources.length,
             whole: sources.every(s => getComputedStyle(s).breakInside === 'avoid'
                 && getComputedStyle(s).breakBefore === 'avoid'),
         }",
    )
    .await;
    emulate_media(&c, "").await;
    assert_eq!(laid["shown"], true, "{laid}");
    assert_eq!(laid["rows"], 13, "{laid}");
    assert_eq!(laid["after_event"], true, "{laid}");
    assert!(laid["citations"].as_u64() > Some(0), "{laid}");
    assert_eq!(laid["whole"], true, "{laid}");
    let config = PrintConfiguration::builder()
        .size(PrintSize::A4)
        .background(true)
        .build()
        .unwrap();
    let pdf = c.print(config).await.unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    // The map, the event and the table take more than the map and the event alone.
    let text = String::from_utf8_lossy(&pdf);
    let pages = [
        "/Type /Page\n",
        "/Type /Page/",
        "/Type /Page ",
        "/Type /Page>",
    ]
    .iter()
    .map(|p| text.matches(p).count())
    .sum::<usize>();
    assert!((2..=4).contains(&pages), "{pages} pages");
    std::fs::write(screenshots().join("print-holders-a4.pdf"), &pdf).unwrap();
    c.close().await.unwrap();
}
