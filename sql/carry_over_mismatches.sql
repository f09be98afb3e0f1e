-- Question:   Does what an agency carried over at the end of one year match what it carried in
--             at the start of the next (identity 5 of metrics.md)?
-- Parameters: none
-- Columns:    agency_key, agency (as printed the later year), year, carried_out, next_year_carried_in, difference
-- Caveats:    Agencies are followed by reports.agency_key (region code / the body's own name), so the
--             printed variants of a name match; agencies whose region was not resolved are left out
--             (their key is a name alone, which places share). Only pairs where both figures were
--             printed in a table are compared.
WITH c AS (
    SELECT r.agency_key, max(r.agency) AS agency, m.year,
           max(CASE WHEN m.metric = 'apply.carried_out' THEN m.value END) AS carried_out,
           max(CASE WHEN m.metric = 'apply.carried_in' THEN m.value END) AS carried_in
    FROM metrics m JOIN reports r ON r.report_id = m.report_id
    WHERE m.applicant = 'total' AND m.source = 'table'
      AND r.agency_key IS NOT NULL AND r.agency_key NOT LIKE 'unknown/%'
    GROUP BY r.agency_key, m.year
)
SELECT a.agency_key, b.agency, a.year, a.carried_out, b.carried_in AS next_year_carried_in,
       b.carried_in - a.carried_out AS difference
FROM c a JOIN c b ON b.agency_key = a.agency_key AND b.year = a.year + 1
WHERE a.carried_out IS NOT NULL AND b.carried_in IS NOT NULL AND a.carried_out <> b.carried_in
ORDER BY a.agency_key, a.year;
