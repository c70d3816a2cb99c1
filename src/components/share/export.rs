//! The map as shown, as a self-contained SVG file: the map's own SVG with every style written
//! into presentation attributes (no stylesheet, no CSS variables: it opens alike in a browser
//! and in Inkscape), framed by the date and event above, the legend over the map, and the
//! attribution below.

#[cfg(target_arch = "wasm32")]
mod browser {
    use wasm_bindgen::JsCast;
    use web_sys::{Document, Element};

    /// The properties copied from the page's styles onto each element of the copy.
    const SHAPE: [&str; 12] = [
        "fill",
        "fill-opacity",
        "fill-rule",
        "stroke",
        "stroke-width",
        "stroke-opacity",
        "stroke-dasharray",
        "stroke-linejoin",
        "stroke-linecap",
        "opacity",
        "paint-order",
        "vector-effect",
    ];
    const TEXT: [&str; 6] = [
        "font-family",
        "font-size",
        "font-weight",
        "font-style",
        "text-anchor",
        "letter-spacing",
    ];
    /// Room above the map for the date and event, and below it for the attribution, in pixels.
    const HEAD: f64 = 44.0;
    const FOOT: f64 = 62.0;

    fn escape(text: &str) -> String {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    }

    /// Writes the computed style of `live` onto `copy`, and so down both trees; an element the
    /// page does not display is left out.
    fn inline_styles(live: &Element, copy: &Element) {
        let Some(style) = web_sys::window().and_then(|w| w.get_computed_style(live).ok().flatten())
        else {
            return;
        };
        if style.get_property_value("display").ok().as_deref() == Some("none") {
            copy.remove();
            return;
        }
        let text = matches!(live.tag_name().as_str(), "text" | "tspan");
        for property in SHAPE
            .iter()
            .chain(if text { TEXT.iter() } else { [].iter() })
        {
            if let Ok(value) = style.get_property_value(property) {
                if !value.is_empty() && value != "normal" {
                    let _ = copy.set_attribute(property, &value);
                }
            }
        }
        copy.remove_attribute("class").ok();
        copy.remove_attribute("tabindex").ok();
        let (live_children, copy_children) = (live.children(), copy.children());
        // Collected first: leaving out a child changes the copy's list.
        let pairs: Vec<(Element, Element)> = (0..live_children.length())
            .filter_map(|i| Some((live_children.item(i)?, copy_children.item(i)?)))
            .collect();
        for (l, c) in pairs {
            inline_styles(&l, &c);
        }
    }

    /// The legend's entries shown, as SVG rows: a swatch or line sample, and the words.
    fn legend(doc: &Document, x: f64, bottom: f64) -> String {
        let Ok(items) = doc.query_selector_all("body > .atlas .map-legend li:not([hidden])") else {
            return String::new();
        };
        let window = web_sys::window();
        let style_of = |e: &Element| window.as_ref()?.get_computed_style(e).ok().flatten();
        let mut rows = Vec::new();
        for i in 0..items.length() {
            let Some(li) = items.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            let words = escape(li.text_content().unwrap_or_default().trim());
            let y = rows.len() as f64 * 18.0;
            let sample = if let Ok(Some(path)) = li.query_selector("svg path") {
                let s = style_of(&path);
                let get = |p: &str| {
                    s.as_ref()
                        .and_then(|s| s.get_property_value(p).ok())
                        .unwrap_or_default()
                };
                format!(
                    "<path d=\"M0 {m}H22\" fill=\"none\" stroke=\"{}\" stroke-width=\"{}\" stroke-dasharray=\"{}\"/>",
                    get("stroke"),
                    get("stroke-width"),
                    get("stroke-dasharray"),
                    m = y + 6.0
                )
            } else if let Ok(Some(bands)) = li.query_selector("svg.swatch") {
                // A party's colour, or the bands of land held in common: its rectangles.
                let mut rects = String::new();
                if let Ok(list) = bands.query_selector_all("rect") {
                    for k in 0..list.length() {
                        if let Some(r) = list.item(k).and_then(|n| n.dyn_into::<Element>().ok()) {
                            rects.push_str(&r.outer_html());
                        }
                    }
                }
                format!(
                    "<svg y=\"{y}\" width=\"22\" height=\"12\" viewBox=\"0 0 16 10\" \
                     preserveAspectRatio=\"none\">{rects}</svg>\
                     <rect y=\"{y}\" width=\"22\" height=\"12\" fill=\"none\" stroke=\"#8a8577\"/>"
                )
            } else if let Ok(Some(swatch)) = li.query_selector(".swatch") {
                let s = style_of(&swatch);
                let get = |p: &str| {
                    s.as_ref()
                        .and_then(|s| s.get_property_value(p).ok())
                        .unwrap_or_default()
                };
                let dashed = get("border-top-style") == "dashed";
                // Hatching drawn as lines: the page draws it with CSS gradients.
                let class = swatch.get_attribute("class").unwrap_or_default();
                let mut hatch = String::new();
                if class.contains("occupation") || class.contains("contested") {
                    for k in 0..6 {
                        let x = f64::from(k) * 5.0 - 6.0;
                        hatch.push_str(&format!("M{x} 12l12 -12"));
                    }
                }
                if class.contains("contested") {
                    for k in 0..6 {
                        let x = f64::from(k) * 5.0;
                        hatch.push_str(&format!("M{x} 12l-12 -12"));
                    }
                }
                let hatch = if hatch.is_empty() {
                    String::new()
                } else {
                    format!(
                        "<svg y=\"{y}\" width=\"22\" height=\"12\">\
                         <path d=\"{hatch}\" stroke=\"#14182099\" stroke-width=\"1.5\"/></svg>"
                    )
                };
                format!(
                    "<rect y=\"{y}\" width=\"22\" height=\"12\" fill=\"{}\"/>{hatch}\
                     <rect y=\"{y}\" width=\"22\" height=\"12\" fill=\"none\" stroke=\"{}\"{}/>",
                    get("background-color"),
                    get("border-top-color"),
                    if dashed {
                        " stroke-dasharray=\"3 2\" stroke-width=\"2\""
                    } else {
                        ""
                    }
                )
            } else {
                String::new()
            };
            rows.push(format!(
                "{sample}<text x=\"30\" y=\"{}\" font-size=\"12\">{words}</text>",
                y + 10.0
            ));
        }
        if rows.is_empty() {
            return String::new();
        }
        let height = rows.len() as f64 * 18.0 + 12.0;
        format!(
            "<g font-family=\"system-ui, sans-serif\" fill=\"#1b2430\">\
             <rect x=\"{x}\" y=\"{}\" width=\"210\" height=\"{height}\" rx=\"4\" fill=\"#ffffff\" fill-opacity=\"0.94\" stroke=\"#c9c2b3\"/>\
             <g transform=\"translate({} {})\">{}</g></g>",
            bottom - height,
            x + 8.0,
            bottom - height + 8.0,
            rows.join("")
        )
    }

    /// The sentences of a text, split after a full stop that does not end an initial
    /// ("P. Wessel & W. H. F. Smith" stays whole).
    fn sentences(text: &str) -> Vec<&str> {
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
            if !initial {
                out.push(&text[start..=at]);
                start = at + 2;
            }
        }
        out.push(&text[start..]);
        out
    }

    /// The map as shown, with `title` above it, as the text of an SVG file.
    pub fn map_svg(title: &str) -> Option<String> {
        let doc = web_sys::window()?.document()?;
        let map = doc.query_selector("body > .atlas [data-ui=map]").ok()??;
        let svg = map.query_selector(".map-surface > svg").ok()??;
        let rect = svg.get_bounding_client_rect();
        let (width, height) = (rect.width().round(), rect.height().round());
        if width < 1.0 || height < 1.0 {
            return None;
        }
        let copy: Element = svg.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
        inline_styles(&svg, &copy);
        for (name, value) in [
            ("x", "0".to_string()),
            ("y", HEAD.to_string()),
            ("width", width.to_string()),
            ("height", height.to_string()),
        ] {
            copy.set_attribute(name, &value).ok()?;
        }
        copy.remove_attribute("role").ok();
        let map_xml = web_sys::XmlSerializer::new()
            .ok()?
            .serialize_to_string(&copy)
            .ok()?;
        let credits = map
            .query_selector(".map-attribution")
            .ok()
            .flatten()
            .and_then(|c| c.get_attribute("title"))
            .unwrap_or_default();
        let total = HEAD + height + FOOT;
        Some(format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
             <svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{total}\" \
             viewBox=\"0 0 {width} {total}\">\n\
             <title>{title}</title>\n\
             <rect width=\"{width}\" height=\"{total}\" fill=\"#ffffff\"/>\n\
             <text x=\"12\" y=\"28\" font-family=\"system-ui, sans-serif\" font-size=\"17\" \
             font-weight=\"600\" fill=\"#1b2430\">{title}</text>\n\
             {map_xml}\n\
             {legend}\n\
             <text font-family=\"system-ui, sans-serif\" font-size=\"10\" fill=\"#5b6675\">{credits}</text>\n\
             </svg>\n",
            title = escape(title),
            legend = legend(&doc, 8.0, HEAD + height - 8.0),
            // A sentence a line: the licences must be read whole.
            credits = sentences(&credits)
                .iter()
                .enumerate()
                .map(|(k, line)| format!(
                    "<tspan x=\"12\" y=\"{}\">{}</tspan>",
                    HEAD + height + 15.0 + 12.0 * k as f64,
                    escape(line)
                ))
                .collect::<String>(),
        ))
    }

    /// Offers the address `href` (an object or data URL) to the reader as a file named `name`.
    pub fn save(name: &str, href: &str) -> Option<()> {
        let doc = web_sys::window()?.document()?;
        let link: web_sys::HtmlAnchorElement = doc.create_element("a").ok()?.dyn_into().ok()?;
        link.set_href(href);
        link.set_download(name);
        link.click();
        Some(())
    }

    /// Offers `text` to the reader as a file named `name`.
    pub fn download(name: &str, text: &str, mime: &str) -> Option<()> {
        let doc = web_sys::window()?.document()?;
        let parts = js_sys::Array::of1(&text.into());
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let link: web_sys::HtmlAnchorElement = doc.create_element("a").ok()?.dyn_into().ok()?;
        link.set_href(&url);
        link.set_download(name);
        link.click();
        // The download has its own copy once started.
        gloo::timers::callback::Timeout::new(10_000, move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        })
        .forget();
        Some(())
    }
}

/// Offers the map as shown as a PNG file, at twice the pixels of the screen; `false` if there
/// is no map to draw.
pub fn download_png(file_name: &str, title: &str) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        browser::map_svg(title)
            .and_then(|svg| super::raster::paint(&svg, 2.0))
            .and_then(|canvas| canvas.to_data_url_with_type("image/png").ok())
            .and_then(|url| browser::save(file_name, &url))
            .is_some()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (file_name, title);
        false
    }
}

/// Offers the map as shown as an SVG file; `false` if there is no map to draw.
pub fn download_svg(file_name: &str, title: &str) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        browser::map_svg(title)
            .and_then(|svg| browser::download(file_name, &svg, "image/svg+xml"))
            .is_some()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (file_name, title);
        false
    }
}
