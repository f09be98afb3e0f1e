-- Question:   Which reports record fees charged to requesters, and how much (yuan)?
-- Parameters: none
-- Columns:    province, year, agency, fees_yuan, source, raw
-- Caveats:    fees.amount is printed in 万元 in 2014–2018 tables (stored in yuan); 2021 reports
--             state it in sentences, which are not yet read. Zero fees are left out.
SELECT r.province, r.year, r.agency, m.value AS fees_yuan, m.source, m.raw
FROM metrics m JOIN reports r ON r.report_id = m.report_id
WHERE m.metric = 'fees.amount' AND m.value > 0
ORDER BY fees_yuan DESC, r.agency, r.province, r.year, m.raw;
