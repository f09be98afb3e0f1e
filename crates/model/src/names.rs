//! The words an agency's name ends with, shared by the stages that ask what kind of body a
//! name names: parse (the agency's level), normalize (its kind) and the gazetteer (a unit below
//! its division that the tables do not list).
//!
//! Each stage asks its own question and adds its own words to these (a ministry's 部, a
//! bureau's stations 站 and brigades 队, a state company 公司); what they share lives here, so
//! that a kind of department added once is known to every stage.

/// Supply and marketing cooperatives (供销合作社, 联社, 供销社): bodies a government runs as
/// one of its departments, which report as its bureaus do.
pub const COOPERATIVE_ENDINGS: [&str; 3] = ["合作社", "联社", "供销社"];

/// The endings of a department's name every stage reads as one: bureaus, commissions,
/// departments of a province, centres, institutes, administrations — and the cooperatives.
pub const DEPARTMENT_ENDINGS: [&str; 11] = [
    "局",
    "委员会",
    "委",
    "厅",
    "中心",
    "所",
    "院",
    "署",
    COOPERATIVE_ENDINGS[0],
    COOPERATIVE_ENDINGS[1],
    COOPERATIVE_ENDINGS[2],
];

/// Does `name` end with one of [`DEPARTMENT_ENDINGS`] or of the stage's own `more`?
pub fn ends_like_a_department(name: &str, more: &[&str]) -> bool {
    DEPARTMENT_ENDINGS.iter().chain(more).any(|ending| name.ends_with(ending))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stages_own_endings_add_to_the_shared_ones() {
        assert!(ends_like_a_department("某市供销合作社", &[]));
        assert!(ends_like_a_department("某县财政局", &[]));
        assert!(!ends_like_a_department("交通运输部", &[]));
        assert!(ends_like_a_department("交通运输部", &["部"]));
        assert!(!ends_like_a_department("某镇人民政府", &["部"]));
    }
}
