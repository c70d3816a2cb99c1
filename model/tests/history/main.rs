//! Who held and who claimed each place on each day, in the committed geography: places checked
//! against the unit they lie in and its holder, the map's status of those units ([`holders`]),
//! the claims in force and the land they cover ([`claims`]), and each side's map ([`sides`]).

#[path = "../kit/mod.rs"]
mod kit;

mod claims;
mod holders;
mod sides;
