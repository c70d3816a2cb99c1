//! The event list's filter: by region, by document (or background) and by kind.

use crate::record::{Basis, Event, Kind, Region};

/// Which documents an event must stand on to pass the list's filter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocFilter {
    /// Quotes this document.
    Doc(String),
    /// Stands on a standard reference, not on the documents.
    Background,
}

/// The event list's filter: each part left `None` lets every event through.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EventFilter {
    pub region: Option<Region>,
    pub doc: Option<DocFilter>,
    pub kind: Option<Kind>,
}

impl EventFilter {
    pub fn matches(&self, event: &Event) -> bool {
        self.region.is_none_or(|r| event.concerns(r))
            && self.kind.is_none_or(|k| event.kind == k)
            && match &self.doc {
                None => true,
                Some(DocFilter::Doc(id)) => event.cites(id),
                Some(DocFilter::Background) => event.basis == Basis::Background,
            }
    }

    pub fn is_empty(&self) -> bool {
        self.region.is_none() && self.doc.is_none() && self.kind.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::source;
    use crate::record::Record;

    fn event(id: &str, regions: &[Region], kind: Kind, docs: &[&str]) -> Event {
        Event {
            regions: regions.to_vec(),
            kind,
            ..crate::fixtures::event(id, "1900", None, docs)
        }
    }

    #[test]
    fn filters_combine_region_document_and_kind() {
        let record = Record::new(
            vec![
                event("a-1", &[Region::Kurils], Kind::Treaty, &["x"]),
                event(
                    "b-1",
                    &[Region::Kurils, Region::Sakhalin],
                    Kind::War,
                    &["y"],
                ),
                event("c-1", &[Region::Sakhalin], Kind::Treaty, &[]),
            ],
            vec![source("x"), source("y")],
        )
        .unwrap();
        let ids = |f: &EventFilter| -> Vec<&str> {
            record
                .events()
                .iter()
                .filter(|e| f.matches(e))
                .map(|e| e.id.as_str())
                .collect()
        };
        let all = EventFilter::default();
        assert!(all.is_empty());
        assert_eq!(ids(&all), ["a-1", "b-1", "c-1"]);
        let kurils = EventFilter {
            region: Some(Region::Kurils),
            ..Default::default()
        };
        assert_eq!(ids(&kurils), ["a-1", "b-1"]);
        let treaties_in_sakhalin = EventFilter {
            region: Some(Region::Sakhalin),
            kind: Some(Kind::Treaty),
            ..Default::default()
        };
        assert_eq!(ids(&treaties_in_sakhalin), ["c-1"]);
        let from_y = EventFilter {
            doc: Some(DocFilter::Doc("y".into())),
            ..Default::default()
        };
        assert_eq!(ids(&from_y), ["b-1"]);
        let background = EventFilter {
            doc: Some(DocFilter::Background),
            ..Default::default()
        };
        assert_eq!(ids(&background), ["c-1"]);
        let none = EventFilter {
            region: Some(Region::Mongolia),
            ..Default::default()
        };
        assert!(ids(&none).is_empty());
    }
}
