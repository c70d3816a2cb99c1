//! Territory units and who controlled them when.
//!
//! A unit is a piece of land whose status at some time differed from its neighbour's (Iturup,
//! the Habomai islets, southern Sakhalin, the Khalkhin Gol strip, …). Its `control` is a list of
//! contiguous intervals: each starts on the first day of its `from` date and ends, exclusive, on
//! the first day of its `until` date (`None`: still today). Before the first interval the atlas
//! says nothing about the unit.
//!
//! Reading `territories.geojson` is in `read.rs`.

mod read;

use crate::date::{Date, Day};
use crate::error::DataError;
use crate::party::Party;
use crate::record::Region;
use crate::text::Names;
use geo::{BoundingRect, Intersects, MultiPolygon, Point, Rect};
use serde::{Deserialize, Serialize};

/// How a party held a unit, when it was not plain sovereign control.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ControlKind {
    /// Military occupation, before (or without) a transfer of sovereignty.
    Occupation,
    /// Fought over: `party` held it before and after, but the other side held parts of it.
    Contested,
}

/// One period of control of a unit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ControlInterval {
    pub party: Party,
    pub from: Date,
    /// Exclusive; `None` while it lasts today.
    pub until: Option<Date>,
    /// The id of the event (in `events.json`) that began this period; `None` for a period that
    /// began before the record's first event, which then has a `reference`.
    pub event: Option<String>,
    /// For a period the documents do not date (background): its standard reference.
    pub reference: Option<String>,
    pub kind: Option<ControlKind>,
}

impl ControlInterval {
    /// The first day of the period.
    pub fn start(&self) -> Day {
        self.from.first_day()
    }

    /// The first day after the period, if it has ended.
    pub fn end(&self) -> Option<Day> {
        self.until.map(|u| u.first_day())
    }

    pub fn contains(&self, day: Day) -> bool {
        self.start() <= day && self.end().is_none_or(|end| day < end)
    }
}

/// A territory unit with its control history and its land.
#[derive(Clone, Debug, PartialEq)]
pub struct Territory {
    pub id: String,
    pub names: Names,
    pub region: Region,
    /// Sorted, contiguous, non-empty.
    pub control: Vec<ControlInterval>,
    pub geometry: MultiPolygon<f64>,
    /// Where its name goes (longitude, latitude): a point inside its largest part, chosen by the
    /// data pipeline so that the app needs no polygon algorithm for it.
    pub label: Option<(f64, f64)>,
    bounds: Rect<f64>,
}

impl Territory {
    /// Builds a unit, checking that its control intervals are non-empty, ordered and contiguous.
    pub fn new(
        id: String,
        names: Names,
        region: Region,
        control: Vec<ControlInterval>,
        geometry: MultiPolygon<f64>,
    ) -> Result<Territory, DataError> {
        names.check().map_err(|p| DataError::feature(&id, p))?;
        check_control(&control).map_err(|p| DataError::feature(&id, p))?;
        let bounds = geometry
            .bounding_rect()
            .ok_or_else(|| DataError::feature(&id, "its geometry is empty"))?;
        Ok(Territory {
            id,
            names,
            region,
            control,
            geometry,
            label: None,
            bounds,
        })
    }

    /// Who controlled the unit on `day`: `None` before its first date.
    pub fn controller_at(&self, day: Day) -> Option<&ControlInterval> {
        // Intervals are contiguous and sorted: the one that contains the day is the last one
        // starting on or before it, unless that one has already ended.
        let after = self.control.partition_point(|c| c.start() <= day);
        let candidate = self.control.get(after.checked_sub(1)?)?;
        candidate.contains(day).then_some(candidate)
    }

    /// The first day the atlas knows who held the unit.
    pub fn first_day(&self) -> Day {
        self.control[0].start()
    }

    /// Whether the point (longitude, latitude) lies in the unit (edges included).
    pub fn covers(&self, point: Point<f64>) -> bool {
        self.bounds.intersects(&point) && self.geometry.intersects(&point)
    }
}

fn check_control(control: &[ControlInterval]) -> Result<(), String> {
    if control.is_empty() {
        return Err("it has no control intervals".into());
    }
    for (i, c) in control.iter().enumerate() {
        let named = |t: &Option<String>| t.as_deref().is_some_and(|t| !t.trim().is_empty());
        if !named(&c.event) && !named(&c.reference) {
            return Err(format!(
                "control interval {i} has neither an event nor a reference"
            ));
        }
        if let Some(end) = c.end() {
            if end <= c.start() {
                return Err(format!(
                    "control interval {i} ends ({}) before it starts ({})",
                    c.until.map(|u| u.to_string()).unwrap_or_default(),
                    c.from
                ));
            }
        }
    }
    for (i, pair) in control.windows(2).enumerate() {
        match pair[0].end() {
            None => {
                return Err(format!(
                    "control interval {i} never ends but is not the last"
                ))
            }
            Some(end) if end < pair[1].start() => {
                return Err(format!(
                    "gap between control intervals {i} and {}: {} to {}",
                    i + 1,
                    end,
                    pair[1].from
                ))
            }
            Some(end) if end > pair[1].start() => {
                return Err(format!(
                    "control intervals {i} and {} overlap ({} is before {})",
                    i + 1,
                    pair[1].from,
                    end
                ))
            }
            Some(_) => {}
        }
    }
    Ok(())
}

/// All territory units of `territories.geojson`, in file order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Territories {
    pub units: Vec<Territory>,
}

impl Territories {
    pub fn iter(&self) -> impl Iterator<Item = &Territory> {
        self.units.iter()
    }

    pub fn get(&self, id: &str) -> Option<&Territory> {
        self.units.iter().find(|t| t.id == id)
    }

    /// The unit under a point (longitude, latitude) and who held it on `day` (`None` before the
    /// unit's first date). `None` when the point is in no unit (sea, context land).
    pub fn unit_at(
        &self,
        point: Point<f64>,
        day: Day,
    ) -> Option<(&Territory, Option<&ControlInterval>)> {
        self.units
            .iter()
            .find(|t| t.covers(point))
            .map(|t| (t, t.controller_at(day)))
    }

    /// Every unit with its controller on `day` (for colouring the map).
    pub fn at(&self, day: Day) -> impl Iterator<Item = (&Territory, Option<&ControlInterval>)> {
        self.units.iter().map(move |t| (t, t.controller_at(day)))
    }
}

#[cfg(test)]
mod tests;
