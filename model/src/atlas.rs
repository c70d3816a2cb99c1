//! The whole atlas as read from `geodata/`: the data files checked, the geography projected
//! and the indices built once, so that any day ([`crate::moment::Moment`]) is a few look-ups.

use crate::base::Base;
use crate::claim::Claims;
use crate::config::{AtlasConfig, ViewId};
use crate::date::{Date, Day};
use crate::perspective::Perspectives;
use crate::projection::Lambert;
use crate::record::{Event, Record};
use crate::scene::{MapBox, Scene};
use crate::status::StatusIndex;
use crate::territory::Territories;
use crate::timeline::Scale;
use crate::viewport::part_boxes;

/// Everything read from `geodata/`, checked and projected once.
pub struct Atlas {
    pub config: AtlasConfig,
    pub record: Record,
    pub territories: Territories,
    pub claims: Claims,
    pub scene: Scene,
    /// Which claimed areas each unit lies in: what each unit shows on a day.
    pub status: StatusIndex,
    /// Which claims can change each side's view of each unit.
    pub perspectives: Perspectives,
    /// For each unit, the projected box of each of its polygons.
    pub parts: Vec<Vec<MapBox>>,
    /// For each unit and control interval, the index of its event in the record.
    pub control_events: Vec<Vec<Option<usize>>>,
    /// The slider's first day: the start of the first event's year (never after `today`).
    pub first_day: Day,
    pub today: Day,
}

/// The earliest year the slider shows when the record is empty.
const FALLBACK_START: i32 = 1700;

impl Atlas {
    pub fn new(
        config: AtlasConfig,
        record: Record,
        territories: Territories,
        claims: Claims,
        base: Base,
        today: Day,
    ) -> Atlas {
        let scene = Scene::build(&territories, &claims, &base, Lambert::default());
        let status = StatusIndex::new(&territories, &claims, &config.parties);
        let perspectives = Perspectives::new(&territories, &claims);
        let parts = territories
            .iter()
            .map(|t| part_boxes(&t.geometry, &scene))
            .collect();
        let control_events = territories
            .iter()
            .map(|t| {
                t.control
                    .iter()
                    .map(|c| c.event.as_deref().and_then(|e| record.index_of(e)))
                    .collect()
            })
            .collect();
        let first_year = record
            .events()
            .first()
            .map(|e| e.date.year_number())
            .unwrap_or(FALLBACK_START);
        Atlas {
            config,
            record,
            territories,
            claims,
            scene,
            status,
            perspectives,
            parts,
            control_events,
            first_day: Date::year(first_year).first_day().min(today),
            today,
        }
    }

    pub fn event(&self, index: usize) -> Option<&Event> {
        self.record.events().get(index)
    }

    /// The day a link or a control asks for, kept within the slider's span.
    pub fn clamp(&self, day: Day) -> Day {
        day.max(self.first_day).min(self.today)
    }

    /// The slider's scale: days to positions, with more room where events crowd.
    pub fn scale(&self) -> Scale {
        Scale::new(
            self.record.events().iter().map(Event::day),
            self.first_day,
            self.today,
        )
    }

    /// The projected box of a view preset.
    pub fn view_box(&self, view: ViewId) -> MapBox {
        self.scene.box_of(self.config.view(view).bounds)
    }
}
