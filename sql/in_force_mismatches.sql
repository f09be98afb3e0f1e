-- Question:   Do an agency's rules and normative documents in force add up across years
--             (2021 template: in force this year = in force last year + issued − repealed)?
-- Parameters: none
-- Columns:    agency_key, agency, year, kind (rules/normative), in_force_last_year, issued, repealed,
--             in_force, difference (printed in force minus what the identity gives)
-- Caveats:    Agencies are followed by reports.agency_key; unresolved regions are left out. Only
--             years whose four figures were printed in a table are compared (the 2019 template has
--             no in-force column).
WITH f AS (
    SELECT r.agency_key, max(r.agency) AS agency, m.year,
           CASE WHEN m.metric LIKE 'art20.rules.%' THEN 'rules' ELSE 'normative' END AS kind,
           max(CASE WHEN m.metric LIKE '%.in_force' THEN m.value END) AS in_force,
           max(CASE WHEN m.metric LIKE '%.issued' THEN m.value END) AS issued,
           max(CASE WHEN m.metric LIKE '%.repealed' THEN m.value END) AS repealed
    FROM metrics m JOIN reports r ON r.report_id = m.report_id
    WHERE m.source = 'table'
      AND (m.metric LIKE 'art20.rules.%' OR m.metric LIKE 'art20.normative.%')
      AND r.agency_key IS NOT NULL AND r.agency_key NOT LIKE 'unknown/%'
    GROUP BY r.agency_key, m.year, CASE WHEN m.metric LIKE 'art20.rules.%' THEN 'rules' ELSE 'normative' END
)
SELECT b.agency_key, b.agency, b.year, b.kind, a.in_force AS in_force_last_year, b.issued, b.repealed,
       b.in_force, b.in_force - (a.in_force + b.issued - b.repealed) AS difference
FROM f a JOIN f b ON b.agency_key = a.agency_key AND b.kind = a.kind AND b.year = a.year + 1
WHERE a.in_force IS NOT NULL AND b.in_force IS NOT NULL AND b.issued IS NOT NULL AND b.repealed IS NOT NULL
  AND b.in_force <> a.in_force + b.issued - b.repealed
ORDER BY b.agency_key, b.kind, b.year;
