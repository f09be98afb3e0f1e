-- Question:   Where does what an agency carried in at the start of a year differ from what it
--             carried out at the end of the year before (identity 5 of metrics.md)?
-- Parameters: none
-- Columns:    agency_key, agency (as printed the later year), province_name, year (the later
--             year), carried_in, carried_out_year_before, difference, detail
-- Caveats:    From the carry_over rows of checks, made at every run for each report whose agency
--             reported the year before (agencies whose region was not resolved are left out: their
--             key is a name alone, which places share). A table's figure is used before a
--             sentence's.
SELECT r.agency_key, r.agency, r.province_name, r.year,
       c.actual AS carried_in, c.expected AS carried_out_year_before,
       c.actual - c.expected AS difference, c.detail
FROM checks c JOIN reports r ON r.report_id = c.report_id
WHERE c.rule = 'carry_over' AND NOT c.passed
ORDER BY r.agency_key, r.year, c.detail;
