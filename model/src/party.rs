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
}

/// All parties of an atlas, in the order of `atlas.json`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parties {
    list: Vec<PartyInfo>,
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
                members,
                names: era_names(&p.names).map_err(bad)?,
            });
        }
        Ok(Parties { list })
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
        assert_eq!(name("1917-11-07"), "Soviet Russia");
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
