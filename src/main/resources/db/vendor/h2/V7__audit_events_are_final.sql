-- Audit events are written once and never changed or removed, whatever the application does.
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW CALL "org.warmaid.audit.AuditEventsAreFinal";
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW CALL "org.warmaid.audit.AuditEventsAreFinal";
