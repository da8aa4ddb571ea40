-- The figures of an eligibility check are kept as the decision compared them, not rounded to the fen:
-- a per-person quotient such as 1859.99 / 3 = 619.99666… was stored as 620.00 beside "below 620".
-- Eight decimals keep every such figure on its side of any threshold of whole fen.
ALTER TABLE eligibility_check ALTER COLUMN minimum_standard SET DATA TYPE DECIMAL(20, 8);
ALTER TABLE eligibility_check ALTER COLUMN per_capita_income SET DATA TYPE DECIMAL(20, 8);
ALTER TABLE eligibility_check ALTER COLUMN per_capita_living_level SET DATA TYPE DECIMAL(20, 8);
