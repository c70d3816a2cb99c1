use super::context::MapContext;
use crate::platform::resize::on_resize;
use crate::state::Ui;
use atlas_model::holding::Holding;
use atlas_model::key;
use atlas_model::status::Pattern;
use leptos::prelude::*;

/// Room kept between the tooltip and the pointer, in pixels.
const GAP_PX: f64 = 14.0;
/// The room the tooltip is assumed to need before it has been measured (see `public/map.css`).
const WIDTH_PX: f64 = 260.0;
const HEIGHT_PX: f64 = 130.0;

/// The tooltip of the territory under the pointer or keyboard focus: its name in three
/// languages, who held it since when and by which event.
#[component]
pub fn MapTooltip() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let ctx = MapContext::expect();
    let ctx_side = ctx.shown.side;
    let hover = ctx.hover;
    let screen = ctx.screen;
    let status = ctx.status.clone();
    let side_view = ctx.side_view.clone();
    let names = ctx.clone();
    // The content follows the unit only; the position follows the pointer.
    let unit = Memo::new(move |_| hover.get().map(|h| h.unit));
    let content = move || {
        let i = unit.get()?;
        let atlas = ui.atlas();
        let t = atlas.territories.units.get(i)?;
        let s = status.get(i)?.get();
        let lang = ui.lang.get();
        let i18n = ui.i18n;
        let held = match s.interval.and_then(|k| Holding::of(&atlas, i, k)) {
            Some(holding) => holding_words(i18n, &names, &atlas, holding),
            None => match t.control.first() {
                Some(c) => i18n.fill(key::TOOLTIP_NONE_BEFORE, &[("date", &i18n.date(c.from))]),
                None => i18n.t(key::TOOLTIP_NONE),
            },
        };
        let how = s.pattern.map(|p| match p {
            Pattern::Occupation => i18n.t(key::TOOLTIP_OCCUPATION),
            Pattern::Contested => i18n.t(key::TOOLTIP_CONTESTED),
            Pattern::Joint => i18n.t(key::TOOLTIP_JOINT),
        });
        let claimed = s.disputed_by.map(|by| {
            i18n.fill(
                key::TOOLTIP_CLAIMED_BY,
                &[("party", &names.party_in_text(by))],
            )
        });
        let seen = side_view
            .get(i)?
            .get()
            .zip(ctx_side.get())
            .map(|(v, side)| {
                let words = super::territories::standing_words(&v, &s, &names);
                i18n.fill(
                    key::TOOLTIP_IN_VIEW,
                    &[("side", &names.party_in_text(side)), ("view", &words)],
                )
            });
        let all = t.names.clone();
        let others: Vec<_> = atlas_model::Lang::ALL
            .into_iter()
            .filter(|l| *l != lang)
            .map(|l| view! { <span lang=l.key()>{all.get(l).to_string()}</span> })
            .collect();
        let mut others = others.into_iter();
        let (first, second) = (others.next(), others.next());
        Some(view! {
            <p class="tooltip-name" lang=lang.key()>{all.get(lang).to_string()}</p>
            <p class="tooltip-names">{first}" · "{second}</p>
            <p class="tooltip-held">{held}</p>
            {how.map(|h| view! { <p class="tooltip-how">{h}</p> })}
            {claimed.map(|c| view! { <p class="tooltip-claimed">{c}</p> })}
            {seen.map(|c| view! { <p class="tooltip-view">{c}</p> })}
            <p class="tooltip-hint">
                {if s.interval.is_some() { i18n.t(key::TOOLTIP_HINT) } else { String::new() }}
            </p>
        })
    };
    // Placed through the CSSOM, which a Content-Security-Policy allows, not a `style` attribute.
    let tooltip = NodeRef::<leptos::html::Div>::new();
    // Its size as laid out (its words vary from one line to seven), measured after layout.
    let size = RwSignal::new((WIDTH_PX, HEIGHT_PX));
    on_resize(
        move || {
            tooltip
                .get_untracked()
                .into_iter()
                .map(Into::into)
                .collect()
        },
        move || {
            if let Some(el) = tooltip.get_untracked() {
                let measured = (f64::from(el.offset_width()), f64::from(el.offset_height()));
                if measured.0 > 0.0 && measured.1 > 0.0 && size.get_untracked() != measured {
                    size.set(measured);
                }
            }
        },
    );
    let position = move || {
        let h = hover.get()?;
        let (w, sh) = screen.get();
        let (width, height) = size.get();
        // Beside the point, on the side with room, and always on the map.
        let side = |at: f64, size: f64, room: f64| {
            let wanted = if at + GAP_PX + size > room {
                at - GAP_PX - size
            } else {
                at + GAP_PX
            };
            wanted.min(room - size - 4.0).max(4.0)
        };
        Some((side(h.x, width, w), side(h.y, height, sh)))
    };
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

/// What the tooltip says of the period of control behind a unit's status.
fn holding_words(
    i18n: crate::state::I18n,
    names: &MapContext,
    atlas: &atlas_model::Atlas,
    holding: Holding,
) -> String {
    let background = |key, party: atlas_model::Party, date, reference: &str| {
        i18n.fill(
            key,
            &[
                ("party", &names.party_in_text(party)),
                ("date", &i18n.date(date)),
                ("reference", reference),
            ],
        )
    };
    match holding {
        Holding::ByEvent {
            party,
            from,
            event,
            event_id,
        } => {
            let event = event
                .and_then(|e| atlas.event(e))
                .map_or_else(|| event_id.to_string(), |e| i18n.title(e).0);
            i18n.fill(
                key::TOOLTIP_HELD_SINCE,
                &[
                    ("party", &names.party_in_text(party)),
                    ("date", &i18n.date(from)),
                    ("event", &event),
                ],
            )
        }
        Holding::Background {
            party,
            from,
            reference,
        } => background(key::TOOLTIP_HELD_SINCE_BACKGROUND, party, from, reference),
        Holding::AtStart {
            party,
            first,
            reference,
        } => background(
            key::TOOLTIP_HELD_AT_START_BACKGROUND,
            party,
            first,
            reference,
        ),
        Holding::NoState {
            until: Some(until),
            reference,
        } => i18n.fill(
            key::TOOLTIP_NO_STATE_UNTIL,
            &[("until", &i18n.date(until)), ("reference", reference)],
        ),
        Holding::NoState {
            until: None,
            reference,
        } => i18n.fill(key::TOOLTIP_NO_STATE, &[("reference", reference)]),
    }
}
