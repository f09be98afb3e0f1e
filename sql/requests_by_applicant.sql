-- Question:   Who asks? Requests received by applicant type (templates of 2019 and later).
-- Parameters: none
-- Columns:    year, applicant, requests, share
-- Caveats:    Only 2019+ tables break requests down by applicant; 'total' is left out of the rows
--             and used as the denominator.
WITH r AS (
    SELECT year, applicant, sum(value) AS requests
    FROM metrics
    WHERE metric = 'apply.received' AND source = 'table' AND applicant IS NOT NULL
    GROUP BY year, applicant
)
SELECT r.year, r.applicant, r.requests, round(r.requests / nullif(t.requests, 0), 4) AS share
FROM r JOIN r AS t ON t.year = r.year AND t.applicant = 'total'
WHERE r.applicant <> 'total' AND r.year >= 2019
ORDER BY r.year, r.applicant;
