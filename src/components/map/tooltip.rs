use super::context::MapContext;
use crate::state::Ui;
use atlas_model::status::Pattern;
use leptos::prelude::*;

/// Room kept between the tooltip and the pointer, in pixels.
const GAP_PX: f64 = 14.0;
/// Width the tooltip is assumed to need when choosing its side (see `public/map.css`).
const WIDTH_PX: f64 = 260.0;
const HEIGHT_PX: f64 = 130.0;

/// The tooltip of the territory under the pointer or keyboard focus: its name in three
/// languages, who held it since when and by which event.
#[component]
pub fn MapTooltip() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let ctx = MapContext::expect();
    let hover = ctx.hover;
    let screen = ctx.screen;
    let status = ctx.status.clone();
    let events = ctx.events.clone();
    let names = ctx.clone();
    // The content follows the unit only; the position follows the pointer.
    let unit = Memo::new(move |_| hover.get().map(|h| h.unit));
    let content = move || {
        let i = unit.get()?;
        let atlas = ui.atlas();
        let t = atlas.territories.units.get(i)?;
        let s = status.get(i)?.get();
        let held = match s.interval.and_then(|k| t.control.get(k).map(|c| (k, c))) {
            Some((k, c)) => {
                let event = events
                    .get(i)
                    .and_then(|e| e.get(k).copied().flatten())
                    .and_then(|e| atlas.event(e))
                    .map_or_else(|| c.event.clone(), |e| e.title.clone());
                format!(
                    "Held by {} since {} ({event}).",
                    names.party_in_text(c.party),
                    c.from.human()
                )
            }
            None => match t.control.first() {
                Some(c) => format!("No holder recorded before {}.", c.from.human()),
                None => "No holder recorded.".to_string(),
            },
        };
        let how = s.pattern.map(|p| match p {
            Pattern::Occupation => "Under military occupation, before any transfer of sovereignty.",
            Pattern::Contested => "Contested: the other side held parts of it in the fighting.",
            Pattern::Joint => "Held in common, with no border drawn across it.",
        });
        let claimed = s
            .disputed_by
            .map(|by| format!("Claimed by {}.", names.party_in_text(by)));
        let names = t.names.clone();
        Some(view! {
            <p class="tooltip-name" lang="en">{names.en}</p>
            <p class="tooltip-names">
                <span lang="ja">{names.ja}</span>
                " · "
                <span lang="ru">{names.ru}</span>
            </p>
            <p class="tooltip-held">{held}</p>
            {how.map(|h| view! { <p class="tooltip-how">{h}</p> })}
            {claimed.map(|c| view! { <p class="tooltip-claimed">{c}</p> })}
            <p class="tooltip-hint">
                {if s.interval.is_some() { "Click or press Enter for the event." } else { "" }}
            </p>
        })
    };
    let position = move || {
        let h = hover.get()?;
        let (w, sh) = screen.get();
        // Beside the point, on the side with room, and always on the map.
        let side = |at: f64, size: f64, room: f64| {
            let wanted = if at + GAP_PX + size > room {
                at - GAP_PX - size
            } else {
                at + GAP_PX
            };
            wanted.min(room - size - 4.0).max(4.0)
        };
        Some((side(h.x, WIDTH_PX, w), side(h.y, HEIGHT_PX, sh)))
    };
    // Placed through the CSSOM, which a Content-Security-Policy allows, not a `style` attribute.
    let tooltip = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let (Some(el), Some((left, top))) = (tooltip.get(), position()) {
            let style = web_sys::HtmlElement::style(&el);
            let _ = style.set_property("left", &format!("{left:.0}px"));
            let _ = style.set_property("top", &format!("{top:.0}px"));
        }
    });
    view! {
        <div
            node_ref=tooltip
            class="map-tooltip"
            id=ctx.id("tooltip")
            role="tooltip"
            data-ui="map-tooltip"
            data-for=move || unit.get().and_then(|i| ui.atlas().territories.units.get(i).map(|t| t.id.clone()))
            hidden=move || hover.get().is_none()
        >
            {content}
        </div>
    }
}
