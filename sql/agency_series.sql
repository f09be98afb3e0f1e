-- Question:   How did one agency's requests change over the years?
-- Parameters: $agency_key — reports.agency_key / agencies.agency_key, e.g.
--             --param agency_key=330424000000/政府 (the agencies table lists every key)
-- Columns:    year, agency (as printed that year), received, carried_in, closed, carried_out,
--             carry_over (the check against the year before: passed / failed / null when not
--             comparable), source (table, or narrative where no table gave received)
-- Caveats:    One row per year with a report; figures are applicant 'total', a table's before a
--             sentence's. A key starting 'unknown/' is a name whose region was not resolved and
--             may mix places that share it.
WITH figures AS (
    SELECT m.year, max(r.agency) AS agency,
           max(CASE WHEN m.metric = 'apply.received' AND m.source = 'table' THEN m.value END) AS received_table,
           max(CASE WHEN m.metric = 'apply.received' AND m.source <> 'table' THEN m.value END) AS received_prose,
           max(CASE WHEN m.metric = 'apply.carried_in' THEN m.value END) AS carried_in,
           max(CASE WHEN m.metric = 'apply.result.total' THEN m.value END) AS closed,
           max(CASE WHEN m.metric = 'apply.carried_out' THEN m.value END) AS carried_out
    FROM metrics m JOIN reports r ON r.report_id = m.report_id
    WHERE r.agency_key = $agency_key AND (m.applicant = 'total' OR m.applicant IS NULL)
    GROUP BY m.year
),
carry AS (
    SELECT r.year, bool_and(c.passed) AS passed
    FROM checks c JOIN reports r ON r.report_id = c.report_id
    WHERE r.agency_key = $agency_key AND c.rule = 'carry_over'
    GROUP BY r.year
)
SELECT f.year, f.agency,
       coalesce(f.received_table, f.received_prose) AS received,
       f.carried_in, f.closed, f.carried_out,
       CASE WHEN c.passed THEN 'passed' WHEN NOT c.passed THEN 'failed' END AS carry_over,
       CASE WHEN f.received_table IS NOT NULL THEN 'table' ELSE 'narrative' END AS source
FROM figures f LEFT JOIN carry c ON c.year = f.year
ORDER BY f.year;
