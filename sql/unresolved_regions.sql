-- Question:   Which reports could not be placed in a region, and what were the candidates?
-- Parameters: none
-- Columns:    year, agency, title, rule, candidates, detail
-- Caveats:    region_ambiguous: several divisions fit and the text does not tell them apart
--             (detail lists them with scores); region_not_found: no division is named.
SELECT r.year, r.agency, r.title, c.rule, CAST(c.actual AS BIGINT) AS candidates, c.detail
FROM checks c JOIN reports r ON r.report_id = c.report_id
WHERE c.rule IN ('region_ambiguous', 'region_not_found')
ORDER BY r.year, r.agency, r.title, c.detail;
