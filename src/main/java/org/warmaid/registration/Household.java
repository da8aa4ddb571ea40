package org.warmaid.registration;

import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The household of a registration as 附件3 judges it, with the 送温暖对象 category (which decides
 * whether 附件3's means test applies at all), and the figures derived from it: disposable income =
 * total income − income tax − personal social-security contributions; per-capita income =
 * disposable ÷ household size; per-capita living level = (disposable − necessary expenses) ÷
 * household size. Money in yuan per month, areas m². The registration keeps it in its own columns.
 *
 * <p>Nothing is rounded before a decision (附件3 compares the household's figures with the standard,
 * not rounded ones): a quotient is carried to 34 significant digits, exact whenever it terminates.
 * The amounts are whole fen and the household has at most 20 people, so a quotient that is not
 * exactly on a threshold of whole fen lies at least 0.0005 away from it, far beyond those digits
 * and beyond the precision of the decision's double inputs. Figures are rounded only to be shown,
 * by {@code eligibility.Figures}.
 *
 * @param suddenHardship the answer to the question of a sudden event, accident or major illness;
 *        clause (三) counts more than that answer, see {@link #suddenOrSeriousHardship()}
 */
@Embeddable
public record Household(
        String region,
        int householdSize,
        BigDecimal householdMonthlyIncome,
        BigDecimal incomeTax,
        BigDecimal socialSecurityContributions,
        BigDecimal necessaryExpenses,
        int monthsBelowStandard,
        @Convert(converter = HardshipTypesColumn.class) Set<HardshipType> hardshipTypes,
        boolean suddenHardship,
        boolean minimumLivingAllowance,
        boolean disabled,
        int homeCount,
        BigDecimal housingArea,
        boolean ownsShopOrEmploysOthers,
        boolean childInPrivateSchoolOrAbroad,
        boolean usesShipsOrMachinery,
        boolean declaredTruthfully,
        int aidCategory) {

    private static final Set<HardshipType> SPECIAL = Set.of(
            HardshipType.SERIOUS_ILLNESS, HardshipType.SINGLE_PARENT_FEMALE, HardshipType.OTHER);

    public Household {
        EnumSet<HardshipType> types = EnumSet.noneOf(HardshipType.class);
        if (hardshipTypes != null) {
            types.addAll(hardshipTypes);
        }
        hardshipTypes = Collections.unmodifiableSet(types);
    }

    public BigDecimal disposableIncome() {
        return householdMonthlyIncome.subtract(incomeTax).subtract(socialSecurityContributions);
    }

    public BigDecimal perCapitaIncome() {
        return perPerson(disposableIncome());
    }

    public BigDecimal perCapitaLivingLevel() {
        return perPerson(disposableIncome().subtract(necessaryExpenses));
    }

    public BigDecimal housingAreaPerPerson() {
        return perPerson(housingArea);
    }

    private BigDecimal perPerson(BigDecimal total) {
        return total.divide(BigDecimal.valueOf(householdSize), MathContext.DECIMAL128);
    }

    /** 患病、子女上学、残疾、单亲及其他特殊原因: illness, single parent, other (incl. schooling), disability. */
    public boolean specialHardship() {
        return disabled || hardshipTypes.stream().anyMatch(SPECIAL::contains);
    }

    /**
     * 突发事件、意外伤害、重大疾病 (附件3 第一部分（三）): declared as such, or a disaster or 大重病 ticked among the
     * hardship types — 大重病 is the 重大疾病 clause (三) names, whatever the separate question answers.
     */
    public boolean suddenOrSeriousHardship() {
        return suddenHardship || hardshipTypes.contains(HardshipType.DISASTER)
                || hardshipTypes.contains(HardshipType.SERIOUS_ILLNESS);
    }

    public boolean seriousIllness() {
        return hardshipTypes.contains(HardshipType.SERIOUS_ILLNESS);
    }
}
