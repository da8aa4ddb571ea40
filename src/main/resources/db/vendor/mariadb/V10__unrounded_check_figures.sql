-- The figures of an eligibility check are kept as the decision compared them, not rounded to the fen:
-- a per-person quotient such as 1859.99 / 3 = 619.99666… was stored as 620.00 beside "below 620".
-- Eight decimals keep every such figure on its side of any threshold of whole fen.
ALTER TABLE eligibility_check
    MODIFY minimum_standard DECIMAL(20, 8) NOT NULL,
    MODIFY per_capita_income DECIMAL(20, 8) NOT NULL,
    MODIFY per_capita_living_level DECIMAL(20, 8) NOT NULL;
