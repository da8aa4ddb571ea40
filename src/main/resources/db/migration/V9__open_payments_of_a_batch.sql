-- Whether a batch still has open payments is asked at every payment settled by hand; with only the
-- batch in the index, the question read every settled payment of the batch first.
CREATE INDEX ix_payment_batch_open ON payment (batch_id, open_slot);
