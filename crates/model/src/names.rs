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

/// A government's liaison office in another city (某省人民政府驻北京办事处, 某市驻沪联络处, 驻京办):
/// a body of that government, reporting as a department does — not a subdistrict's 办事处.
/// The city it stands in is a short name (北京, 京, 上海) between 驻 and the office's word: 驻
/// inside a place's name (驻马店经济开发区金山街道办事处) is no liaison office.
pub fn is_liaison_office(name: &str) -> bool {
    name.rfind('驻').is_some_and(|at| {
        let after = &name[at + '驻'.len_utf8()..];
        ["办事处", "联络处", "办"]
            .iter()
            .filter_map(|s| after.strip_suffix(s))
            .any(|city| (1..=4).contains(&city.chars().count()) && city.chars().all(crate::text::is_basic_han))
    })
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
