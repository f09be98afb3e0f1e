-- Question:   Where one report was landed as more than one document — a report page and the
--             PDF or Word file it attaches, or the same agency's report of a year twice — which
--             document should be counted?
-- Parameters: none
-- Columns:    report_group (the report page for a page and its attachments, else agency_key and
--             year), report_id, source, referrer (the page that linked it), format, agency,
--             year, metric_count, preferred (one per group), documents (in the group)
-- Caveats:    The preferred document is the one with the most figures read; among equals an
--             attached file (the published document) before a page, then the smaller report_id.
--             Nothing is merged or dropped: every document stays in `reports`, and a question
--             that counts reports can keep `preferred` ones only. A cover page that only says
--             详见附件 is not in `reports` (a reject of stage parse; the attachment's referrer
--             names it). Agencies whose region was not resolved ('unknown/' keys) are grouped
--             only where a page links them.
WITH linked AS (
    SELECT r.report_id, r.source, r.referrer, r.format, r.agency, r.agency_key, r.year, r.metric_count,
           p.source AS page_in_warehouse
    FROM reports r
    LEFT JOIN reports p ON r.referrer = p.source
),
attaching AS (SELECT DISTINCT page_in_warehouse AS page FROM linked WHERE page_in_warehouse IS NOT NULL),
grouped AS (
    SELECT l.*,
           CASE WHEN l.page_in_warehouse IS NOT NULL THEN l.page_in_warehouse
                WHEN a.page IS NOT NULL THEN l.source
                WHEN l.agency_key IS NOT NULL AND l.agency_key NOT LIKE 'unknown/%' AND l.year > 0
                    THEN concat(l.agency_key, ' ', CAST(l.year AS VARCHAR))
           END AS report_group,
           CASE WHEN l.format IN ('pdf', 'docx', 'doc', 'wps') THEN 0 ELSE 1 END AS page_last
    FROM linked l
    LEFT JOIN attaching a ON a.page = l.source
),
ranked AS (
    SELECT *,
           row_number() OVER (PARTITION BY report_group ORDER BY metric_count DESC, page_last, report_id) AS rank,
           count(*) OVER (PARTITION BY report_group) AS documents
    FROM grouped
    WHERE report_group IS NOT NULL
)
SELECT report_group, report_id, source, referrer, format, agency, year, metric_count,
       rank = 1 AS preferred, documents
FROM ranked
WHERE documents > 1
ORDER BY report_group, rank;
