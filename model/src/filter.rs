//! The event list's filter: by region, by document (or background) and by kind; and how many
//! events each choice would list, the other choices as they are.

use crate::record::{Basis, Event, Kind, Region};
use std::collections::BTreeMap;

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
        self.region_passes(event) && self.doc_passes(event) && self.kind_passes(event)
    }

    fn region_passes(&self, event: &Event) -> bool {
        self.region.is_none_or(|r| event.concerns(r))
    }

    fn kind_passes(&self, event: &Event) -> bool {
        self.kind.is_none_or(|k| event.kind == k)
    }

    fn doc_passes(&self, event: &Event) -> bool {
        match &self.doc {
            None => true,
            Some(DocFilter::Doc(id)) => event.cites(id),
            Some(DocFilter::Background) => event.basis == Basis::Background,
        }
    }

    /// How many of `events` each choice of one part of the filter would list, the other two
    /// parts as they are: the numbers the list's selects give beside their choices. One pass
    /// over the events, allocating only for each document cited.
    pub fn counts(&self, events: &[Event]) -> Counts {
        let mut regions = [0; Region::ALL.len()];
        let mut kinds = [0; Kind::ALL.len()];
        let mut docs: BTreeMap<&str, usize> = BTreeMap::new();
        let mut background = 0;
        for e in events {
            let (region, doc, kind) = (
                self.region_passes(e),
                self.doc_passes(e),
                self.kind_passes(e),
            );
            if doc && kind {
                for (count, r) in regions.iter_mut().zip(Region::ALL) {
                    *count += usize::from(e.concerns(r));
                }
            }
            if region && kind {
                for (i, c) in e.sources.iter().enumerate() {
                    // A document quoted twice counts once.
                    if !e.sources[..i].iter().any(|earlier| earlier.doc == c.doc) {
                        *docs.entry(c.doc.as_str()).or_default() += 1;
                    }
                }
                if e.basis == Basis::Background {
                    background += 1;
                }
            }
            if region && doc {
                if let Some(k) = Kind::ALL.iter().position(|k| *k == e.kind) {
                    kinds[k] += 1;
                }
            }
        }
        Counts {
            regions,
            kinds,
            docs: docs.into_iter().map(|(d, n)| (d.to_owned(), n)).collect(),
            background,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.region.is_none() && self.doc.is_none() && self.kind.is_none()
    }
}

/// How many events each choice of each part of the filter would list, the other parts as the
/// filter has them (see [`EventFilter::counts`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// In the order of [`Region::ALL`].
    regions: [usize; Region::ALL.len()],
    /// In the order of [`Kind::ALL`].
    kinds: [usize; Kind::ALL.len()],
    docs: BTreeMap<String, usize>,
    background: usize,
}

impl Counts {
    /// The events listed with this region chosen.
    pub fn region(&self, region: Region) -> usize {
        Region::ALL
            .iter()
            .position(|r| *r == region)
            .map_or(0, |i| self.regions[i])
    }

    /// The events listed with this kind chosen.
    pub fn kind(&self, kind: Kind) -> usize {
        Kind::ALL
            .iter()
            .position(|k| *k == kind)
            .map_or(0, |i| self.kinds[i])
    }

    /// The events listed with this choice of documents.
    pub fn doc(&self, doc: &DocFilter) -> usize {
        match doc {
            DocFilter::Doc(id) => self.docs.get(id).copied().unwrap_or(0),
            DocFilter::Background => self.background,
        }
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

    #[test]
    fn each_choice_counts_what_it_would_list_with_the_other_choices() {
        let events = vec![
            event("a-1", &[Region::Kurils], Kind::Treaty, &["x"]),
            event(
                "b-1",
                &[Region::Kurils, Region::Sakhalin],
                Kind::War,
                &["y", "y"],
            ),
            event("c-1", &[Region::Sakhalin], Kind::Treaty, &[]),
        ];
        // Nothing chosen: each choice alone.
        let all = EventFilter::default().counts(&events);
        assert_eq!(all.region(Region::Kurils), 2);
        assert_eq!(all.region(Region::Sakhalin), 2);
        assert_eq!(all.region(Region::Mongolia), 0);
        assert_eq!(all.kind(Kind::Treaty), 2);
        assert_eq!(
            all.doc(&DocFilter::Doc("y".into())),
            1,
            "a document quoted twice counts once"
        );
        assert_eq!(all.doc(&DocFilter::Background), 1);
        // Sakhalin chosen: the kinds and documents count within Sakhalin, the regions as if
        // another region were chosen instead.
        let sakhalin = EventFilter {
            region: Some(Region::Sakhalin),
            ..Default::default()
        };
        let counts = sakhalin.counts(&events);
        assert_eq!(counts.kind(Kind::Treaty), 1);
        assert_eq!(counts.kind(Kind::War), 1);
        assert_eq!(counts.doc(&DocFilter::Doc("x".into())), 0);
        assert_eq!(counts.region(Region::Kurils), 2);
        // Each count is the number of events the filter with that choice lets through.
        let treaties_in_sakhalin = EventFilter {
            kind: Some(Kind::Treaty),
            ..sakhalin.clone()
        };
        let listed = events
            .iter()
            .filter(|e| treaties_in_sakhalin.matches(e))
            .count();
        assert_eq!(counts.kind(Kind::Treaty), listed);
        let with_kind = treaties_in_sakhalin.counts(&events);
        assert_eq!(with_kind.region(Region::Kurils), 1);
        assert_eq!(with_kind.region(Region::Sakhalin), 1);
    }
}
