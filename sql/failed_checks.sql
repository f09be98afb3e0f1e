-- Question:   Which consistency checks fail, how often, by template and province?
-- Parameters: none
-- Columns:    rule, template, province, failed, evaluated, failed_share
-- Caveats:    A failed check means the printed numbers do not add up, could not be read
--             (unmapped_row, ambiguous_split, unsplittable_row) or the region is unresolved
--             (region_*); numbers are stored as printed. checks.detail explains each case.
SELECT c.rule,
       r.template,
       c.province,
       sum(CASE WHEN c.passed THEN 0 ELSE 1 END) AS failed,
       count(*) AS evaluated,
       round(sum(CASE WHEN c.passed THEN 0.0 ELSE 1.0 END) / count(*), 3) AS failed_share
FROM checks c
JOIN reports r ON r.report_id = c.report_id
GROUP BY c.rule, r.template, c.province
ORDER BY failed DESC, c.rule, r.template, c.province;
