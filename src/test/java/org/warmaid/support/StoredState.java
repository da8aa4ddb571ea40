package org.warmaid.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the database holds about registrations and their processes, read with plain SQL (the
 * application may be down or in another JVM): the facts a fault test checks after the fault.
 */
public final class StoredState {

    private final Connection db;

    public StoredState(Connection db) {
        this.db = db;
    }

    /** A registration row with the places its process instances wait or ended. */
    public record Stored(long id, String reference, String stage, int processes, List<String> openTasks,
            List<String> endEvents) {
    }

    /** Every registration with its process instances (by business key), open tasks and end events. */
    public Map<Long, Stored> registrations() throws SQLException {
        Map<Long, Stored> all = new HashMap<>();
        Map<String, Integer> processes = countBy("select BUSINESS_KEY_, count(*) from ACT_HI_PROCINST "
                + "where PROC_DEF_KEY_ = 'HardshipAidProcess' group by BUSINESS_KEY_");
        Map<String, List<String>> tasks = listBy("select p.BUSINESS_KEY_, t.TASK_DEF_KEY_ from ACT_RU_TASK t "
                + "join ACT_HI_PROCINST p on p.ID_ = t.PROC_INST_ID_");
        Map<String, List<String>> ends = listBy("select p.BUSINESS_KEY_, a.ACT_ID_ from ACT_HI_ACTINST a "
                + "join ACT_HI_PROCINST p on p.ID_ = a.PROC_INST_ID_ where a.ACT_TYPE_ = 'noneEndEvent'");
        try (PreparedStatement query = db.prepareStatement("select id, reference, stage from registration");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String reference = rows.getString(2);
                all.put(rows.getLong(1), new Stored(rows.getLong(1), reference, rows.getString(3),
                        processes.getOrDefault(reference, 0), tasks.getOrDefault(reference, List.of()),
                        ends.getOrDefault(reference, List.of())));
            }
        }
        return all;
    }

    /** Process instances whose business key is no registration's reference. */
    public long processesWithoutRegistration() throws SQLException {
        return count("select count(*) from ACT_HI_PROCINST p where p.PROC_DEF_KEY_ = 'HardshipAidProcess' "
                + "and not exists (select 1 from registration r where r.reference = p.BUSINESS_KEY_)");
    }

    /** Running process instances that wait nowhere a person or a message can move them on from (no task, no job, no subscription). */
    public long stuckProcesses() throws SQLException {
        return count("select count(*) from ACT_RU_EXECUTION e where e.PARENT_ID_ is null "
                + "and not exists (select 1 from ACT_RU_TASK t where t.PROC_INST_ID_ = e.ID_) "
                + "and not exists (select 1 from ACT_RU_JOB j where j.PROCESS_INSTANCE_ID_ = e.ID_) "
                + "and not exists (select 1 from ACT_RU_EVENT_SUBSCR s where s.PROC_INST_ID_ = e.ID_ and s.EVENT_TYPE_ = 'message' "
                + "and s.ACTIVITY_ID_ <> 'BoundaryEvent_Withdrawn')");
    }

    /** Incidents, and jobs whose retries are used up. */
    public long incidentsOrExhaustedJobs() throws SQLException {
        return count("select count(*) from ACT_RU_INCIDENT") + count("select count(*) from ACT_RU_JOB where RETRIES_ <= 0");
    }

    /** The same person (ID-number hash) registered more than once in a campaign. */
    public long duplicatedPeople() throws SQLException {
        return count("select count(*) from (select id_number_hash from registration group by campaign_id, id_number_hash "
                + "having count(*) > 1) d");
    }

    public long count(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    public List<Map<String, Object>> rows(String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(sql); ResultSet result = query.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                Map<String, Object> row = new java.util.LinkedHashMap<>();
                for (int i = 1; i <= columns; i++) {
                    row.put(result.getMetaData().getColumnLabel(i), result.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private Map<String, Integer> countBy(String sql) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }

    private Map<String, List<String>> listBy(String sql) throws SQLException {
        Map<String, List<String>> lists = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                lists.computeIfAbsent(rows.getString(1), key -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return lists;
    }
}
