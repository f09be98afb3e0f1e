-- Question:   How often do requests end in administrative reconsideration or litigation, per
--             1,000 requests, and how often is the agency corrected?
-- Parameters: none
-- Columns:    year, requests, reviews, lawsuits, reviews_per_1000, lawsuits_per_1000, review_correction_rate
-- Caveats:    litigation.total is printed (2014–2018) or derived from table 四 (2019+). Reports
--             that print no request figure do not enter the rates. Table and derived figures only.
WITH f AS (
    SELECT year, report_id,
           sum(CASE WHEN metric = 'apply.received' AND applicant = 'total' THEN value END) AS requests,
           sum(CASE WHEN metric = 'review.total' THEN value END) AS reviews,
           sum(CASE WHEN metric = 'review.corrected' THEN value END) AS corrected,
           sum(CASE WHEN metric = 'litigation.total' THEN value END) AS lawsuits
    FROM metrics
    WHERE source IN ('table', 'derived')
    GROUP BY year, report_id
)
SELECT year,
       sum(requests) AS requests,
       sum(reviews) AS reviews,
       sum(lawsuits) AS lawsuits,
       round(1000 * sum(reviews) / nullif(sum(requests), 0), 2) AS reviews_per_1000,
       round(1000 * sum(lawsuits) / nullif(sum(requests), 0), 2) AS lawsuits_per_1000,
       round(sum(corrected) / nullif(sum(reviews), 0), 4) AS review_correction_rate
FROM f
WHERE requests IS NOT NULL
GROUP BY year
ORDER BY year;
