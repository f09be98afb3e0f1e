-- Question:   Of the requests answered, what share was disclosed, partly disclosed, withheld,
--             or could not be provided — per year, across template eras?
-- Parameters: none
-- Columns:    year, answered, disclosed_share, partial_share, withheld_share, unavailable_share
-- Caveats:    2019+: withheld = Σ apply.result.withheld.*, unavailable = Σ apply.result.unavailable.*;
--             national_2014: withheld = apply.result.denied, unavailable = apply.result.not_exist.
--             Table figures only, applicant 'total'. Shares of apply.result.total.
WITH f AS (
    SELECT year, report_id,
           sum(CASE WHEN metric = 'apply.result.total' THEN value END) AS answered,
           sum(CASE WHEN metric = 'apply.result.disclosed' THEN value END) AS disclosed,
           sum(CASE WHEN metric = 'apply.result.partial' THEN value END) AS partial,
           sum(CASE WHEN metric LIKE 'apply.result.withheld.%' OR metric = 'apply.result.denied' THEN value END) AS withheld,
           sum(CASE WHEN metric LIKE 'apply.result.unavailable.%' OR metric = 'apply.result.not_exist' THEN value END) AS unavailable
    FROM metrics
    WHERE applicant = 'total' AND source IN ('table', 'derived')
    GROUP BY year, report_id
)
SELECT year,
       sum(answered) AS answered,
       round(sum(disclosed) / nullif(sum(answered), 0), 4) AS disclosed_share,
       round(sum(partial) / nullif(sum(answered), 0), 4) AS partial_share,
       round(sum(withheld) / nullif(sum(answered), 0), 4) AS withheld_share,
       round(sum(unavailable) / nullif(sum(answered), 0), 4) AS unavailable_share
FROM f
WHERE answered IS NOT NULL
GROUP BY year
ORDER BY year;
