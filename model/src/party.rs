//! The parties: states that held land or asserted a line, read from `geodata/atlas.json` with
//! their colours and the names they went by in each era.
//!
//! A [`Party`] is a small index into the [`Parties`] it was read with; data files name parties
//! by their `id` (`"japan"`), which [`Parties::find`] resolves.

use crate::date::{Date, Day};
use crate::text::{Lang, Text};
use serde::Deserialize;

/// A party, as an index into the atlas's [`Parties`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Party(u8);

impl Party {
    /// Its place in [`Parties`] (and in arrays sized by [`Parties::len`]).
    pub fn index(self) -> usize {
        usize::from(self.0)
    }
}

/// What a party was called from a day on.
#[derive(Clone, Debug, PartialEq)]
pub struct EraName {
    /// The first day of the name; `None` for the first name.
    pub from: Option<Day>,
    /// The name on its own, as in a legend: "Soviet Union".
    pub name: Text,
    /// The name in running text where it differs: "the Soviet Union".
    pub in_text: Option<Text>,
}

/// A span of days a party existed (as a state, with its predecessors where the record names
/// them): from its first day to the first day after it (`None`: it still exists).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Existence {
    pub from: Day,
    pub until: Option<Day>,
}

impl Existence {
    pub fn contains(&self, day: Day) -> bool {
        self.from <= day && self.until.is_none_or(|until| day < until)
    }
}

/// One party: its key in the data files, its colours and its names.
#[derive(Clone, Debug, PartialEq)]
pub struct PartyInfo {
    pub id: String,
    /// Fill of the land it holds.
    pub colour: String,
    /// Outline of the land it holds.
    pub edge: String,
    /// Stroke of the lines it asserts.
    pub line: String,
    /// For a party that stands for several together (Sakhalin held in common): its members,
    /// whose colours stripe its land; its lines are agreed, never a dispute.
    pub members: Vec<Party>,
    /// Sorted by `from`, the first without one.
    pub names: Vec<EraName>,
    /// The spans it existed, in order and apart; empty: throughout the atlas's span.
    pub existed: Vec<Existence>,
    /// Whether a side's map may be drawn as it saw the land (`"side": false` in the file, or a
    /// party with members: never).
    pub side: bool,
}

/// All parties of an atlas, in the order of `atlas.json`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parties {
    list: Vec<PartyInfo>,
    /// What was wrong but could be left out (a span of existence that ends before it starts
    /// or overlaps the one before): `atlas-check` warns of each.
    warnings: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct EraNameIn {
    #[serde(default)]
    from: Option<Date>,
    name: Text,
    #[serde(default)]
    in_text: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PartyIn {
    id: String,
    colour: String,
    edge: String,
    line: String,
    #[serde(default)]
    members: Vec<String>,
    names: Vec<EraNameIn>,
    #[serde(default)]
    existed: Vec<ExistedIn>,
    #[serde(default = "yes")]
    side: bool,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ExistedIn {
    from: Date,
    #[serde(default)]
    until: Option<Date>,
}

/// A colour the map can write into an SVG attribute: `#rgb` or `#rrggbb`.
pub(crate) fn check_colour(what: &str, colour: &str) -> Result<(), String> {
    let hex = colour.strip_prefix('#').unwrap_or("");
    if (hex.len() == 3 || hex.len() == 6) && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(())
    } else {
        Err(format!(
            "its {what} “{colour}” is not a colour like #e69f00"
        ))
    }
}

impl Parties {
    /// Checks the parties of `atlas.json`: unique ids, colours, names in order, members known.
    pub(crate) fn new(parties: Vec<PartyIn>) -> Result<Parties, String> {
        if parties.len() > usize::from(u8::MAX) {
            return Err(format!("{} parties are too many", parties.len()));
        }
        let ids: Vec<&str> = parties.iter().map(|p| p.id.as_str()).collect();
        let mut list = Vec::with_capacity(parties.len());
        let mut warnings = Vec::new();
        for (i, p) in parties.iter().enumerate() {
            let bad = |problem: String| format!("party “{}”: {problem}", p.id);
            if p.id.trim().is_empty() || p.id == "none" {
                return Err(format!("party #{i}: its id is empty or “none”"));
            }
            if ids[..i].contains(&p.id.as_str()) {
                return Err(bad("its id is used twice".into()));
            }
            for (what, colour) in [("colour", &p.colour), ("edge", &p.edge), ("line", &p.line)] {
                check_colour(what, colour).map_err(bad)?;
            }
            let members = p
                .members
                .iter()
                .map(|m| match ids.iter().position(|id| id == m) {
                    Some(j) if j != i => Ok(Party(j as u8)),
                    _ => Err(bad(format!("its member “{m}” is not another party"))),
                })
                .collect::<Result<Vec<_>, _>>()?;
            list.push(PartyInfo {
                id: p.id.clone(),
                colour: p.colour.clone(),
                edge: p.edge.clone(),
                line: p.line.clone(),
                names: era_names(&p.names).map_err(bad)?,
                existed: existence(&p.existed, &mut |w| warnings.push(bad(w))),
                side: p.side && members.is_empty(),
                members,
            });
        }
        Ok(Parties { list, warnings })
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// Every party, in order.
    pub fn all(&self) -> impl Iterator<Item = Party> {
        (0..self.list.len()).map(|i| Party(i as u8))
    }

    /// The party whose id is `key`.
    pub fn find(&self, key: &str) -> Option<Party> {
        self.list
            .iter()
            .position(|p| p.id == key)
            .map(|i| Party(i as u8))
    }

    pub fn info(&self, party: Party) -> Option<&PartyInfo> {
        self.list.get(party.index())
    }

    /// The party's id (`data-control`'s value); "none" for a party of another atlas.
    pub fn key(&self, party: Party) -> &str {
        self.info(party).map_or("none", |p| &p.id)
    }

    /// The holder's id, or "none" where there is no holder.
    pub fn key_of(&self, party: Option<Party>) -> &str {
        party.map_or("none", |p| self.key(p))
    }

    /// Whether the party stands for several together.
    pub fn is_joint(&self, party: Party) -> bool {
        self.info(party).is_some_and(|p| !p.members.is_empty())
    }

    /// What could be left out of the parties, for `atlas-check` to warn of.
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// Whether `party` is offered as a side whose map can be drawn.
    pub fn is_side(&self, party: Party) -> bool {
        self.info(party).is_some_and(|p| p.side)
    }

    /// The parties offered as sides, in order.
    pub fn sides(&self) -> impl Iterator<Item = Party> + '_ {
        self.all().filter(|p| self.is_side(*p))
    }

    /// Whether `party` existed on `day` (a party without spans always did).
    pub fn existed(&self, party: Party, day: Day) -> bool {
        self.info(party)
            .is_some_and(|p| p.existed.is_empty() || p.existed.iter().any(|e| e.contains(day)))
    }

    /// The spans `party` existed; empty: throughout.
    pub fn existence(&self, party: Party) -> &[Existence] {
        self.info(party).map_or(&[], |p| &p.existed)
    }

    /// `side` where it is a side that existed on `day`: whose map can be drawn for that day.
    pub fn side_on(&self, side: Option<Party>, day: Day) -> Option<Party> {
        side.filter(|&p| self.is_side(p) && self.existed(p, day))
    }

    fn era_name(&self, party: Party, day: Day) -> Option<&EraName> {
        let names = &self.info(party)?.names;
        let after = names.partition_point(|n| n.from.is_none_or(|from| from <= day));
        names.get(after.checked_sub(1)?)
    }

    /// How many renamings of any party took effect by `day`: it changes exactly when some
    /// party's name does, so what is drawn from the names need only follow it.
    pub fn renamings_by(&self, day: Day) -> usize {
        self.list
            .iter()
            .map(|p| {
                p.names
                    .partition_point(|n| n.from.is_none_or(|from| from <= day))
            })
            .sum()
    }

    /// What the party was called on `day`, on its own: "Soviet Union".
    pub fn name(&self, party: Party, day: Day, lang: Lang) -> &str {
        self.era_name(party, day).map_or("", |n| n.name.get(lang))
    }

    /// What the party was called on `day`, in running text: "the Soviet Union". A language
    /// without its own running-text form uses the name in that language, not the English form.
    pub fn name_in_text(&self, party: Party, day: Day, lang: Lang) -> &str {
        self.era_name(party, day).map_or("", |n| {
            n.in_text
                .as_ref()
                .and_then(|t| t.translation(lang))
                .unwrap_or_else(|| n.name.get(lang))
        })
    }
}

/// The spans of existence in order; one that ends before it starts, or begins before the one
/// before ends, is left out with a warning.
fn existence(spans: &[ExistedIn], warn: &mut impl FnMut(String)) -> Vec<Existence> {
    let mut out: Vec<Existence> = Vec::with_capacity(spans.len());
    for (i, s) in spans.iter().enumerate() {
        let span = Existence {
            from: s.from.first_day(),
            until: s.until.map(|u| u.first_day()),
        };
        if span.until.is_some_and(|until| until <= span.from) {
            warn(format!(
                "its span of existence {i} ends before it starts; left out"
            ));
        } else if out
            .last()
            .is_some_and(|before| before.until.is_none_or(|until| span.from < until))
        {
            warn(format!(
                "its span of existence {i} does not begin after the one before ends; left out"
            ));
        } else {
            out.push(span);
        }
    }
    out
}

fn era_names(names: &[EraNameIn]) -> Result<Vec<EraName>, String> {
    let mut out: Vec<EraName> = Vec::with_capacity(names.len());
    for (i, n) in names.iter().enumerate() {
        n.name.check().map_err(|e| format!("name {i}: {e}"))?;
        let from = n.from.map(|d| d.first_day());
        match (i, from, out.last().and_then(|o| o.from)) {
            (0, Some(_), _) => return Err("its first name must have no “from”".into()),
            (1.., None, _) => return Err(format!("name {i} has no “from”")),
            (_, Some(f), Some(previous)) if f <= previous => {
                return Err(format!("name {i} does not come after the one before"))
            }
            _ => {}
        }
        out.push(EraName {
            from,
            name: n.name.clone(),
            in_text: n.in_text.clone(),
        });
    }
    if out.is_empty() {
        return Err("it has no names".into());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use crate::fixtures::{config, day};
    use crate::text::Lang;

    #[test]
    fn names_follow_the_era() {
        let parties = &config().parties;
        let russia = parties.find("russia").unwrap();
        let name = |d| parties.name_in_text(russia, day(d), Lang::En);
        assert_eq!(name("1905"), "the Russian Empire");
        assert_eq!(name("1917-03-15"), "Russia (Provisional Government)");
        assert_eq!(name("1917-11-07"), "Russia (Revolution and Civil War)");
        assert_eq!(name("1946"), "the Soviet Union");
        assert_eq!(name("1991-12-26"), "Russia");
        // The count of renamings moves with the names and stays put between them.
        let renamings = |d| parties.renamings_by(day(d));
        assert_eq!(renamings("1906"), renamings("1910"));
        assert!(renamings("1917-11-07") > renamings("1917-11-06"));
        assert!(renamings("1946") > renamings("1920"));
        assert_eq!(parties.name(russia, day("1950"), Lang::En), "Soviet Union");
        assert_eq!(parties.name(russia, day("1950"), Lang::Ja), "ソビエト連邦");
        // Only English has a running-text form here: the others use their own name.
        assert_eq!(
            parties.name_in_text(russia, day("1950"), Lang::Ja),
            "ソビエト連邦"
        );
        assert_eq!(
            parties.name_in_text(russia, day("1950"), Lang::Ru),
            "Советский Союз"
        );
        let china = parties.find("china").unwrap();
        assert_eq!(
            parties.name(china, day("1911-12-31"), Lang::En),
            "Qing China"
        );
        assert_eq!(
            parties.name_in_text(china, day("1932"), Lang::En),
            "the Republic of China"
        );
        let japan = parties.find("japan").unwrap();
        assert_eq!(parties.name_in_text(japan, day("1800"), Lang::En), "Japan");
    }

    #[test]
    fn parties_existed_in_their_spans_and_only_states_are_sides() {
        let parties = &config().parties;
        let id = |id| parties.find(id).unwrap();
        let existed = |p, d| parties.existed(id(p), day(d));
        assert!(!existed("manchukuo", "1932-02-29"));
        assert!(existed("manchukuo", "1932-03-01"));
        assert!(existed("manchukuo", "1945-08-17"));
        // "until" is the first day it no longer existed.
        assert!(!existed("manchukuo", "1945-08-18"));
        assert!(!existed("mongolia", "1911-12-28"));
        assert!(existed("mongolia", "1911-12-29"));
        assert!(!existed("mongolia", "1919-11-22"));
        assert!(!existed("mongolia", "1921-07-10"));
        assert!(existed("mongolia", "1921-07-11"));
        assert!(existed("mongolia", "2020"));
        for always in ["japan", "russia", "china"] {
            assert!(existed(always, "1786") && existed(always, "2025"));
        }
        let sides: Vec<&str> = parties.sides().map(|p| parties.key(p)).collect();
        assert_eq!(sides, ["japan", "russia", "china", "manchukuo", "mongolia"]);
        assert_eq!(parties.side_on(Some(id("manchukuo")), day("1950")), None);
        assert_eq!(
            parties.side_on(Some(id("manchukuo")), day("1939")),
            Some(id("manchukuo"))
        );
        assert_eq!(parties.side_on(Some(id("indigenous")), day("1800")), None);
        assert!(parties.warnings().is_empty(), "{:?}", parties.warnings());
        let mongolia = parties.find("mongolia").unwrap();
        assert_eq!(
            parties.name(mongolia, day("1912"), Lang::En),
            "Bogd Khanate of Mongolia"
        );
        assert_eq!(
            parties.name(mongolia, day("1922"), Lang::Ja),
            "モンゴル人民政府"
        );
    }

    #[test]
    fn a_bad_span_of_existence_is_left_out_with_a_warning() {
        let text = include_str!("../../geodata/atlas.json").replacen(
            r#"[{ "from": "1932-03-01", "until": "1945-08-18" }]"#,
            r#"[{ "from": "1932-03-01", "until": "1931-01-01" }, { "from": "1933", "until": null }, { "from": "1940", "until": "1941" }]"#,
            1,
        );
        let parties = crate::config::AtlasConfig::from_json(&text)
            .unwrap()
            .parties;
        let warnings = parties.warnings();
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(warnings[0].contains("manchukuo") && warnings[0].contains("ends before it starts"));
        assert!(warnings[1].contains("span of existence 2"));
        let manchukuo = parties.find("manchukuo").unwrap();
        assert_eq!(parties.existence(manchukuo).len(), 1);
        assert!(parties.existed(manchukuo, day("1950")));
        assert!(!parties.existed(manchukuo, day("1932-06")));
    }

    #[test]
    fn keys_resolve_and_joint_parties_have_members() {
        let parties = &config().parties;
        for p in parties.all() {
            assert_eq!(parties.find(parties.key(p)), Some(p));
        }
        let joint = parties.find("joint").unwrap();
        assert!(parties.is_joint(joint));
        assert!(!parties.is_joint(parties.find("japan").unwrap()));
        assert_eq!(parties.info(joint).unwrap().members.len(), 2);
        assert_eq!(parties.find("atlantis"), None);
    }
}
