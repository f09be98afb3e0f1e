-- Question:   How did each agency's requests received change over the years?
-- Parameters: none
-- Columns:    agency_key, agency (as printed that year), agency_level, agency_kind, year, received,
--             source (table, or narrative where no table gave it)
-- Caveats:    One row per agency and year with a printed figure of requests received (applicant
--             'total'), a table's figure before a sentence's. Agencies are followed by
--             reports.agency_key (region code / the body's own name; the agencies table lists every
--             printed name); keys starting 'unknown/' name an agency whose region was not resolved
--             and may mix places that share a name.
WITH received AS (
    SELECT r.agency_key, m.year, max(r.agency) AS agency,
           max(CASE WHEN m.source = 'table' THEN m.value END) AS from_table,
           max(CASE WHEN m.source <> 'table' THEN m.value END) AS from_prose
    FROM metrics m JOIN reports r ON r.report_id = m.report_id
    WHERE m.metric = 'apply.received' AND m.applicant = 'total' AND r.agency_key IS NOT NULL
    GROUP BY r.agency_key, m.year
)
SELECT x.agency_key, x.agency, a.agency_level, a.agency_kind, x.year,
       coalesce(x.from_table, x.from_prose) AS received,
       CASE WHEN x.from_table IS NOT NULL THEN 'table' ELSE 'narrative' END AS source
FROM received x JOIN agencies a ON a.agency_key = x.agency_key
ORDER BY x.agency_key, x.year;
