-- Question:   How often does an agency's carry-over break from one year to the next, by province?
-- Parameters: none
-- Columns:    province_name, compared (pairs of consecutive reports with both figures), broken,
--             broken_share, requests_unaccounted (sum of |carried in − carried out the year before|)
-- Caveats:    From the carry_over rows of checks (see carry_over_mismatches.sql); only agencies
--             whose region was resolved, with reports of two consecutive years in the warehouse.
SELECT r.province_name,
       count(*) AS compared,
       sum(CASE WHEN c.passed THEN 0 ELSE 1 END) AS broken,
       round(sum(CASE WHEN c.passed THEN 0.0 ELSE 1.0 END) / count(*), 3) AS broken_share,
       sum(abs(c.actual - c.expected)) AS requests_unaccounted
FROM checks c JOIN reports r ON r.report_id = c.report_id
WHERE c.rule = 'carry_over'
GROUP BY r.province_name
ORDER BY broken DESC, r.province_name;
