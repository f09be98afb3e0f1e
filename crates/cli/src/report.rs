//! `nianbao report`: one self-contained HTML page on what the warehouse covers and where its
//! data is bad.
//!
//! The numbers come from the analysts' SQL library (`sql/coverage.sql`,
//! `sql/requests_by_province_year.sql`, `sql/failed_checks.sql`, compiled in), so the page and
//! the tested queries cannot disagree. Charts are drawn by Apache ECharts, inlined from a
//! pinned, integrity-checked copy (`scripts/echarts.sh`): the page needs no network when it
//! is opened. The worst documents carry their full `nianbao inspect` output, re-run from the
//! landing area, in the page itself.
//!
//! The page records failures of its own scripts in `#errors` and marks every chart that
//! finished rendering with `data-rendered="true"` — what the browser test checks.

use anyhow::{Context, Result};
use nianbao_query::{Engine, Format};
use serde_json::{json, Value};
use std::fmt::Write as _;
use std::path::Path;

const COVERAGE: &str = include_str!("../../../sql/coverage.sql");
const REQUESTS: &str = include_str!("../../../sql/requests_by_province_year.sql");
const FAILED_CHECKS: &str = include_str!("../../../sql/failed_checks.sql");

const REPAIRS: &str = "
SELECT kind, count(DISTINCT report_id) AS documents
FROM (SELECT report_id, unnest(repairs) AS kind FROM reports)
GROUP BY kind ORDER BY documents DESC, kind";

const TOTALS: &str = "
SELECT (SELECT count(*) FROM reports) AS reports,
       (SELECT count(*) FROM rejects) AS rejects,
       (SELECT count(*) FROM metrics) AS metrics,
       (SELECT count(*) FROM checks WHERE NOT passed) AS failed_checks,
       (SELECT count(*) FROM reports WHERE missing_since IS NOT NULL) AS missing";

const WORST: &str = "
SELECT report_id, sha256, source, title, agency, province, year, template, check_failures, metric_count
FROM reports
WHERE check_failures > 0
ORDER BY check_failures DESC, report_id
LIMIT 20";

const WORST_CHECKS: &str = "
SELECT report_id, rule, detail FROM checks WHERE NOT passed ORDER BY report_id, rule, detail";

const REJECT_REASONS: &str = "
SELECT stage, reason, count(*) AS documents, min(source) AS example
FROM rejects GROUP BY stage, reason ORDER BY documents DESC, stage, reason LIMIT 30";

async fn rows(engine: &Engine, sql: &str, origin: &str) -> Result<Vec<Value>> {
    let mut out = Vec::new();
    engine
        .run_script(sql, origin, &[], false, |result| {
            if result.is_query() {
                let text = nianbao_query::render(&result.batches, Format::Json)?;
                out = serde_json::from_str(&text)?;
            }
            Ok(())
        })
        .await?;
    Ok(out)
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn text(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Write the report to `out`. `landing` (optional) is where the worst documents' bytes are
/// re-read for their inspection; `chart_js` the ECharts build to inline.
pub fn report(warehouse: &Path, landing: Option<&Path>, chart_js: &Path, out: &Path) -> Result<String> {
    let echarts = std::fs::read_to_string(chart_js).with_context(|| {
        format!("reading the charting library {} (scripts/echarts.sh fetches it)", chart_js.display())
    })?;
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    let (data, worst, checks, rejects, snapshot) = runtime.block_on(async {
        let engine = Engine::open(warehouse).await?;
        let data = json!({
            "totals": rows(&engine, TOTALS, "report:totals").await?.into_iter().next().unwrap_or(Value::Null),
            "coverage": rows(&engine, COVERAGE, "sql/coverage.sql").await?,
            "requests": rows(&engine, REQUESTS, "sql/requests_by_province_year.sql").await?,
            "failed_checks": rows(&engine, FAILED_CHECKS, "sql/failed_checks.sql").await?,
            "repairs": rows(&engine, REPAIRS, "report:repairs").await?,
        });
        let worst = rows(&engine, WORST, "report:worst").await?;
        let checks = rows(&engine, WORST_CHECKS, "report:checks").await?;
        let rejects = rows(&engine, REJECT_REASONS, "report:rejects").await?;
        anyhow::Ok((data, worst, checks, rejects, engine.snapshot.clone()))
    })?;
    let store = match landing {
        Some(l) => Some(nianbao_fetch::LandingStore::open(l)?),
        None => None,
    };
    let page = render(&data, &worst, &checks, &rejects, &snapshot, store.as_ref(), &echarts);
    if let Some(dir) = out.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(out, page).with_context(|| format!("writing {}", out.display()))?;
    Ok(format!("report      {} ({} worst documents, snapshot {})\n", out.display(), worst.len(), snapshot.display()))
}

fn render(
    data: &Value,
    worst: &[Value],
    checks: &[Value],
    rejects: &[Value],
    snapshot: &Path,
    store: Option<&nianbao_fetch::LandingStore>,
    echarts: &str,
) -> String {
    let t = &data["totals"];
    let mut html = String::new();
    let _ = write!(
        html,
        r#"<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>nianbao data quality</title>
<style>
body {{ font-family: system-ui, "WenQuanYi Zen Hei", sans-serif; margin: 2em; color: #222 }}
h1 {{ margin-bottom: 0 }} .sub {{ color: #666 }}
.kpi {{ display: inline-block; margin: 1em 2em 1em 0 }} .kpi b {{ font-size: 1.6em; display: block }}
.chart {{ width: 100%; height: 420px; margin: 1em 0 2em }}
table {{ border-collapse: collapse; margin: 1em 0 }} td, th {{ border: 1px solid #ccc; padding: 3px 8px; text-align: left; vertical-align: top }}
pre {{ background: #f6f6f6; padding: 1em; overflow-x: auto; font-size: 12px }}
#errors:empty {{ display: none }} #errors {{ color: #b00; border: 2px solid #b00; padding: 1em }}
</style></head><body>
<h1>nianbao — what the warehouse holds, and where the data is bad</h1>
<p class="sub">snapshot {snapshot}</p>
<pre id="errors"></pre>
<div class="kpi"><b>{reports}</b>reports</div><div class="kpi"><b>{rejects}</b>rejected inputs</div>
<div class="kpi"><b>{metrics}</b>figures</div><div class="kpi"><b>{failed}</b>failed checks</div><div class="kpi"><b>{missing}</b>reports whose source disappeared</div>
<h2>Coverage: reports per province and year</h2>
<div class="chart" id="coverage"></div>
<h2>Information-disclosure requests received, per province over time</h2>
<p class="sub">apply.received [total], harmonised across template eras (sql/requests_by_province_year.sql)</p>
<div class="chart" id="requests"></div>
<h2>Failed consistency checks by rule</h2>
<div class="chart" id="checks"></div>
<h2>Documents repaired, by repair kind</h2>
<div class="chart" id="repairs"></div>
"#,
        snapshot = escape(&snapshot.display().to_string()),
        reports = text(&t["reports"]),
        rejects = text(&t["rejects"]),
        metrics = text(&t["metrics"]),
        failed = text(&t["failed_checks"]),
        missing = text(&t["missing"]),
    );
    html += &worst_table(worst, checks, store);
    html += &rejects_table(rejects);
    let data_json = serde_json::to_string(data).expect("report data serialises").replace("</", "<\\/");
    let _ = write!(html, "<script type=\"application/json\" id=\"data\">{data_json}</script>\n<script>{echarts}</script>\n<script>{PAGE_JS}</script>\n</body></html>\n");
    html
}

fn worst_table(worst: &[Value], checks: &[Value], store: Option<&nianbao_fetch::LandingStore>) -> String {
    let mut html = String::from("<h2>Documents with the most failed checks</h2>\n");
    if worst.is_empty() {
        html += "<p>No document fails a check.</p>\n";
        return html;
    }
    html += "<table><tr><th>report</th><th>agency / title</th><th>province</th><th>year</th><th>template</th><th>failed</th><th>what failed</th></tr>\n";
    for w in worst {
        let id = text(&w["report_id"]);
        let failed: Vec<String> = checks
            .iter()
            .filter(|c| text(&c["report_id"]) == id)
            .take(5)
            .map(|c| format!("<b>{}</b> {}", escape(&text(&c["rule"])), escape(&text(&c["detail"]))))
            .collect();
        let _ = writeln!(
            html,
            "<tr><td><a href=\"#inspect-{id}\">{id}</a></td><td>{}<br><small>{}</small></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&text(&w["agency"])),
            escape(&text(&w["title"])),
            escape(&text(&w["province"])),
            escape(&text(&w["year"])),
            escape(&text(&w["template"])),
            escape(&text(&w["check_failures"])),
            failed.join("<br>")
        );
    }
    html += "</table>\n<h2>Their inspection (<code>nianbao inspect</code>)</h2>\n";
    for w in worst {
        let id = text(&w["report_id"]);
        let source = text(&w["source"]);
        let inspection = match store.map(|s| s.get(&text(&w["sha256"]))) {
            Some(Ok(bytes)) => crate::inspect::inspect_bytes(Path::new(&source), &bytes, false)
                .unwrap_or_else(|e| format!("inspect failed: {e:#}")),
            Some(Err(e)) => format!("the document's bytes are not in the landing area: {e}"),
            None => "no landing area given (--landing): run `nianbao inspect` on the source".to_string(),
        };
        let _ = writeln!(
            html,
            "<details id=\"inspect-{id}\"><summary>{id} — {}</summary><pre>{}</pre></details>",
            escape(&source),
            escape(&inspection)
        );
    }
    html
}

fn rejects_table(rejects: &[Value]) -> String {
    let mut html = String::from("<h2>Rejected inputs, by reason</h2>\n");
    if rejects.is_empty() {
        html += "<p>No input was rejected.</p>\n";
        return html;
    }
    html += "<table><tr><th>stage</th><th>reason</th><th>documents</th><th>example</th></tr>\n";
    for r in rejects {
        let _ = writeln!(
            html,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&text(&r["stage"])),
            escape(&text(&r["reason"])),
            escape(&text(&r["documents"])),
            escape(&text(&r["example"]))
        );
    }
    html += "</table>\n";
    html
}

/// The charts. Rendered as SVG (inspectable in the DOM), without animation (deterministic).
const PAGE_JS: &str = r#"
(function () {
  var errors = document.getElementById('errors');
  function fail(msg) { errors.textContent += msg + '\n'; }
  window.addEventListener('error', function (e) { fail('error: ' + e.message); });
  var consoleError = console.error;
  console.error = function () { fail('console.error: ' + Array.prototype.join.call(arguments, ' ')); consoleError.apply(console, arguments); };
  try {
    var data = JSON.parse(document.getElementById('data').textContent);
    function chart(id, option) {
      var el = document.getElementById(id);
      var c = echarts.init(el, null, { renderer: 'svg' });
      c.on('finished', function () { el.dataset.rendered = 'true'; });
      option.animation = false;
      c.setOption(option);
    }
    function uniq(xs) { return xs.filter(function (x, i) { return xs.indexOf(x) === i; }).sort(function (a, b) { return a < b ? -1 : a > b ? 1 : 0; }); }

    // Coverage heatmap: province × year, all templates summed.
    var cov = {};
    data.coverage.forEach(function (r) { var k = r.province + '|' + r.year; cov[k] = (cov[k] || 0) + r.reports; });
    var provinces = uniq(data.coverage.map(function (r) { return r.province; }));
    var years = uniq(data.coverage.map(function (r) { return r.year; }));
    var cells = [], max = 1;
    provinces.forEach(function (p, i) { years.forEach(function (y, j) { var n = cov[p + '|' + y] || 0; max = Math.max(max, n); cells.push([j, i, n]); }); });
    document.getElementById('coverage').style.height = Math.max(420, 24 * provinces.length + 140) + 'px';
    chart('coverage', {
      tooltip: { position: 'top' }, grid: { left: 110, bottom: 70 },
      xAxis: { type: 'category', data: years.map(String), name: 'year' },
      yAxis: { type: 'category', data: provinces, axisLabel: { interval: 0 } },
      visualMap: { min: 0, max: max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0 },
      series: [{ type: 'heatmap', data: cells, label: { show: true } }]
    });

    // Requests received over time, one line per province.
    var ryears = uniq(data.requests.map(function (r) { return r.year; }));
    var rprov = uniq(data.requests.map(function (r) { return r.province; }));
    chart('requests', {
      tooltip: { trigger: 'axis' }, legend: { type: 'scroll', top: 0 }, grid: { top: 50 },
      xAxis: { type: 'category', data: ryears.map(String) }, yAxis: { type: 'value', name: 'requests' },
      series: rprov.map(function (p) {
        return { name: p, type: 'line', connectNulls: false, data: ryears.map(function (y) {
          var row = data.requests.find(function (r) { return r.province === p && r.year === y; });
          return row ? row.requests : null; }) };
      })
    });

    // Failed checks by rule (all templates and provinces summed).
    var byRule = {};
    data.failed_checks.forEach(function (r) { byRule[r.rule] = (byRule[r.rule] || 0) + r.failed; });
    var rules = Object.keys(byRule).filter(function (k) { return byRule[k] > 0; }).sort(function (a, b) { return byRule[b] - byRule[a]; });
    chart('checks', {
      tooltip: {}, grid: { left: 200 },
      xAxis: { type: 'value', name: 'failed' }, yAxis: { type: 'category', data: rules.slice().reverse() },
      series: [{ type: 'bar', data: rules.slice().reverse().map(function (k) { return byRule[k]; }) }]
    });

    // Share of documents repaired, per repair kind.
    var total = data.totals.reports || 1;
    var kinds = data.repairs.map(function (r) { return r.kind; });
    chart('repairs', {
      tooltip: { formatter: function (p) { return p.name + ': ' + p.value + '%'; } }, grid: { left: 160 },
      xAxis: { type: 'value', name: '% of reports', max: 100 }, yAxis: { type: 'category', data: kinds },
      series: [{ type: 'bar', data: data.repairs.map(function (r) { return Math.round(1000 * r.documents / total) / 10; }) }]
    });
  } catch (e) { fail('error: ' + e.message); }
})();
"#;
