//! Which rows of a long list are in the page. A record of tens of thousands of events keeps
//! only the rows in view, and a margin either side, as elements: the list's cost follows its
//! height on screen, not the length of the record.

use std::ops::Range;

/// Rows drawn beyond each edge of the view, so that scrolling and tabbing find rows ready.
pub const MARGIN_ROWS: usize = 16;

/// The drawn rows start and end on multiples of this: scrolling a few rows, as following the
/// slider does, leaves the rows in the page as they are.
pub const CHUNK_ROWS: usize = 8;

/// A list of rows of equal height in a box that scrolls.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RowWindow {
    /// The height of a row, in pixels.
    pub row_height: f64,
    /// The height of the box's view, in pixels.
    pub view_height: f64,
    /// How far the box is scrolled, in pixels.
    pub scroll_top: f64,
    /// The number of rows.
    pub count: usize,
}

/// A length in pixels that the arithmetic can use: finite and not negative.
fn px(x: f64) -> f64 {
    if x.is_finite() {
        x.max(0.0)
    } else {
        0.0
    }
}

impl RowWindow {
    fn row(&self) -> f64 {
        let h = px(self.row_height);
        if h > 0.0 {
            h
        } else {
            1.0
        }
    }

    /// The height of the whole list.
    pub fn height(&self) -> f64 {
        self.count as f64 * self.row()
    }

    /// The rows to draw: those in view and at least [`MARGIN_ROWS`] either side, widened to
    /// whole chunks of [`CHUNK_ROWS`].
    pub fn rows(&self) -> Range<usize> {
        let row = self.row();
        let top = px(self.scroll_top);
        let first_seen = (top / row).floor();
        let last_seen = ((top + px(self.view_height)) / row).ceil();
        let clamp = |x: f64| (x.max(0.0) as usize).min(self.count);
        let start = clamp(first_seen).saturating_sub(MARGIN_ROWS) / CHUNK_ROWS * CHUNK_ROWS;
        let end = clamp(last_seen)
            .saturating_add(MARGIN_ROWS)
            .div_ceil(CHUNK_ROWS)
            .saturating_mul(CHUNK_ROWS)
            .min(self.count);
        start..end.max(start)
    }

    /// Where to scroll so that row `index` is in view: where the box is when the row is
    /// already wholly in view, else with the row in the middle of the view.
    pub fn scroll_to_show(&self, index: usize) -> f64 {
        let row = self.row();
        let view = px(self.view_height);
        let top = px(self.scroll_top);
        let row_top = index.min(self.count.saturating_sub(1)) as f64 * row;
        if row_top >= top && row_top + row <= top + view {
            return top;
        }
        let furthest = (self.height() - view).max(0.0);
        (row_top - (view - row) / 2.0).clamp(0.0, furthest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn window(scroll_top: f64, count: usize) -> RowWindow {
        RowWindow {
            row_height: 40.0,
            view_height: 200.0,
            scroll_top,
            count,
        }
    }

    #[test]
    fn the_rows_in_view_and_a_margin_are_drawn() {
        // Rows 0 to 4 are in view: 21 rows with the margin, 24 in whole chunks.
        assert_eq!(window(0.0, 50_000).rows(), 0..24);
        // Rows 1000 to 1004 in view: 984..1021 with the margin, 984..1024 in chunks.
        let middle = window(40.0 * 1000.0, 50_000).rows();
        assert_eq!(middle, 984..1024);
        for top in [0.0, 1234.5, 39_999.0, 40.0 * 49_990.0] {
            let w = window(top, 50_000);
            let rows = w.rows();
            let seen = (top / 40.0) as usize..((top + 200.0) / 40.0).ceil() as usize;
            assert!(
                rows.start + MARGIN_ROWS <= seen.start.max(MARGIN_ROWS),
                "{rows:?}"
            );
            assert!(rows.end >= (seen.end + MARGIN_ROWS).min(50_000), "{rows:?}");
            assert_eq!(rows.start % CHUNK_ROWS, 0);
        }
        // Following the slider a row at a time keeps the same rows in the page.
        assert_eq!(window(40.0 * 1001.0, 50_000).rows(), middle);
        assert_eq!(window(0.0, 3).rows(), 0..3);
        assert_eq!(window(0.0, 0).rows(), 0..0);
        // Scrolled past the end (the list just got shorter): the last rows, never a panic.
        let past = window(1e9, 10).rows();
        assert!(past.end == 10 && past.start <= past.end, "{past:?}");
    }

    #[test]
    fn nonsense_sizes_give_a_window_not_a_panic() {
        for (row, view, top) in [
            (f64::NAN, 200.0, 0.0),
            (0.0, 200.0, 0.0),
            (-5.0, f64::INFINITY, -10.0),
            (40.0, f64::NAN, f64::NAN),
        ] {
            let w = RowWindow {
                row_height: row,
                view_height: view,
                scroll_top: top,
                count: 100,
            };
            let rows = w.rows();
            assert!(rows.start <= rows.end && rows.end <= 100, "{rows:?}");
            assert!(w.scroll_to_show(50).is_finite());
        }
    }

    #[test]
    fn a_row_out_of_view_is_centred_and_one_in_view_stays_put() {
        let w = window(400.0, 100);
        // Rows 10 to 14 are in view.
        assert_eq!(w.scroll_to_show(12), 400.0);
        // Row 50 comes to the middle: its top at 2000, the view 200 high, the row 40.
        assert_eq!(w.scroll_to_show(50), 2000.0 - 80.0);
        // The first and last rows cannot be centred: the box stops at its ends.
        assert_eq!(w.scroll_to_show(0), 0.0);
        assert_eq!(w.scroll_to_show(99), 4000.0 - 200.0);
        assert_eq!(w.scroll_to_show(1000), 4000.0 - 200.0);
    }
}
