//! The warehouse contract (docs/architecture.md) as Arrow schemas.
//!
//! The partition columns `province` (ASCII pinyin, `unknown` when unresolved) and `year`
//! (integer, 0 when unknown) live in the directory names, Hive style, not in the file bodies;
//! readers add them back. Schema changes only add nullable columns at the end.

use arrow::datatypes::{DataType, Field, Schema, SchemaRef, TimeUnit};
use std::sync::{Arc, OnceLock};

pub const TABLES: [&str; 6] = ["reports", "metrics", "sections", "checks", "rejects", "agencies"];

/// Tables partitioned by province/year. `rejects` has neither (a reject has no region or year)
/// and `agencies` spans years and places: each is one unpartitioned file.
pub fn is_partitioned(table: &str) -> bool {
    table != "rejects" && table != "agencies"
}

fn utf8(name: &str, nullable: bool) -> Field {
    Field::new(name, DataType::Utf8, nullable)
}

pub fn reports() -> SchemaRef {
    static S: OnceLock<SchemaRef> = OnceLock::new();
    S.get_or_init(|| {
        Arc::new(Schema::new(vec![
            utf8("report_id", false),
            utf8("source", false),
            utf8("sha256", false),
            Field::new("bytes", DataType::Int64, false),
            utf8("encoding", false),
            Field::new("repairs", DataType::List(Arc::new(Field::new("item", DataType::Utf8, true))), false),
            Field::new("spam_mirror", DataType::Boolean, false),
            utf8("title", true),
            utf8("agency", true),
            utf8("agency_level", false),
            utf8("region_code", true),
            utf8("province_code", true),
            utf8("province_name", true),
            utf8("city", true),
            utf8("county", true),
            utf8("town", true),
            Field::new("published", DataType::Date32, true),
            utf8("template", false),
            Field::new("metric_count", DataType::Int32, false),
            Field::new("check_failures", DataType::Int32, false),
            // Schema version 2: when the document's last source disappeared (null: present).
            Field::new("missing_since", DataType::Timestamp(TimeUnit::Microsecond, Some("UTC".into())), true),
            // Schema version 2: the input format (text, html, docx, pdf).
            utf8("format", true),
            // Schema version 3: the kind of body, and the agency across years.
            utf8("agency_kind", true),
            utf8("agency_key", true),
            // Schema version 4: the page that linked a crawled document (an attachment's report
            // page, a report page's listing page); null for files and listed URLs.
            utf8("referrer", true),
        ]))
    })
    .clone()
}

pub fn metrics() -> SchemaRef {
    static S: OnceLock<SchemaRef> = OnceLock::new();
    S.get_or_init(|| {
        Arc::new(Schema::new(vec![
            utf8("report_id", false),
            utf8("metric", false),
            utf8("applicant", true),
            Field::new("value", DataType::Float64, false),
            utf8("unit", false),
            utf8("label", false),
            utf8("raw", false),
            utf8("source", false),
            Field::new("line", DataType::Int32, false),
        ]))
    })
    .clone()
}

pub fn sections() -> SchemaRef {
    static S: OnceLock<SchemaRef> = OnceLock::new();
    S.get_or_init(|| {
        Arc::new(Schema::new(vec![
            utf8("report_id", false),
            Field::new("ordinal", DataType::Int32, false),
            utf8("heading", false),
            utf8("body", false),
        ]))
    })
    .clone()
}

pub fn checks() -> SchemaRef {
    static S: OnceLock<SchemaRef> = OnceLock::new();
    S.get_or_init(|| {
        Arc::new(Schema::new(vec![
            utf8("report_id", false),
            utf8("rule", false),
            Field::new("expected", DataType::Float64, true),
            Field::new("actual", DataType::Float64, true),
            Field::new("passed", DataType::Boolean, false),
            utf8("detail", false),
        ]))
    })
    .clone()
}

pub fn rejects() -> SchemaRef {
    static S: OnceLock<SchemaRef> = OnceLock::new();
    S.get_or_init(|| {
        Arc::new(Schema::new(vec![
            utf8("source", false),
            utf8("sha256", true),
            utf8("stage", false),
            utf8("reason", false),
        ]))
    })
    .clone()
}

/// One row per agency (`reports.agency_key`): the names it printed, where and what it is, and
/// the years it reported — made from every report of the snapshot at each run.
pub fn agencies() -> SchemaRef {
    static S: OnceLock<SchemaRef> = OnceLock::new();
    S.get_or_init(|| {
        let list = |name: &str, item: DataType| {
            Field::new(name, DataType::List(Arc::new(Field::new("item", item, true))), false)
        };
        Arc::new(Schema::new(vec![
            utf8("agency_key", false),
            utf8("region_code", true),
            utf8("province_name", true),
            utf8("agency_level", false),
            utf8("agency_kind", false),
            list("names", DataType::Utf8),
            list("years", DataType::Int32),
            Field::new("first_year", DataType::Int32, true),
            Field::new("last_year", DataType::Int32, true),
            Field::new("reports", DataType::Int32, false),
        ]))
    })
    .clone()
}

/// The file schema of a table (without partition columns).
pub fn of(table: &str) -> Option<SchemaRef> {
    match table {
        "reports" => Some(reports()),
        "metrics" => Some(metrics()),
        "sections" => Some(sections()),
        "checks" => Some(checks()),
        "rejects" => Some(rejects()),
        "agencies" => Some(agencies()),
        _ => None,
    }
}

/// Columns of varied text with many rows, compressed with zstd (the others with Snappy). Snappy
/// for labels and printed values (a metric row each) was measured and not kept: 7% faster runs
/// at 10,000 reports, nothing at 100,000 (bigger partitions amortise zstd's per-chunk contexts),
/// and a warehouse 16% larger. Titles, agencies and headings (a row per report or section, a few
/// KB per partition) are Snappy: zstd cost them a compression and a decompression context per
/// column chunk for next to nothing (10,000 reports, alternating 8 rounds: 0.085 CPU-s less,
/// warehouse +0.3%). Ids and sources are not zstd either: `report_id` repeats down a partition's
/// rows (a dictionary holds it), `sha256` is hex that no codec shrinks much (write 0.54 → 0.51 s
/// at 10,000 reports, warehouse +3%).
pub const ZSTD_COLUMNS: &[&str] = &["body", "detail", "label", "raw"];

/// Long free text: no statistics (they prune nothing for such values).
pub const FREE_TEXT_COLUMNS: &[&str] = &["body", "detail"];

/// String columns with few distinct values: dictionary-encoded in Parquet. Free-text columns
/// (bodies, titles, details) are not — a dictionary would only grow and fall back.
pub const DICTIONARY_COLUMNS: &[&str] = &[
    "encoding",
    "agency_level",
    "agency_kind",
    "province_code",
    "province_name",
    "city",
    "county",
    "template",
    "metric",
    "applicant",
    "unit",
    "source",
    "rule",
    "stage",
    "heading",
    "label",
    "report_id",
];
