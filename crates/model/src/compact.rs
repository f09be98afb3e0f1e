//! A compact binary form of the records for the run's spill, beside their ordinary serde form.
//!
//! A run writes every record to a spill and reads it back to build the Parquet files: at
//! 10,000 reports that is 230 MB and five million strings, and reading them back was dominated
//! by UTF-8 validation (the standard library's, one byte at a time for Chinese text) and by an
//! allocation per metric code. So, for *binary* serde formats only (postcard: the spill):
//!
//! - [`static_str`]: a catalog string (`apply.received`, `count`, `apply_balance`) borrowed by
//!   the pipeline is written as a number that this process assigned to it, and read back as
//!   the same borrowed string — no bytes, no allocation. The number means nothing in another
//!   process: **this form is for data that never leaves the process** (the spill is deleted by
//!   the run that wrote it). A string the record owns is written out in full.
//! - [`string`]: long strings are validated with `simdutf8` (an order of magnitude faster on
//!   Chinese text).
//!
//! Human-readable formats (JSON: `inspect`, the truth manifest) see plain strings both ways.

use rustc_hash::FxHashMap;
use serde::de::{Error as _, SeqAccess, Visitor};
use serde::ser::SerializeTuple;
use serde::{Deserializer, Serializer};
use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::{LazyLock, RwLock};

/// The borrowed strings seen by this process, by address: number ↔ string.
struct Interned {
    by_address: FxHashMap<(usize, usize), u32>,
    strings: Vec<&'static str>,
}

static INTERNED: LazyLock<RwLock<Interned>> =
    LazyLock::new(|| RwLock::new(Interned { by_address: FxHashMap::default(), strings: Vec::new() }));

thread_local! {
    /// Each thread's copy of what it has asked: a report has hundreds of catalog strings, and the
    /// shared table's lock and hashing showed in the profile (5% of a worker's time).
    static NUMBERS: RefCell<FxHashMap<(usize, usize), u32>> = RefCell::new(FxHashMap::default());
    static STRINGS: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

/// The number of a borrowed string (from 1; 0 says "written out in full").
fn number_of(s: &'static str) -> u32 {
    let key = (s.as_ptr() as usize, s.len());
    if let Some(n) = NUMBERS.with_borrow(|m| m.get(&key).copied()) {
        return n;
    }
    let n = shared_number_of(s, key);
    NUMBERS.with_borrow_mut(|m| m.insert(key, n));
    n
}

fn shared_number_of(s: &'static str, key: (usize, usize)) -> u32 {
    let mut interned = INTERNED.write().expect("interner lock");
    if let Some(&n) = interned.by_address.get(&key) {
        return n;
    }
    interned.strings.push(s);
    let n = interned.strings.len() as u32;
    interned.by_address.insert(key, n);
    n
}

fn string_of(n: u32) -> Option<&'static str> {
    let i = (n as usize).checked_sub(1)?;
    if let Some(s) = STRINGS.with_borrow(|v| v.get(i).copied()) {
        return Some(s);
    }
    // A number this thread has not met yet: take a fresh copy of the shared table.
    let strings = INTERNED.read().expect("interner lock").strings.clone();
    let s = strings.get(i).copied();
    STRINGS.set(strings);
    s
}

/// `#[serde(with = "compact::static_str")]` for a `Cow<'static, str>` that is usually a
/// catalog string.
pub mod static_str {
    use super::*;

    // serde's `with` calls this with a reference to the field's own type.
    #[allow(clippy::ptr_arg)]
    pub fn serialize<S: Serializer>(value: &Cow<'static, str>, serializer: S) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            return serializer.serialize_str(value);
        }
        let (number, text) = match value {
            Cow::Borrowed(s) => (number_of(s), ""),
            Cow::Owned(s) => (0, s.as_str()),
        };
        let mut tuple = serializer.serialize_tuple(2)?;
        tuple.serialize_element(&number)?;
        tuple.serialize_element(text)?;
        tuple.end()
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Cow<'static, str>, D::Error> {
        if deserializer.is_human_readable() {
            return <String as serde::Deserialize>::deserialize(deserializer).map(Cow::Owned);
        }
        struct Pair;
        impl<'de> Visitor<'de> for Pair {
            type Value = Cow<'static, str>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string number and a string")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let number: u32 = seq.next_element()?.ok_or_else(|| A::Error::invalid_length(0, &self))?;
                let text: String = seq.next_element()?.ok_or_else(|| A::Error::invalid_length(1, &self))?;
                match number {
                    0 => Ok(Cow::Owned(text)),
                    n => string_of(n)
                        .map(Cow::Borrowed)
                        .ok_or_else(|| A::Error::custom(format!("string number {n} was not assigned by this process"))),
                }
            }
        }
        deserializer.deserialize_tuple(2, Pair)
    }
}

/// `#[serde(deserialize_with = "compact::string")]` for a long `String`: validated with simdutf8
/// when read from a binary format, where a string and bytes are written alike.
pub fn string<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    if deserializer.is_human_readable() {
        return <String as serde::Deserialize>::deserialize(deserializer);
    }
    struct Utf8;
    impl<'de> Visitor<'de> for Utf8 {
        type Value = String;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("UTF-8 bytes")
        }
        fn visit_bytes<E: serde::de::Error>(self, bytes: &[u8]) -> Result<String, E> {
            simdutf8::basic::from_utf8(bytes).map(str::to_owned).map_err(|_| E::custom("invalid UTF-8 in a string"))
        }
        fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<String, E> {
            Ok(s.to_owned())
        }
    }
    deserializer.deserialize_bytes(Utf8)
}

#[cfg(test)]
mod tests {
    use crate::{Applicant, Check, FactSource, Metric, Section};
    use std::borrow::Cow;

    fn metric(code: Cow<'static, str>) -> Metric {
        Metric {
            metric: code,
            applicant: Some(Applicant::Total),
            value: 3.0,
            unit: Cow::Borrowed("count"),
            label: "（一）予以公开".into(),
            raw: "3".into(),
            source: FactSource::Table,
            line: 7,
        }
    }

    #[test]
    fn records_round_trip_through_postcard_with_catalog_strings_still_borrowed() {
        let borrowed = metric(Cow::Borrowed("apply.result.disclosed"));
        let owned = metric(Cow::Owned("custom.code".to_string()));
        for m in [borrowed, owned] {
            let bytes = postcard::to_allocvec(&m).unwrap();
            let back: Metric = postcard::from_bytes(&bytes).unwrap();
            assert_eq!(back, m);
            assert_eq!(matches!(back.metric, Cow::Borrowed(_)), matches!(m.metric, Cow::Borrowed(_)));
        }
        let check = Check {
            rule: Cow::Borrowed("apply_balance"),
            expected: Some(1.0),
            actual: None,
            passed: false,
            detail: "详情 1 + 2".into(),
        };
        let back: Check = postcard::from_bytes(&postcard::to_allocvec(&check).unwrap()).unwrap();
        assert_eq!(back, check);
        let section = Section { ordinal: 2, heading: "二、主动公开".into(), body: "正文".repeat(100) };
        assert_eq!(postcard::from_bytes::<Section>(&postcard::to_allocvec(&section).unwrap()).unwrap(), section);
    }

    #[test]
    fn json_sees_plain_strings() {
        let m = metric(Cow::Borrowed("apply.received"));
        let json = serde_json::to_value(&m).unwrap();
        assert_eq!(json["metric"], "apply.received");
        assert_eq!(json["unit"], "count");
        assert_eq!(serde_json::from_value::<Metric>(json).unwrap(), m);
    }

    #[test]
    fn invalid_utf8_and_unknown_numbers_are_errors_not_panics() {
        let section = Section { ordinal: 1, heading: "ab".into(), body: "cd".into() };
        let mut bytes = postcard::to_allocvec(&section).unwrap();
        let at = bytes.len() - 1;
        bytes[at] = 0xFF;
        assert!(postcard::from_bytes::<Section>(&bytes).is_err());
        let m = metric(Cow::Borrowed("apply.received"));
        let mut bytes = postcard::to_allocvec(&m).unwrap();
        bytes[0] = 120; // a string number nobody was given
        assert!(postcard::from_bytes::<Metric>(&bytes).is_err());
    }
}
