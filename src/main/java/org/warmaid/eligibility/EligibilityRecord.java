package org.warmaid.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An official eligibility check of a registration, kept as it was: never recomputed or changed.
 * The table is written and read by plain SQL only ({@link EligibilityRecords}).
 */
public final class EligibilityRecord {

    private final Long id;
    private final Long registrationId;
    private final Instant checkedAt;
    private final String region;
    private final BigDecimal minimumStandard;
    private final BigDecimal disposableIncome;
    private final BigDecimal perCapitaIncome;
    private final BigDecimal perCapitaLivingLevel;
    private final int monthsBelowStandard;
    private final boolean specialHardship;
    private final boolean suddenHardship;
    private final boolean clauseMet;
    private final String clause;
    private final String exclusions;
    private final String requiredDocuments;
    private final BigDecimal suggestedAidAmount;
    private final boolean eligible;
    private final String explanation;
    private final String decisions;

    /** The check about to be recorded. */
    EligibilityRecord(Long registrationId, Instant checkedAt, EligibilityResult result) {
        this(null, registrationId, checkedAt, result.region(), stored(result.minimumStandard()), result.disposableIncome(),
                stored(result.perCapitaIncome()), stored(result.perCapitaLivingLevel()), result.monthsBelowStandard(),
                result.specialHardship(), result.suddenHardship(), result.clauseMet(), result.clause().code(),
                String.join(",", result.exclusionCodes()), String.join(",", result.documentCodes()),
                result.suggestedAidAmount().orElse(null), result.eligible(),
                result.explanation().length() > 4000 ? result.explanation().substring(0, 4000) : result.explanation(),
                result.decisions().stream().map(DecisionRef::toString).collect(Collectors.joining("; ")));
    }

    /** A check as its row keeps it. */
    EligibilityRecord(Long id, Long registrationId, Instant checkedAt, String region, BigDecimal minimumStandard,
            BigDecimal disposableIncome, BigDecimal perCapitaIncome, BigDecimal perCapitaLivingLevel,
            int monthsBelowStandard, boolean specialHardship, boolean suddenHardship, boolean clauseMet, String clause,
            String exclusions, String requiredDocuments, BigDecimal suggestedAidAmount, boolean eligible,
            String explanation, String decisions) {
        this.id = id;
        this.registrationId = registrationId;
        this.checkedAt = checkedAt;
        this.region = region;
        this.minimumStandard = minimumStandard;
        this.disposableIncome = disposableIncome;
        this.perCapitaIncome = perCapitaIncome;
        this.perCapitaLivingLevel = perCapitaLivingLevel;
        this.monthsBelowStandard = monthsBelowStandard;
        this.specialHardship = specialHardship;
        this.suddenHardship = suddenHardship;
        this.clauseMet = clauseMet;
        this.clause = clause;
        this.exclusions = exclusions;
        this.requiredDocuments = requiredDocuments;
        this.suggestedAidAmount = suggestedAidAmount;
        this.eligible = eligible;
        this.explanation = explanation;
        this.decisions = decisions;
    }

    /**
     * A figure as its column keeps it (eight decimals): still on the same side of every threshold of
     * whole fen as the unrounded value the decision compared.
     */
    private static BigDecimal stored(BigDecimal figure) {
        return figure.setScale(8, RoundingMode.HALF_UP);
    }

    /** Null for a check just recorded; set on one read back. */
    public Long getId() {
        return id;
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public String getRegion() {
        return region;
    }

    public BigDecimal getMinimumStandard() {
        return minimumStandard;
    }

    public BigDecimal getDisposableIncome() {
        return disposableIncome;
    }

    public BigDecimal getPerCapitaIncome() {
        return perCapitaIncome;
    }

    public BigDecimal getPerCapitaLivingLevel() {
        return perCapitaLivingLevel;
    }

    public int getMonthsBelowStandard() {
        return monthsBelowStandard;
    }

    public boolean isSpecialHardship() {
        return specialHardship;
    }

    public boolean isSuddenHardship() {
        return suddenHardship;
    }

    public boolean isClauseMet() {
        return clauseMet;
    }

    public String getClause() {
        return clause;
    }

    /** The exclusions' codes as the column keeps them, comma-separated. */
    String exclusionCodes() {
        return exclusions;
    }

    /** The required documents' codes as the column keeps them, comma-separated. */
    String requiredDocumentCodes() {
        return requiredDocuments;
    }

    public List<String> getExclusions() {
        return codes(exclusions);
    }

    public List<String> getRequiredDocuments() {
        return codes(requiredDocuments);
    }

    public BigDecimal getSuggestedAidAmount() {
        return suggestedAidAmount;
    }

    public boolean isEligible() {
        return eligible;
    }

    public String getExplanation() {
        return explanation;
    }

    public String getDecisions() {
        return decisions;
    }

    static List<String> codes(String codes) {
        return codes == null || codes.isBlank() ? List.of() : Arrays.asList(codes.split(","));
    }
}
