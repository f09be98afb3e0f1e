//! Report records → Arrow record batches, one set per partition, in a fixed order.

use crate::schema;
use arrow::array::{
    ArrayRef, BooleanBuilder, Date32Builder, Float64Builder, Int32Builder, Int64Builder, ListBuilder, StringBuilder,
    TimestampMicrosecondBuilder,
};
use arrow::record_batch::RecordBatch;
use nianbao_model::{Reject, ReportRecord};
use std::sync::Arc;

/// `(province, year)`: the Hive partition of a row.
pub type PartitionKey = (String, i32);

/// The Hive partition of a report: its province's pinyin (`unknown`) and its year (0 = unknown).
pub fn partition_key(record: &ReportRecord) -> PartitionKey {
    (record.region.partition_value().to_string(), record.year_partition())
}

fn batch(schema: arrow::datatypes::SchemaRef, columns: Vec<ArrayRef>) -> RecordBatch {
    RecordBatch::try_new(schema, columns).expect("columns built to the table schema")
}

pub fn reports(rows: &[&ReportRecord]) -> RecordBatch {
    let mut report_id = StringBuilder::new();
    let mut source = StringBuilder::new();
    let mut sha256 = StringBuilder::new();
    let mut bytes = Int64Builder::new();
    let mut encoding = StringBuilder::new();
    let mut repairs = ListBuilder::new(StringBuilder::new());
    let mut spam_mirror = BooleanBuilder::new();
    let mut title = StringBuilder::new();
    let mut agency = StringBuilder::new();
    let mut agency_level = StringBuilder::new();
    let mut region_code = StringBuilder::new();
    let mut province_code = StringBuilder::new();
    let mut province_name = StringBuilder::new();
    let mut city = StringBuilder::new();
    let mut county = StringBuilder::new();
    let mut town = StringBuilder::new();
    let mut published = Date32Builder::new();
    let mut missing_since = TimestampMicrosecondBuilder::new().with_timezone("UTC");
    let mut format = StringBuilder::new();
    let mut agency_kind = StringBuilder::new();
    let mut agency_key = StringBuilder::new();
    let mut referrer = StringBuilder::new();
    let mut template = StringBuilder::new();
    let mut metric_count = Int32Builder::new();
    let mut check_failures = Int32Builder::new();
    for r in rows {
        report_id.append_value(&r.report_id);
        source.append_value(&r.source);
        sha256.append_value(&r.sha256);
        bytes.append_value(r.bytes as i64);
        encoding.append_value(&r.encoding);
        for kind in &r.repairs {
            repairs.values().append_value(kind);
        }
        repairs.append(true);
        spam_mirror.append_value(r.spam_mirror);
        title.append_option(r.title.as_deref());
        agency.append_option(r.agency.as_deref());
        agency_level.append_value(&r.agency_level);
        region_code.append_option(r.region.region_code.as_deref());
        province_code.append_option(r.region.province_code.as_deref());
        province_name.append_option(r.region.province_name.as_deref());
        city.append_option(r.region.city.as_deref());
        county.append_option(r.region.county.as_deref());
        town.append_option(r.region.town.as_deref());
        published.append_option(r.published.map(|d| d.days_since_epoch()));
        missing_since.append_option(r.missing_since.map(|s| s * 1_000_000));
        format.append_option(Some(r.format.as_str()).filter(|f| !f.is_empty()));
        agency_kind.append_option(Some(r.agency_kind.as_str()).filter(|k| !k.is_empty()));
        agency_key.append_option(r.agency_key.as_deref());
        referrer.append_option(r.referrer.as_deref());
        template.append_value(&r.template);
        metric_count.append_value(r.metrics.len() as i32);
        check_failures.append_value(r.check_failures() as i32);
    }
    batch(
        schema::reports(),
        vec![
            Arc::new(report_id.finish()),
            Arc::new(source.finish()),
            Arc::new(sha256.finish()),
            Arc::new(bytes.finish()),
            Arc::new(encoding.finish()),
            Arc::new(repairs.finish()),
            Arc::new(spam_mirror.finish()),
            Arc::new(title.finish()),
            Arc::new(agency.finish()),
            Arc::new(agency_level.finish()),
            Arc::new(region_code.finish()),
            Arc::new(province_code.finish()),
            Arc::new(province_name.finish()),
            Arc::new(city.finish()),
            Arc::new(county.finish()),
            Arc::new(town.finish()),
            Arc::new(published.finish()),
            Arc::new(template.finish()),
            Arc::new(metric_count.finish()),
            Arc::new(check_failures.finish()),
            Arc::new(missing_since.finish()),
            Arc::new(format.finish()),
            Arc::new(agency_kind.finish()),
            Arc::new(agency_key.finish()),
            Arc::new(referrer.finish()),
        ],
    )
}

/// A string column's builder with room for all its values: a partition's metrics run to
/// megabytes, and a builder left to grow copied them over and over into fresh pages (zeroed by
/// the kernel) — the builders were a third of the page faults of a run (measured).
fn strings<'a>(values: impl Iterator<Item = &'a str>) -> StringBuilder {
    let (items, bytes) = values.fold((0, 0), |(n, b), v| (n + 1, b + v.len()));
    StringBuilder::with_capacity(items, bytes)
}

/// [`strings`] for the `report_id` column of a child table: each report's id once per row it has.
fn report_ids(rows: &[&ReportRecord], rows_of: impl Fn(&ReportRecord) -> usize) -> StringBuilder {
    let (items, bytes) = rows.iter().fold((0, 0), |(n, b), r| (n + rows_of(r), b + rows_of(r) * r.report_id.len()));
    StringBuilder::with_capacity(items, bytes)
}

pub fn metrics(rows: &[&ReportRecord]) -> RecordBatch {
    let all = || rows.iter().flat_map(|r| r.metrics.iter());
    let n = all().count();
    let mut report_id = report_ids(rows, |r| r.metrics.len());
    let mut metric = strings(all().map(|m| &*m.metric));
    let mut applicant = strings(all().map(|m| m.applicant.map_or("", |a| a.as_str())));
    let mut value = Float64Builder::with_capacity(n);
    let mut unit = strings(all().map(|m| &*m.unit));
    let mut label = strings(all().map(|m| m.label.as_str()));
    let mut raw = strings(all().map(|m| m.raw.as_str()));
    let mut source = strings(all().map(|m| m.source.as_str()));
    let mut line = Int32Builder::with_capacity(n);
    for r in rows {
        for m in &r.metrics {
            report_id.append_value(&r.report_id);
            metric.append_value(&m.metric);
            applicant.append_option(m.applicant.map(|a| a.as_str()));
            value.append_value(m.value);
            unit.append_value(&m.unit);
            label.append_value(&m.label);
            raw.append_value(&m.raw);
            source.append_value(m.source.as_str());
            line.append_value(m.line as i32);
        }
    }
    batch(
        schema::metrics(),
        vec![
            Arc::new(report_id.finish()),
            Arc::new(metric.finish()),
            Arc::new(applicant.finish()),
            Arc::new(value.finish()),
            Arc::new(unit.finish()),
            Arc::new(label.finish()),
            Arc::new(raw.finish()),
            Arc::new(source.finish()),
            Arc::new(line.finish()),
        ],
    )
}

pub fn sections(rows: &[&ReportRecord]) -> RecordBatch {
    let all = || rows.iter().flat_map(|r| r.sections.iter());
    let mut report_id = report_ids(rows, |r| r.sections.len());
    let mut ordinal = Int32Builder::with_capacity(all().count());
    let mut heading = strings(all().map(|s| s.heading.as_str()));
    let mut body = strings(all().map(|s| s.body.as_str()));
    for r in rows {
        for s in &r.sections {
            report_id.append_value(&r.report_id);
            ordinal.append_value(s.ordinal as i32);
            heading.append_value(&s.heading);
            body.append_value(&s.body);
        }
    }
    batch(
        schema::sections(),
        vec![
            Arc::new(report_id.finish()),
            Arc::new(ordinal.finish()),
            Arc::new(heading.finish()),
            Arc::new(body.finish()),
        ],
    )
}

pub fn checks(rows: &[&ReportRecord]) -> RecordBatch {
    let all: Vec<(&str, &nianbao_model::Check)> =
        rows.iter().flat_map(|r| r.checks.iter().map(|c| (r.report_id.as_str(), c))).collect();
    checks_of(&all)
}

/// The `checks` rows of (report, check) pairs, in their order.
pub fn checks_of(all: &[(&str, &nianbao_model::Check)]) -> RecordBatch {
    let n = all.len();
    let mut report_id = strings(all.iter().map(|(id, _)| *id));
    let mut rule = strings(all.iter().map(|(_, c)| &*c.rule));
    let mut expected = Float64Builder::with_capacity(n);
    let mut actual = Float64Builder::with_capacity(n);
    let mut passed = BooleanBuilder::with_capacity(n);
    let mut detail = strings(all.iter().map(|(_, c)| c.detail.as_str()));
    for (id, c) in all {
        report_id.append_value(id);
        rule.append_value(&c.rule);
        expected.append_option(c.expected);
        actual.append_option(c.actual);
        passed.append_value(c.passed);
        detail.append_value(&c.detail);
    }
    batch(
        schema::checks(),
        vec![
            Arc::new(report_id.finish()),
            Arc::new(rule.finish()),
            Arc::new(expected.finish()),
            Arc::new(actual.finish()),
            Arc::new(passed.finish()),
            Arc::new(detail.finish()),
        ],
    )
}

/// Rejects sorted by (source, stage, reason) so that the file is reproducible.
pub fn rejects(rejects: &[Reject]) -> RecordBatch {
    let mut sorted: Vec<&Reject> = rejects.iter().collect();
    sorted.sort_by(|a, b| (&a.source, a.stage, &a.reason).cmp(&(&b.source, b.stage, &b.reason)));
    let mut source = StringBuilder::new();
    let mut sha256 = StringBuilder::new();
    let mut stage = StringBuilder::new();
    let mut reason = StringBuilder::new();
    for r in sorted {
        source.append_value(&r.source);
        sha256.append_option(r.sha256.as_deref());
        stage.append_value(r.stage.as_str());
        reason.append_value(&r.reason);
    }
    batch(
        schema::rejects(),
        vec![Arc::new(source.finish()), Arc::new(sha256.finish()), Arc::new(stage.finish()), Arc::new(reason.finish())],
    )
}

/// The `agencies` table from the document index: one row per agency key, its names as printed
/// (sorted), the years it reported, and its level, kind and place as its latest report gives
/// them. Reports of an unknown year (0) count, but name no year.
pub fn agencies(index: &crate::index::DocumentIndex) -> RecordBatch {
    use crate::index::{AgencyOfReport, Outcome};
    use std::collections::{BTreeMap, BTreeSet};
    struct Seen<'a> {
        names: BTreeSet<&'a str>,
        years: BTreeSet<i32>,
        reports: i32,
        latest: (i32, &'a AgencyOfReport),
    }
    // The latest year's report gives the columns; within a year, the smallest name (a total
    // order, so the table does not depend on the order of the index).
    let later = |a: (i32, &AgencyOfReport), b: (i32, &AgencyOfReport)| {
        (a.0, std::cmp::Reverse(a.1.name.as_str())) > (b.0, std::cmp::Reverse(b.1.name.as_str()))
    };
    let mut by_key: BTreeMap<&str, Seen> = BTreeMap::new();
    for entry in index.documents.values() {
        let (Some(agency), Outcome::Report { year, .. }) = (&entry.agency, &entry.outcome) else { continue };
        let seen = by_key.entry(agency.key.as_str()).or_insert_with(|| Seen {
            names: BTreeSet::new(),
            years: BTreeSet::new(),
            reports: 0,
            latest: (*year, agency),
        });
        seen.names.insert(agency.name.as_str());
        if *year > 0 {
            seen.years.insert(*year);
        }
        seen.reports += 1;
        if later((*year, agency), seen.latest) {
            seen.latest = (*year, agency);
        }
    }
    let mut key = StringBuilder::new();
    let mut region_code = StringBuilder::new();
    let mut province_name = StringBuilder::new();
    let mut level = StringBuilder::new();
    let mut kind = StringBuilder::new();
    let mut names = ListBuilder::new(StringBuilder::new());
    let mut years = ListBuilder::new(Int32Builder::new());
    let mut first_year = Int32Builder::new();
    let mut last_year = Int32Builder::new();
    let mut reports = Int32Builder::new();
    for (k, seen) in &by_key {
        let latest = seen.latest.1;
        key.append_value(k);
        region_code.append_option(latest.region_code.as_deref());
        province_name.append_option(latest.province_name.as_deref());
        level.append_value(&latest.level);
        kind.append_value(&latest.kind);
        for name in &seen.names {
            names.values().append_value(name);
        }
        names.append(true);
        for year in &seen.years {
            years.values().append_value(*year);
        }
        years.append(true);
        first_year.append_option(seen.years.first().copied());
        last_year.append_option(seen.years.last().copied());
        reports.append_value(seen.reports);
    }
    batch(
        schema::agencies(),
        vec![
            Arc::new(key.finish()),
            Arc::new(region_code.finish()),
            Arc::new(province_name.finish()),
            Arc::new(level.finish()),
            Arc::new(kind.finish()),
            Arc::new(names.finish()),
            Arc::new(years.finish()),
            Arc::new(first_year.finish()),
            Arc::new(last_year.finish()),
            Arc::new(reports.finish()),
        ],
    )
}
