//! Where a report comes from, in the terms of the warehouse contract.

use serde::{Deserialize, Serialize};

/// A resolved (or unresolved) administrative region.
///
/// Partition values are ASCII (`province=zhejiang`) because engines disagree about how to write
/// non-ASCII directory names; the Chinese name and the 2-digit code are ordinary columns.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Region {
    /// 12-digit NBS code, padded with zeros (`330281103000`).
    pub region_code: Option<String>,
    pub province_code: Option<String>,
    pub province_name: Option<String>,
    /// ASCII pinyin name of the province, used as the partition value.
    pub province_pinyin: Option<String>,
    pub city: Option<String>,
    pub county: Option<String>,
    pub town: Option<String>,
}

impl Region {
    /// The `province=` partition value: never empty, `unknown` when unresolved.
    pub fn partition_value(&self) -> &str {
        self.province_pinyin.as_deref().unwrap_or("unknown")
    }
}

/// The 2-digit province codes of the NBS scheme (stable since before 2008) with their Chinese
/// and pinyin names. The pinyin is the partition value; 陕西 is `shaanxi` (the official
/// romanisation that keeps it apart from 山西 `shanxi`).
pub const PROVINCES: [(&str, &str, &str); 31] = [
    ("11", "北京市", "beijing"),
    ("12", "天津市", "tianjin"),
    ("13", "河北省", "hebei"),
    ("14", "山西省", "shanxi"),
    ("15", "内蒙古自治区", "neimenggu"),
    ("21", "辽宁省", "liaoning"),
    ("22", "吉林省", "jilin"),
    ("23", "黑龙江省", "heilongjiang"),
    ("31", "上海市", "shanghai"),
    ("32", "江苏省", "jiangsu"),
    ("33", "浙江省", "zhejiang"),
    ("34", "安徽省", "anhui"),
    ("35", "福建省", "fujian"),
    ("36", "江西省", "jiangxi"),
    ("37", "山东省", "shandong"),
    ("41", "河南省", "henan"),
    ("42", "湖北省", "hubei"),
    ("43", "湖南省", "hunan"),
    ("44", "广东省", "guangdong"),
    ("45", "广西壮族自治区", "guangxi"),
    ("46", "海南省", "hainan"),
    ("50", "重庆市", "chongqing"),
    ("51", "四川省", "sichuan"),
    ("52", "贵州省", "guizhou"),
    ("53", "云南省", "yunnan"),
    ("54", "西藏自治区", "xizang"),
    ("61", "陕西省", "shaanxi"),
    ("62", "甘肃省", "gansu"),
    ("63", "青海省", "qinghai"),
    ("64", "宁夏回族自治区", "ningxia"),
    ("65", "新疆维吾尔自治区", "xinjiang"),
];

/// Province (code, Chinese name, pinyin) for a 2-digit code.
pub fn province_by_code(code: &str) -> Option<(&'static str, &'static str, &'static str)> {
    PROVINCES.iter().copied().find(|(c, _, _)| *c == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unresolved_region_partitions_as_unknown() {
        assert_eq!(Region::default().partition_value(), "unknown");
    }

    #[test]
    fn province_partition_values_are_unique_ascii() {
        let mut seen = std::collections::HashSet::new();
        for (_, _, py) in PROVINCES {
            assert!(py.is_ascii() && !py.is_empty());
            assert!(seen.insert(py), "duplicate partition value {py}");
        }
        assert_eq!(province_by_code("61").unwrap().2, "shaanxi");
    }
}
