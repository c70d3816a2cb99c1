//! Two maps of one frontier: two dates, two sides, the list of what changed, the link that
//! reproduces the comparison, the swipe on a phone and in a small frame, print, and axe.

use crate::fixtures::*;

/// The holder a map (`a` or `b`) gives a unit.
async fn control_in(c: &Client, side: &str, unit: &str) -> String {
    attr(
        c,
        &format!("[data-ui=map][data-side={side}] [data-unit={unit}]"),
        "data-control",
    )
    .await
}

async fn view_holder_in(c: &Client, side: &str, unit: &str) -> String {
    attr(
        c,
        &format!("[data-ui=map][data-side={side}] [data-unit={unit}]"),
        "data-view-holder",
    )
    .await
}

async fn open_comparison(c: &Client, query: &str) {
    open(c, query).await;
    assert!(
        until(
            c,
            "return !!document.querySelector('[data-ui=map][data-side=b] [data-unit]') && !!document.querySelector('[data-ui=changes]')"
        )
        .await,
        "{query}: two maps and the list of changes"
    );
}

#[tokio::test]
async fn two_dates_the_day_before_and_after_portsmouth() {
    let c = browser(1280, 800).await;
    open_comparison(&c, "?date=1905-09-04&compare=1905-09-06&view=sakhalin").await;
    assert_eq!(control_in(&c, "a", "northern-sakhalin").await, "japan");
    assert_eq!(
        attr(
            &c,
            "[data-ui=map][data-side=a] [data-unit=northern-sakhalin]",
            "data-pattern"
        )
        .await,
        "occupation"
    );
    assert_eq!(control_in(&c, "b", "northern-sakhalin").await, "russia");
    assert_eq!(control_in(&c, "b", "southern-sakhalin").await, "japan");
    let captions = text(&c, "[data-ui=compare]").await;
    assert!(captions.contains("4 September 1905") && captions.contains("6 September 1905"));
    // What changed: the northern half back to Russia, by the Treaty of Portsmouth.
    let north = "[data-ui=changes] li[data-unit=northern-sakhalin]";
    assert!(
        text(&c, north).await.contains("Japan → the Russian Empire"),
        "{}",
        text(&c, north).await
    );
    assert_eq!(
        eval(
            &c,
            "return document.querySelectorAll('[data-ui=changes] > ul > li[data-unit]').length"
        )
        .await,
        2
    );
    assert!(eval(
        &c,
        "return !document.querySelector('[data-ui=changes] li[data-unit=hokkaido]')"
    )
    .await
    .as_bool()
    .unwrap());
    // Its event opens from the list.
    click(
        &c,
        &format!("{north} button[data-event=treaty-of-portsmouth-1905]"),
    )
    .await;
    assert!(until(&c, "return !!document.querySelector('article.event[data-event=treaty-of-portsmouth-1905]')").await);
    screenshot(&c, "compare-dates").await;
    c.close().await.unwrap();
}

#[tokio::test]
async fn two_sides_on_one_date_and_the_link_reproduces_it() {
    let c = browser(1280, 800).await;
    open_comparison(
        &c,
        "?date=1960-01-01&perspective=japan&compare-perspective=russia&view=kurils",
    )
    .await;
    for unit in ["iturup", "kunashir", "shikotan", "habomai"] {
        assert_eq!(view_holder_in(&c, "a", unit).await, "japan", "{unit}");
        assert_eq!(view_holder_in(&c, "b", unit).await, "russia", "{unit}");
        assert_eq!(
            control_in(&c, "a", unit).await,
            control_in(&c, "b", unit).await
        );
        assert!(eval(
            &c,
            &format!("return !!document.querySelector('[data-ui=changes] li[data-unit={unit}]')")
        )
        .await
        .as_bool()
        .unwrap());
    }
    assert_eq!(view_holder_in(&c, "a", "urup").await, "none");
    // Hokkaido is Japan's in both maps: no change.
    assert!(eval(
        &c,
        "return !document.querySelector('[data-ui=changes] li[data-unit=hokkaido]')"
    )
    .await
    .as_bool()
    .unwrap());
    // The second map's own controls: a date and a side; the link follows.
    choose(&c, "[data-ui=compare-perspective]", "").await;
    assert!(
        until(
            &c,
            "return location.search.includes('compare-perspective=as-it-was')"
        )
        .await
    );
    let field = c
        .find(Locator::Css("[data-ui=compare-date]"))
        .await
        .unwrap();
    field.clear().await.unwrap();
    field.send_keys("1950-01-01").await.unwrap();
    click(&c, "[data-ui=compare-go]").await;
    assert!(until(&c, "return location.search.includes('compare=1950-01-01')").await);
    let url = c.current_url().await.unwrap();
    // The same link in a fresh page gives the same two maps.
    let d = browser(1280, 800).await;
    d.goto(url.as_str()).await.unwrap();
    assert!(
        until(
            &d,
            "return !!document.querySelector('[data-ui=map][data-side=b] [data-unit=iturup]')"
        )
        .await
    );
    assert_eq!(view_holder_in(&d, "a", "iturup").await, "japan");
    assert_eq!(
        attr(
            &d,
            "[data-ui=map][data-side=b] [data-unit=iturup]",
            "data-view-holder"
        )
        .await,
        ""
    );
    assert_eq!(control_in(&d, "b", "iturup").await, "russia");
    // Swap, then back to one map.
    click(&d, "[data-ui=compare-swap]").await;
    assert!(until(&d, "return location.search.includes('date=1950-01-01') && location.search.includes('compare=1960-01-01')").await);
    click(&d, "[data-ui=compare-close]").await;
    assert!(until(&d, "return !document.querySelector('[data-ui=compare]') && !location.search.includes('compare')").await);
    d.close().await.unwrap();
    c.close().await.unwrap();
}

#[tokio::test]
async fn the_swipe_on_a_phone_and_in_a_small_frame_by_pointer_and_keyboard() {
    for (width, height, layout) in [(360, 740, ""), (320, 240, "&embed=1")] {
        let c = browser(width, height).await;
        open_comparison(
            &c,
            &format!("?date=1905-09-04&compare=1905-09-06&view=sakhalin{layout}"),
        )
        .await;
        let divider = "[data-ui=swipe]";
        assert!(until(&c, &format!("return getComputedStyle(document.querySelector('{divider}')).display !== 'none'")).await, "{width}×{height}: the divider shows");
        assert_eq!(attr(&c, divider, "aria-valuenow").await, "50");
        // The keyboard: focused, ← and → move it.
        let el = c.find(Locator::Css(divider)).await.unwrap();
        el.send_keys(&Key::Left.to_string()).await.unwrap();
        el.send_keys(&Key::Left.to_string()).await.unwrap();
        assert!(until(&c, &format!("return document.querySelector('{divider}').getAttribute('aria-valuenow') === '40'")).await);
        let clipped =
            "return getComputedStyle(document.querySelector('.compare-map[data-side=b]')).clipPath";
        assert!(eval(&c, clipped)
            .await
            .as_str()
            .unwrap_or_default()
            .contains("40%"));
        // The pointer: dragged to a quarter of the width.
        let moved = format!(
            "const d = document.querySelector('{divider}'); const box = d.parentElement.getBoundingClientRect();
             const at = (x) => ({{bubbles: true, clientX: box.left + x * box.width, clientY: box.top + 20, pointerId: 1}});
             d.dispatchEvent(new PointerEvent('pointerdown', at(0.4)));
             d.dispatchEvent(new PointerEvent('pointermove', at(0.25)));
             d.dispatchEvent(new PointerEvent('pointerup', at(0.25)));
             return true;"
        );
        eval(&c, &moved).await;
        assert!(until(&c, &format!("return document.querySelector('{divider}').getAttribute('aria-valuenow') === '25'")).await);
        // The page does not overflow its frame sideways.
        assert!(eval(
            &c,
            "return document.documentElement.scrollWidth <= window.innerWidth"
        )
        .await
        .as_bool()
        .unwrap());
        screenshot(&c, &format!("compare-swipe-{width}x{height}")).await;
        c.close().await.unwrap();
    }
}

#[tokio::test]
async fn the_comparison_prints_both_maps_and_opens_from_the_atlas() {
    use fantoccini::wd::{PrintConfiguration, PrintSize};
    let c = browser(1280, 800).await;
    open(&c, "?event=treaty-of-portsmouth-1905&view=sakhalin").await;
    assert!(until(&c, "return !!document.querySelector('article.event[data-event=treaty-of-portsmouth-1905]')").await);
    // "Compare": the day before the event beside its day.
    click(&c, "[data-ui=compare-open]").await;
    assert!(until(&c, "return location.search.includes('date=1905-09-04') && location.search.includes('compare=1905-09-05')").await);
    assert!(
        until(
            &c,
            "return !!document.querySelector('[data-ui=map][data-side=b] [data-unit]')"
        )
        .await
    );
    let config = PrintConfiguration::builder()
        .size(PrintSize::A4)
        .background(true)
        .build()
        .unwrap();
    let pdf = c.print(config).await.unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    std::fs::write(screenshots().join("print-compare.pdf"), &pdf).unwrap();
    // In print both maps stand side by side, whatever the screen's layout.
    let printed = "return [...document.querySelectorAll('.compare-map')].map(f => f.getBoundingClientRect().width > 0).every(Boolean)";
    assert!(eval(&c, printed).await.as_bool().unwrap());
    c.close().await.unwrap();
}

#[tokio::test]
async fn axe_finds_no_violation_in_a_comparison_in_any_language() {
    for (width, height) in [(1280, 800), (390, 844)] {
        let c = browser(width, height).await;
        for lang in ["en", "ja", "ru"] {
            open_comparison(&c, &format!("?date=1905-09-04&compare=1905-09-06&compare-perspective=japan&view=sakhalin&lang={lang}")).await;
            let found = accessibility_violations(&c).await;
            assert!(found.is_empty(), "{width}×{height}, {lang}: {found:#?}");
        }
        c.close().await.unwrap();
    }
}

#[tokio::test]
async fn the_share_link_snippet_and_files_carry_the_comparison() {
    let dir = std::env::temp_dir().join(format!("atlas-pair-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let c = browser_with(Options {
        downloads: Some(&dir),
        ..Options::window(1280, 800)
    })
    .await;
    open_comparison(
        &c,
        "?date=1960-01-01&perspective=japan&compare-perspective=russia&view=kurils",
    )
    .await;
    open_share(&c).await;
    let value = |css: &str| format!("return document.querySelector('{css}').value");
    let link = eval(&c, &value("[data-ui=share-link]"))
        .await
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(
        link.contains("compare-perspective=russia") && link.contains("perspective=japan"),
        "{link}"
    );
    assert!(eval(&c, &value("[data-ui=share-snippet]"))
        .await
        .as_str()
        .unwrap_or_default()
        .contains("compare-perspective=russia"));
    let name = "frontier-atlas-kurils-1960-01-01";
    let svg = download(&c, "download-svg", &dir.join(format!("{name}.svg"))).await;
    let png = download(&c, "download-png", &dir.join(format!("{name}.png"))).await;
    c.close().await.unwrap();
    std::fs::remove_dir_all(&dir).ok();
    let svg = String::from_utf8(svg).unwrap();
    // Both maps, each whole with its side.
    assert_eq!(
        svg.matches(" y=\"0\" xmlns=").count(),
        2,
        "the pair's two maps"
    );
    assert_eq!(svg.matches("data-unit=\"iturup\"").count(), 2);
    // The PNG is the same pair, at twice the pixels.
    let png_width = u32::from_be_bytes([png[16], png[17], png[18], png[19]]);
    let at = svg.find(" width=\"").unwrap() + 8;
    let svg_width: f64 = svg[at..at + svg[at..].find('"').unwrap()].parse().unwrap();
    assert!(
        (f64::from(png_width) - 2.0 * svg_width).abs() <= 1.0,
        "{png_width} for {svg_width}"
    );
    std::fs::write(screenshots().join("compare-download.png"), &png).unwrap();
}
