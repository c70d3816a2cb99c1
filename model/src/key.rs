//! The keys of the interface's words: one constant per key of the English catalog
//! (`geodata/lang/en.json`), made by `build.rs`, so that every word the page asks for is known
//! to exist when the page is built. Words chosen by a value (a region, a kind of event…) are
//! found by an exhaustive match, never by putting a key together at run time.

use crate::claim::ClaimKind;
use crate::date::DateFault;
use crate::record::{Kind, Region};

/// A key of the catalogs (`"legend.title"`). Only this module makes them: every one names an
/// entry of the English catalog.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key(&'static str);

impl Key {
    /// The key as the catalogs write it.
    pub const fn as_str(self) -> &'static str {
        self.0
    }
}

impl std::fmt::Display for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

include!(concat!(env!("OUT_DIR"), "/keys.rs"));

/// The name of a region: `region.<key>`.
pub const fn of_region(region: Region) -> Key {
    match region {
        Region::Kurils => REGION_KURILS,
        Region::Sakhalin => REGION_SAKHALIN,
        Region::KhalkhinGol => REGION_KHALKHIN_GOL,
        Region::Mongolia => REGION_MONGOLIA,
        Region::General => REGION_GENERAL,
    }
}

/// The name of a kind of event: `kind.<key>`.
pub const fn of_kind(kind: Kind) -> Key {
    match kind {
        Kind::Treaty => KIND_TREATY,
        Kind::War => KIND_WAR,
        Kind::Battle => KIND_BATTLE,
        Kind::Occupation => KIND_OCCUPATION,
        Kind::Declaration => KIND_DECLARATION,
        Kind::Proposal => KIND_PROPOSAL,
        Kind::Summit => KIND_SUMMIT,
        Kind::Law => KIND_LAW,
        Kind::Statement => KIND_STATEMENT,
        Kind::Other => KIND_OTHER,
    }
}

/// The name of a kind of claim or line: `claim-kind.<key>`.
pub const fn of_claim_kind(kind: ClaimKind) -> Key {
    match kind {
        ClaimKind::TreatyBorder => CLAIM_KIND_TREATY_BORDER,
        ClaimKind::Claim => CLAIM_KIND_CLAIM,
        ClaimKind::Proposal => CLAIM_KIND_PROPOSAL,
        ClaimKind::Demarcation => CLAIM_KIND_DEMARCATION,
        ClaimKind::Commitment => CLAIM_KIND_COMMITMENT,
        ClaimKind::Undetermined => CLAIM_KIND_UNDETERMINED,
        ClaimKind::Recognition => CLAIM_KIND_RECOGNITION,
    }
}

/// What is wrong with a text that is not a date: `date.fault.<fault>`.
pub const fn of_date_fault(fault: DateFault) -> Key {
    match fault {
        DateFault::Empty => DATE_FAULT_EMPTY,
        DateFault::YearDigits => DATE_FAULT_YEAR_DIGITS,
        DateFault::MonthDigits => DATE_FAULT_MONTH_DIGITS,
        DateFault::DayDigits => DATE_FAULT_DAY_DIGITS,
        DateFault::TooManyParts => DATE_FAULT_TOO_MANY_PARTS,
        DateFault::Before1000 => DATE_FAULT_BEFORE_1000,
        DateFault::NoSuchMonth => DATE_FAULT_NO_SUCH_MONTH,
        DateFault::NoSuchDay => DATE_FAULT_NO_SUCH_DAY,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_family_names_the_key_its_value_has_in_the_data() {
        let parts = |key: Key| key.as_str().split_once('.');
        for r in Region::ALL {
            assert_eq!(parts(of_region(r)), Some(("region", r.key())));
        }
        for k in Kind::ALL {
            assert_eq!(parts(of_kind(k)), Some(("kind", k.key())));
        }
        for k in ClaimKind::ALL {
            assert_eq!(parts(of_claim_kind(k)), Some(("claim-kind", k.key())));
        }
        for f in DateFault::ALL {
            assert_eq!(parts(of_date_fault(f)).map(|p| p.0), Some("date"));
        }
        assert!(ALL.windows(2).all(|w| w[0] < w[1]));
    }
}
