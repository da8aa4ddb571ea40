package org.warmaid.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** The H2 trigger refusing any change to an audit event (on MariaDB, SIGNAL in the trigger does it). */
public class AuditEventsAreFinal implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit events cannot be changed or deleted", "45000");
    }
}
