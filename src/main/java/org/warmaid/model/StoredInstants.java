package org.warmaid.model;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants written with plain SQL: stored in UTC, as Hibernate stores every instant of the
 * application ({@code hibernate.jdbc.time_zone}), whatever the JVM's zone, so that rows written
 * either way read back alike through the entities.
 */
public final class StoredInstants {

    private StoredInstants() {
    }

    public static LocalDateTime column(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The instant a column written by {@link #column} (or by Hibernate) holds; null for SQL NULL. */
    public static Instant read(ResultSet rows, int column) throws SQLException {
        LocalDateTime stored = rows.getObject(column, LocalDateTime.class);
        return stored == null ? null : stored.toInstant(ZoneOffset.UTC);
    }
}
