-- Question:   How many reports does the warehouse hold, per province, year and template?
-- Parameters: none
-- Columns:    province (pinyin partition value; 'unknown' = region not resolved), year (0 = unknown),
--             template, reports, with_tables (reports with at least one table figure)
-- Caveats:    Counts documents, not agencies: an agency that published twice counts twice.
SELECT r.province,
       r.year,
       r.template,
       count(*) AS reports,
       sum(CASE WHEN r.template <> 'narrative' THEN 1 ELSE 0 END) AS with_tables
FROM reports r
GROUP BY r.province, r.year, r.template
ORDER BY r.province, r.year, r.template;
