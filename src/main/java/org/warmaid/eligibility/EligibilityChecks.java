package org.warmaid.eligibility;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.warmaid.registration.Registration;
import org.warmaid.registration.RegistrationDirectory;

/** The official check of a submitted registration, recorded with the decision versions used. */
@Service
public class EligibilityChecks {

    // the listeners of the review tasks need one column of the latest check each, not the whole record
    private static final String LATEST_SUGGESTED_AID_AMOUNT = "select suggested_aid_amount from eligibility_check "
            + "where registration_id = ? order by id desc limit 1";
    private static final String LATEST_REQUIRED_DOCUMENTS = "select required_documents from eligibility_check "
            + "where registration_id = ? order by id desc limit 1";

    private final EligibilityCheck check;
    private final EligibilityRecords records;
    private final RegistrationDirectory registrations;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    EligibilityChecks(EligibilityCheck check, EligibilityRecords records, RegistrationDirectory registrations, JdbcTemplate jdbc,
            Clock clock) {
        this.check = check;
        this.records = records;
        this.registrations = registrations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Checks the registration and records the check.
     * @throws UnknownRegion when the registration's region has no living standard
     */
    @Transactional
    public EligibilityRecord checkAndRecord(Long registrationId) {
        Registration registration = registrations.findById(registrationId).orElseThrow(
                () -> new IllegalStateException("unknown registration " + registrationId));
        EligibilityResult result = check.check(registration.getHousehold());
        EligibilityRecord record = new EligibilityRecord(registrationId, clock.instant(), result);
        records.append(record);
        return record;
    }

    @Transactional(readOnly = true)
    public Optional<EligibilityRecord> latest(Long registrationId) {
        return records.latest(registrationId);
    }

    /** Every check of the registration, oldest first. */
    @Transactional(readOnly = true)
    public List<EligibilityRecord> history(Long registrationId) {
        return records.of(registrationId);
    }

    /** The amount the latest check suggests (the provincial review's form starts with it); empty if none. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<BigDecimal> latestSuggestedAidAmount(Long registrationId) {
        return Optional.ofNullable(latest(LATEST_SUGGESTED_AID_AMOUNT, BigDecimal.class, registrationId));
    }

    /** The amount each registration's latest check suggests, by registration (none: not in the map). */
    @Transactional(readOnly = true)
    public java.util.Map<Long, BigDecimal> latestSuggestedAidAmounts(java.util.Collection<Long> registrationIds) {
        java.util.Map<Long, BigDecimal> amounts = new java.util.HashMap<>();
        if (registrationIds.isEmpty()) {
            return amounts;
        }
        String ids = registrationIds.stream().map(id -> "?").collect(java.util.stream.Collectors.joining(","));
        jdbc.query("select c.registration_id, c.suggested_aid_amount from eligibility_check c where c.id in "
                + "(select max(l.id) from eligibility_check l where l.registration_id in (" + ids + ") group by l.registration_id)",
                (ResultSet row) -> {
                    BigDecimal amount = row.getBigDecimal(2);
                    if (amount != null) {
                        amounts.put(row.getLong(1), amount);
                    }
                }, registrationIds.toArray());
        return amounts;
    }

    /** The documents the latest check requires (the document check's list); empty if none. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> latestRequiredDocuments(Long registrationId) {
        return EligibilityRecord.codes(latest(LATEST_REQUIRED_DOCUMENTS, String.class, registrationId));
    }

    /** The one column the query reads of the registration's latest check; null without a check. */
    private <T> T latest(String query, Class<T> type, Long registrationId) {
        return jdbc.query(query, (ResultSet rows) -> rows.next() ? rows.getObject(1, type) : null, registrationId);
    }
}
