-- Question:   Which agencies received the most requests in a year?
-- Parameters: $year — e.g. --param year=2021; $limit is fixed at 20 rows
-- Columns:    agency, agency_level, province, region_code, requests, line, raw
-- Caveats:    Table figures for the applicant 'total'; agencies are named as printed.
SELECT r.agency, r.agency_level, r.province, r.region_code, m.value AS requests, m.line, m.raw
FROM metrics m JOIN reports r ON r.report_id = m.report_id
WHERE m.metric = 'apply.received' AND m.applicant = 'total' AND m.source = 'table' AND m.year = $year
ORDER BY requests DESC, r.agency, r.province, r.region_code, m.line
LIMIT 20;
