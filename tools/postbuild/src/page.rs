//! Places in the built `index.html` where the jobs write into it.

/// The byte just after the tag that begins with `start` (`<body`, `<meta charset`): where what
/// goes first inside that element, or right after that tag, is written.
pub fn after_tag(page: &str, start: &str) -> Result<usize, String> {
    let at = page
        .find(start)
        .ok_or_else(|| format!("index.html has no {start}>"))?;
    let close = page[at..]
        .find('>')
        .ok_or_else(|| format!("index.html: {start}> is not closed"))?;
    Ok(at + close + 1)
}

/// The byte where `</head>` begins: what goes last in the page's head is written there.
pub fn head_end(page: &str) -> Result<usize, String> {
    page.find("</head>")
        .ok_or_else(|| "index.html has no </head>".to_string())
}

/// `page` with `text` written in at byte `at`.
pub fn insert_at(page: &str, at: usize, text: &str) -> String {
    format!("{}{text}{}", &page[..at], &page[at..])
}
