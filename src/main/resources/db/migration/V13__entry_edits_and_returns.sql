-- When the unit last changed a registration (its form or a supporting document) and when it was last
-- sent back to the unit: at a correction deadline a registration returned and not changed since is
-- not declared again (it would be checked and returned as before), it ends with that reason.
ALTER TABLE registration ADD COLUMN edited_at TIMESTAMP(6);
ALTER TABLE registration ADD COLUMN returned_at TIMESTAMP(6);
UPDATE registration SET edited_at = updated_at;
