//! What the time slider's parts share: the scale, playback and the thumb's dragged position.

use super::playback::Playback;
use crate::state::Ui;
use atlas_model::timeline::Scale;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone)]
pub struct TimelineContext {
    /// Days to slider positions and back.
    pub scale: Arc<Scale>,
    pub playback: Playback,
    /// The slider's own position while it is dragged: kept as long as it still reads as the
    /// current day, so the thumb follows the pointer instead of snapping to the day's start.
    pub dragged: StoredValue<Option<f64>>,
}

impl TimelineContext {
    /// Builds the timeline's context from the shared state and provides it to its parts.
    pub fn new(ui: Ui) -> TimelineContext {
        let ctx = TimelineContext {
            scale: Arc::new(ui.atlas().scale()),
            playback: Playback::new(ui),
            dragged: StoredValue::new(None),
        };
        provide_context(ctx.clone());
        ctx
    }

    /// The context of the timeline this part belongs to.
    pub fn expect() -> TimelineContext {
        expect_context::<TimelineContext>()
    }

    /// Stops playback and forgets a drag: the date is about to be set another way.
    pub fn interrupt(&self) {
        self.playback.stop();
        self.dragged.set_value(None);
    }
}
