-- Question:   Does what an agency carried over at the end of one year match what it carried in
--             at the start of the next (identity 5 of metrics.md)?
-- Parameters: none
-- Columns:    region_code, agency, year, carried_out, next_year_carried_in, difference
-- Caveats:    Agencies are matched by region code and printed agency name, so a renamed agency
--             is not followed; only pairs where both figures were printed are compared.
WITH c AS (
    SELECT r.region_code, r.agency, m.year,
           max(CASE WHEN m.metric = 'apply.carried_out' THEN m.value END) AS carried_out,
           max(CASE WHEN m.metric = 'apply.carried_in' THEN m.value END) AS carried_in
    FROM metrics m JOIN reports r ON r.report_id = m.report_id
    WHERE m.applicant = 'total' AND m.source = 'table' AND r.region_code IS NOT NULL
    GROUP BY r.region_code, r.agency, m.year
)
SELECT a.region_code, a.agency, a.year, a.carried_out, b.carried_in AS next_year_carried_in,
       b.carried_in - a.carried_out AS difference
FROM c a JOIN c b ON b.region_code = a.region_code AND b.agency = a.agency AND b.year = a.year + 1
WHERE a.carried_out IS NOT NULL AND b.carried_in IS NOT NULL AND a.carried_out <> b.carried_in
ORDER BY a.region_code, a.agency, a.year;
