package org.warmaid.model;

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
}
