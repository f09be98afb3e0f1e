-- Question:   How many information-disclosure requests were received, per province and year,
--             harmonised across template eras?
-- Parameters: none
-- Columns:    province, year, reports (with a figure), requests
-- Caveats:    apply.received (收到申请数 in 2014–2018, 本年新收政府信息公开申请数量 from 2019) for
--             the applicant 'total'; a table figure is preferred to a sentence of the same report.
--             Reports without any figure are not counted (they are in coverage.sql).
WITH per_report AS (
    SELECT report_id, province, year,
           coalesce(max(CASE WHEN source = 'table' THEN value END), max(value)) AS requests
    FROM metrics
    WHERE metric = 'apply.received' AND applicant = 'total'
    GROUP BY report_id, province, year
)
SELECT province, year, count(*) AS reports, sum(requests) AS requests
FROM per_report
GROUP BY province, year
ORDER BY province, year;
