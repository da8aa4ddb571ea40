package org.warmaid.eligibility;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.warmaid.model.StoredInstants;

/**
 * Appends the checks and reads them, by plain SQL only: a check once recorded is never changed, so
 * its row needs no entity, and an insert without one is the cheapest statement of the check.
 */
@Repository
class EligibilityRecords {

    private static final String SELECT = "select id, registration_id, checked_at, region, minimum_standard, "
            + "disposable_income, per_capita_income, per_capita_living_level, months_below_standard, special_hardship, "
            + "sudden_hardship, clause_met, clause, exclusions, required_documents, suggested_aid_amount, eligible, "
            + "explanation, decisions from eligibility_check where registration_id = ? order by id ";

    private final JdbcTemplate jdbc;

    EligibilityRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends the check; returns it with its id. */
    EligibilityRecord append(EligibilityRecord record) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("insert into eligibility_check (registration_id, "
                    + "checked_at, region, minimum_standard, disposable_income, per_capita_income, per_capita_living_level, "
                    + "months_below_standard, special_hardship, sudden_hardship, clause_met, clause, exclusions, "
                    + "required_documents, suggested_aid_amount, eligible, explanation, decisions) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
            insert.setLong(1, record.getRegistrationId());
            insert.setObject(2, StoredInstants.column(record.getCheckedAt()));
            insert.setString(3, record.getRegion());
            insert.setBigDecimal(4, record.getMinimumStandard());
            insert.setBigDecimal(5, record.getDisposableIncome());
            insert.setBigDecimal(6, record.getPerCapitaIncome());
            insert.setBigDecimal(7, record.getPerCapitaLivingLevel());
            insert.setInt(8, record.getMonthsBelowStandard());
            insert.setBoolean(9, record.isSpecialHardship());
            insert.setBoolean(10, record.isSuddenHardship());
            insert.setBoolean(11, record.isClauseMet());
            insert.setString(12, record.getClause());
            insert.setString(13, record.exclusionCodes());
            insert.setString(14, record.requiredDocumentCodes());
            insert.setBigDecimal(15, record.getSuggestedAidAmount());
            insert.setBoolean(16, record.isEligible());
            insert.setString(17, record.getExplanation());
            insert.setString(18, record.getDecisions());
            return insert;
        }, key);
        return record.withId(key.getKeyAs(Number.class).longValue());
    }

    /** The registration's latest check. */
    Optional<EligibilityRecord> latest(Long registrationId) {
        return jdbc.query(SELECT + "desc limit 1", EligibilityRecords::record, registrationId).stream().findFirst();
    }

    /** The registration's checks, oldest first. */
    List<EligibilityRecord> of(Long registrationId) {
        return jdbc.query(SELECT, EligibilityRecords::record, registrationId);
    }

    private static EligibilityRecord record(ResultSet rows, int number) throws SQLException {
        return new EligibilityRecord(rows.getLong(1), rows.getLong(2),
                rows.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC), rows.getString(4), rows.getBigDecimal(5),
                rows.getBigDecimal(6), rows.getBigDecimal(7), rows.getBigDecimal(8), rows.getInt(9), rows.getBoolean(10),
                rows.getBoolean(11), rows.getBoolean(12), rows.getString(13), rows.getString(14), rows.getString(15),
                rows.getBigDecimal(16), rows.getBoolean(17), rows.getString(18), rows.getString(19));
    }
}
