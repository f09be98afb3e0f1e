-- Question:   Where does a report's text contradict its own table?
-- Parameters: none
-- Columns:    province, year, agency, detail
-- Caveats:    Only facts stated both ways are compared; an approximate figure (3.7万多条) agrees
--             with any table figure in its range.
SELECT r.province, r.year, r.agency, c.detail
FROM checks c JOIN reports r ON r.report_id = c.report_id
WHERE c.rule = 'narrative_vs_table' AND NOT c.passed
ORDER BY r.province, r.year, r.agency, c.detail;
