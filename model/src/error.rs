//! What is wrong with a data file, and where. Loading never panics.
//!
//! A file that cannot be read at all (not JSON, the wrong shape) is one [`DataError`]. Otherwise
//! each bad entry (an event, a source, a feature) is left out alone, as a [`Problem`] that names
//! it and says where in the file it is, and the rest of the file is kept: see [`Read`].

use std::fmt;

/// Why a data file, or one entry of it, could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataError {
    /// The text is not GeoJSON (or, for the other files, not JSON) at all.
    NotGeoJson(String),
    /// The GeoJSON is not a FeatureCollection.
    NotFeatureCollection,
    /// The JSON is not what the file holds (an array of events, of sources…).
    WrongShape(String),
    /// One feature or entry is wrong; `feature` is its id, or `#index` when it has none.
    Feature { feature: String, problem: String },
    /// One event or source is wrong; `entry` is its id, or `#index` when it has none.
    Entry {
        kind: &'static str,
        entry: String,
        problem: String,
    },
    /// Two features have the same id.
    DuplicateId(String),
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataError::NotGeoJson(e) => write!(f, "not GeoJSON: {e}"),
            DataError::NotFeatureCollection => write!(f, "the GeoJSON is not a FeatureCollection"),
            DataError::WrongShape(e) => write!(f, "{e}"),
            DataError::Feature { feature, problem } => write!(f, "feature {feature}: {problem}"),
            DataError::Entry {
                kind,
                entry,
                problem,
            } => write!(f, "{kind} {entry}: {problem}"),
            DataError::DuplicateId(id) => write!(f, "two features have the id “{id}”"),
        }
    }
}

impl std::error::Error for DataError {}

impl DataError {
    pub(crate) fn feature(feature: &str, problem: impl Into<String>) -> DataError {
        DataError::Feature {
            feature: feature.to_string(),
            problem: problem.into(),
        }
    }

    pub(crate) fn entry(kind: &'static str, entry: &str, problem: impl Into<String>) -> DataError {
        DataError::Entry {
            kind,
            entry: entry.to_string(),
            problem: problem.into(),
        }
    }
}

/// A serde_json error's message without the " at line L column C" it ends with: problems carry
/// their place in the whole file instead.
pub(crate) fn message_of(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rsplit_once(" at line ") {
        Some((message, place)) if place.split(" column ").count() == 2 => message.to_string(),
        _ => text,
    }
}

/// A place in a text file: line and column, both counted from 1 (columns in characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    pub line: usize,
    pub column: usize,
}

impl Location {
    /// Where the byte `offset` of `text` is (clamped to the text, and to a character boundary).
    pub fn of_offset(text: &str, offset: usize) -> Location {
        Lines::new(text).of_offset(offset)
    }

    /// Where `part`, a slice borrowed from `text` (a raw JSON value), begins in it.
    pub(crate) fn of_part(text: &str, part: &str) -> Location {
        let offset = (part.as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
        Location::of_offset(text, offset)
    }

    /// Where a serde_json error inside `part` (a slice of `text`) is, in `text`.
    pub(crate) fn of_error_in(text: &str, part: &str, e: &serde_json::Error) -> Location {
        Location::of_error_from(Location::of_part(text, part), e)
    }

    /// Where a serde_json error is, in a text where the part it was found in begins at `start`.
    pub(crate) fn of_error_from(start: Location, e: &serde_json::Error) -> Location {
        if e.line() == 0 {
            start
        } else if e.line() == 1 {
            Location {
                line: start.line,
                column: start.column + e.column().saturating_sub(1),
            }
        } else {
            Location {
                line: start.line + e.line() - 1,
                column: e.column(),
            }
        }
    }

    /// Where a serde_json error over the whole text is.
    pub(crate) fn of_error(e: &serde_json::Error) -> Location {
        Location {
            line: e.line().max(1),
            column: e.column().max(1),
        }
    }
}

/// Places of parts of one text, found in order: each search goes on from the last one, so that
/// placing every entry of a long file costs one pass over it, not one per entry, even when the
/// whole file is one line.
pub(crate) struct Lines<'a> {
    text: &'a str,
    offset: usize,
    line: usize,
    /// Characters from the start of the line to `offset`.
    column: usize,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Lines<'a> {
        Lines {
            text,
            offset: 0,
            line: 1,
            column: 0,
        }
    }

    /// Where `part`, a slice borrowed from the text, begins.
    pub fn of_part(&mut self, part: &str) -> Location {
        let offset = (part.as_ptr() as usize).saturating_sub(self.text.as_ptr() as usize);
        self.of_offset(offset)
    }

    /// Where the byte `offset` is (clamped to the text, and to a character boundary).
    pub fn of_offset(&mut self, offset: usize) -> Location {
        let offset = boundary_at_or_before(self.text, offset);
        if offset < self.offset {
            *self = Lines::new(self.text);
        }
        let skipped = &self.text[self.offset..offset];
        (self.line, self.column) = moved(self.line, self.column, skipped);
        self.offset = offset;
        Location {
            line: self.line,
            column: self.column + 1,
        }
    }
}

/// `offset` clamped to `text` and moved back to a character boundary.
fn boundary_at_or_before(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// The line and the characters into it (from 0) after reading `skipped` from `line`, `column`.
fn moved(line: usize, column: usize, skipped: &str) -> (usize, usize) {
    match skipped.rfind('\n') {
        Some(last) => (
            line + skipped.matches('\n').count(),
            skipped[last + 1..].chars().count(),
        ),
        None => (line, column + skipped.chars().count()),
    }
}

/// A part of a text, and where it begins in the text: what lies inside it is placed by counting
/// from there, in the part alone, never from the top of a long file.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Within<'a> {
    pub at: Location,
    pub part: &'a str,
}

impl Within<'_> {
    /// Where `inner`, a slice borrowed from the part, begins in the whole text.
    pub fn of_part(&self, inner: &str) -> Location {
        let offset = (inner.as_ptr() as usize).saturating_sub(self.part.as_ptr() as usize);
        let offset = boundary_at_or_before(self.part, offset);
        let start = self.at.column.saturating_sub(1);
        let (line, column) = moved(self.at.line, start, &self.part[..offset]);
        Location {
            line,
            column: column + 1,
        }
    }

    /// Where a serde_json error found in `inner`, a slice of the part, is in the whole text.
    pub fn of_error(&self, inner: &str, e: &serde_json::Error) -> Location {
        Location::of_error_from(self.of_part(inner), e)
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// How bad a problem is: an error leaves something out; a warning only points at something a
/// reader of the data should look at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// One problem in a data file and where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub at: Location,
    pub severity: Severity,
    pub error: DataError,
}

impl Problem {
    pub(crate) fn error(at: Location, error: DataError) -> Problem {
        Problem {
            at,
            severity: Severity::Error,
            error,
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}, column {}: {}",
            self.at.line, self.at.column, self.error
        )
    }
}

/// What could be read from a file: everything good in it, and a problem for each entry that
/// was left out. `Err` is kept for a file that could not be read at all.
#[derive(Clone, Debug, PartialEq)]
pub struct Read<T> {
    pub value: T,
    pub problems: Vec<Problem>,
}

impl<T> Read<T> {
    /// The value if nothing was left out, else the first error.
    pub fn strict(self) -> Result<T, DataError> {
        match self.problems.into_iter().find(Problem::is_error) {
            Some(p) => Err(p.error),
            None => Ok(self.value),
        }
    }
}

/// A file that could not be read at all, and where reading stopped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    pub at: Location,
    pub error: DataError,
}

impl fmt::Display for Unreadable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}, column {}: {}",
            self.at.line, self.at.column, self.error
        )
    }
}

impl From<Unreadable> for DataError {
    fn from(u: Unreadable) -> DataError {
        u.error
    }
}

/// One thing found in one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub file: String,
    /// Where in the file, when it is known.
    pub at: Option<Location>,
    pub severity: Severity,
    pub message: String,
}

impl std::fmt::Display for Finding {
    /// `events.json:12:5: error: event b-1: …`, as compilers write it, so that editors and
    /// terminals can jump to the place.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        match self.at {
            Some(at) => write!(f, "{}:{at}: {severity}: {}", self.file, self.message),
            None => write!(f, "{}: {severity}: {}", self.file, self.message),
        }
    }
}

pub type Texts<'a> = &'a dyn Fn(&str) -> Option<String>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_count_lines_and_characters_from_one() {
        let text = "ab\ncdé\nf";
        assert_eq!(
            Location::of_offset(text, 0),
            Location { line: 1, column: 1 }
        );
        assert_eq!(
            Location::of_offset(text, 3),
            Location { line: 2, column: 1 }
        );
        // After "cdé" (é is two bytes): the fourth character of line 2.
        assert_eq!(
            Location::of_offset(text, 7),
            Location { line: 2, column: 4 }
        );
        assert_eq!(
            Location::of_offset(text, 8),
            Location { line: 3, column: 1 }
        );
        // Inside a character, or past the end: clamped, never a panic.
        assert_eq!(
            Location::of_offset(text, 6),
            Location { line: 2, column: 3 }
        );
        assert_eq!(
            Location::of_offset(text, 99),
            Location { line: 3, column: 2 }
        );
    }

    #[test]
    fn an_error_inside_a_part_is_placed_in_the_whole_text() {
        let text = "[\n  {\"a\": 1},\n  {\"a\": x}\n]";
        let start = text.find("{\"a\": x").unwrap();
        let part = &text[start..start + 8];
        let e = serde_json::from_str::<serde_json::Value>(part).unwrap_err();
        let at = Location::of_error_in(text, part, &e);
        assert_eq!(at.line, 3);
        assert_eq!(&text.lines().nth(2).unwrap()[at.column - 1..at.column], "x");
    }

    #[test]
    fn places_found_in_order_or_not_are_the_same() {
        let text = "ab\ncdé\nf\n\nxyz";
        let mut lines = Lines::new(text);
        for offset in [0, 1, 3, 7, 8, 9, 10, 12, 99, 2, 5, 0] {
            assert_eq!(
                lines.of_offset(offset),
                of_offset_slow(text, offset),
                "{offset}"
            );
        }
    }

    #[test]
    fn places_within_a_part_are_those_in_the_whole_text() {
        let text = "[1,\n {\"é\": [2,\n 3], \"b\": 4}, {\"c\": 5}]";
        let start = text.find('{').unwrap();
        let part = &text[start..text.find('}').unwrap() + 1];
        let within = Within {
            at: Location::of_offset(text, start),
            part,
        };
        for inner in ["{", "[2", "3]", "4}", "}"] {
            let offset = part.find(inner).unwrap();
            assert_eq!(
                within.of_part(&part[offset..]),
                of_offset_slow(text, start + offset),
                "{inner}"
            );
        }
        // A slice from elsewhere is clamped to the part, never a panic.
        let _ = within.of_part("elsewhere");
    }

    #[test]
    fn a_long_single_line_is_counted_once() {
        let text = "é,".repeat(1000);
        let mut lines = Lines::new(&text);
        for offset in (0..text.len()).step_by(7) {
            assert_eq!(lines.of_offset(offset), of_offset_slow(&text, offset));
        }
    }

    /// The plain count from the start, to check [`Lines`] against.
    fn of_offset_slow(text: &str, offset: usize) -> Location {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Location {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}
