-- Question:   How many information-disclosure requests did each agency receive in a year?
-- Parameters: $year — the year reported on, e.g. --param year=2017
-- Columns:    province, agency, template, received, source (table|narrative), line, raw
-- Caveats:    apply.received is harmonised across template eras (收到申请数 in 2014–2018,
--             本年新收政府信息公开申请数量 in 2019+); the applicant 'total' column is used.
--             Narrative figures come from sentences; where a table exists its figure is listed too.
SELECT r.province,
       r.agency,
       r.template,
       m.value AS received,
       m.source,
       m.line,
       m.raw
FROM metrics m
JOIN reports r ON r.report_id = m.report_id
WHERE m.metric = 'apply.received'
  AND m.applicant = 'total'
  AND m.year = $year
ORDER BY received DESC, r.agency, m.source, r.province, m.line;
