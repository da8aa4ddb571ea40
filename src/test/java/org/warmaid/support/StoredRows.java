package org.warmaid.support;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rows as stored, comparable with equals (binary columns as hex), to show that a refused request changed nothing. */
public final class StoredRows {

    private StoredRows() {
    }

    public static Map<String, Object> registration(JdbcTemplate jdbc, long id) {
        Map<String, Object> row = comparable(jdbc.queryForMap("select * from registration where id = ?", id));
        row.put("familyMembers", jdbc.queryForList("select * from registration_family_member where registration_id = ? order by 1",
                id).stream().map(StoredRows::comparable).toList());
        return row;
    }

    public static Map<String, Object> comparable(Map<String, Object> row) {
        Map<String, Object> copy = new LinkedHashMap<>();
        row.forEach((column, value) -> copy.put(column.toLowerCase(java.util.Locale.ROOT),
                value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : value));
        return copy;
    }
}
