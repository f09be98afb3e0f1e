-- Question:   Which consistency checks fail, how often, and in which template generations?
-- Parameters: none
-- Columns:    rule, template, failed, evaluated, failed_share
-- Caveats:    A failed check means the printed numbers do not add up (or could not be mapped);
--             the numbers themselves are stored as printed. See checks.detail for each case.
SELECT c.rule,
       r.template,
       sum(CASE WHEN c.passed THEN 0 ELSE 1 END) AS failed,
       count(*) AS evaluated,
       round(sum(CASE WHEN c.passed THEN 0.0 ELSE 1.0 END) / count(*), 3) AS failed_share
FROM checks c
JOIN reports r ON r.report_id = c.report_id
GROUP BY c.rule, r.template
ORDER BY failed DESC, c.rule, r.template;
