package org.warmaid.eligibility;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.annotations.Immutable;

/** An official eligibility check of a registration, kept as it was: never recomputed or changed. */
@Entity
@Immutable
@Table(name = "eligibility_check")
public class EligibilityRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long registrationId;

    private Instant checkedAt;

    private String region;

    private BigDecimal minimumStandard;

    private BigDecimal disposableIncome;

    private BigDecimal perCapitaIncome;

    private BigDecimal perCapitaLivingLevel;

    private int monthsBelowStandard;

    private boolean specialHardship;

    private boolean suddenHardship;

    private boolean clauseMet;

    private String clause;

    private String exclusions;

    private String requiredDocuments;

    private BigDecimal suggestedAidAmount;

    private boolean eligible;

    private String explanation;

    private String decisions;

    protected EligibilityRecord() {
    }

    EligibilityRecord(Long registrationId, Instant checkedAt, EligibilityResult result) {
        this.registrationId = registrationId;
        this.checkedAt = checkedAt;
        this.region = result.region();
        this.minimumStandard = stored(result.minimumStandard());
        this.disposableIncome = result.disposableIncome();
        this.perCapitaIncome = stored(result.perCapitaIncome());
        this.perCapitaLivingLevel = stored(result.perCapitaLivingLevel());
        this.monthsBelowStandard = result.monthsBelowStandard();
        this.specialHardship = result.specialHardship();
        this.suddenHardship = result.suddenHardship();
        this.clauseMet = result.clauseMet();
        this.clause = result.clause().code();
        this.exclusions = String.join(",", result.exclusionCodes());
        this.requiredDocuments = String.join(",", result.documentCodes());
        this.suggestedAidAmount = result.suggestedAidAmount().orElse(null);
        this.eligible = result.eligible();
        this.explanation = result.explanation().length() > 4000 ? result.explanation().substring(0, 4000) : result.explanation();
        this.decisions = result.decisions().stream().map(DecisionRef::toString).collect(Collectors.joining("; "));
    }

    /**
     * A figure as its column keeps it (eight decimals): still on the same side of every threshold of
     * whole fen as the unrounded value the decision compared.
     */
    private static BigDecimal stored(BigDecimal figure) {
        return figure.setScale(8, RoundingMode.HALF_UP);
    }

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
