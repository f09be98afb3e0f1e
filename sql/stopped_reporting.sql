-- Question:   Which agencies reported in earlier years but not in the latest year the warehouse
--             holds?
-- Parameters: none
-- Columns:    agency_key, name (the first of the names it printed, in sort order), province_name, agency_level,
--             agency_kind, first_year, last_year, reports, latest_year (of the warehouse)
-- Caveats:    "Stopped" means no report of the latest year is in the warehouse: the site may
--             publish late, move its column, or the crawl may not reach it. Agencies whose region
--             was not resolved ('unknown/' keys) are left out (their key is a name alone).
WITH latest AS (SELECT max(year) AS y FROM reports WHERE year > 0),
     printed AS (SELECT agency_key, min(agency) AS name FROM reports GROUP BY agency_key)
SELECT a.agency_key, p.name, a.province_name, a.agency_level, a.agency_kind,
       a.first_year, a.last_year, a.reports, l.y AS latest_year
FROM agencies a
JOIN printed p ON p.agency_key = a.agency_key
CROSS JOIN latest l
WHERE a.last_year < l.y AND a.agency_key NOT LIKE 'unknown/%'
ORDER BY a.province_name, a.last_year, a.agency_key;
