package org.warmaid.eligibility;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
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

    void append(EligibilityRecord record) {
        jdbc.update("insert into eligibility_check (registration_id, checked_at, region, minimum_standard, disposable_income, "
                + "per_capita_income, per_capita_living_level, months_below_standard, special_hardship, sudden_hardship, "
                + "clause_met, clause, exclusions, required_documents, suggested_aid_amount, eligible, explanation, decisions) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", record.getRegistrationId(),
                StoredInstants.column(record.getCheckedAt()), record.getRegion(), record.getMinimumStandard(),
                record.getDisposableIncome(), record.getPerCapitaIncome(), record.getPerCapitaLivingLevel(),
                record.getMonthsBelowStandard(), record.isSpecialHardship(), record.isSuddenHardship(), record.isClauseMet(),
                record.getClause(), record.exclusionCodes(), record.requiredDocumentCodes(), record.getSuggestedAidAmount(),
                record.isEligible(), record.getExplanation(), record.getDecisions());
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
                StoredInstants.read(rows, 3), rows.getString(4), rows.getBigDecimal(5),
                rows.getBigDecimal(6), rows.getBigDecimal(7), rows.getBigDecimal(8), rows.getInt(9), rows.getBoolean(10),
                rows.getBoolean(11), rows.getBoolean(12), rows.getString(13), rows.getString(14), rows.getString(15),
                rows.getBigDecimal(16), rows.getBoolean(17), rows.getString(18), rows.getString(19));
    }
}
