package org.warmaid.eligibility;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Set;
import org.warmaid.registration.HardshipType;
import org.warmaid.registration.Registration;
import org.warmaid.registration.RegistrationForm;

/**
 * What 附件3 judges a household by, taken from a registration, and the figures derived from it
 * (with the 送温暖对象 category, which decides whether 附件3's means test applies at all):
 * disposable income = total income − income tax − personal social-security contributions;
 * per-capita income = disposable ÷ household size; per-capita living level = (disposable −
 * necessary expenses) ÷ household size. Money in yuan per month.
 *
 * <p>Nothing is rounded before a decision (附件3 compares the household's figures with the standard,
 * not rounded ones): a quotient is carried to 34 significant digits, exact whenever it terminates.
 * The amounts are whole fen and the household has at most 20 people, so a quotient that is not
 * exactly on a threshold of whole fen lies at least 0.0005 away from it, far beyond those digits
 * and beyond the precision of the decision's double inputs. Figures are rounded only to be shown,
 * by {@link Figures}.
 */
public record HouseholdFacts(
        String region,
        int householdSize,
        BigDecimal totalIncome,
        BigDecimal incomeTax,
        BigDecimal socialSecurityContributions,
        BigDecimal necessaryExpenses,
        int monthsBelowStandard,
        Set<HardshipType> hardshipTypes,
        boolean suddenHardshipDeclared,
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

    public static HouseholdFacts of(Registration r) {
        return new HouseholdFacts(r.getRegion(), r.getHouseholdSize(), r.getHouseholdMonthlyIncome(), r.getIncomeTax(),
                r.getSocialSecurityContributions(), r.getNecessaryExpenses(), r.getMonthsBelowStandard(),
                r.getHardshipTypes(), r.isSuddenHardship(), r.isMinimumLivingAllowance(), r.isDisabled(),
                r.getHomeCount(), r.getHousingArea(), r.isOwnsShopOrEmploysOthers(), r.isChildInPrivateSchoolOrAbroad(),
                r.isUsesShipsOrMachinery(), r.isDeclaredTruthfully(), r.getAidCategory());
    }

    /** From a complete, validated form; drafts go through {@link Prechecks}. */
    public static HouseholdFacts of(RegistrationForm f, String defaultRegion) {
        return new HouseholdFacts(f.getRegion() != null ? f.getRegion() : defaultRegion, f.getHouseholdSize(),
                f.getHouseholdMonthlyIncome(), f.getIncomeTax(), f.getSocialSecurityContributions(), f.getNecessaryExpenses(),
                f.getMonthsBelowStandard(), f.getHardshipTypes(), isTrue(f.getSuddenHardship()),
                isTrue(f.getMinimumLivingAllowance()), isTrue(f.getDisabled()), f.getHomeCount(), f.getHousingArea(),
                isTrue(f.getOwnsShopOrEmploysOthers()), isTrue(f.getChildInPrivateSchoolOrAbroad()),
                isTrue(f.getUsesShipsOrMachinery()), f.getDeclaredTruthfully() == null || f.getDeclaredTruthfully(),
                f.getAidCategory() == null ? 0 : f.getAidCategory());
    }

    public BigDecimal disposableIncome() {
        return totalIncome.subtract(incomeTax).subtract(socialSecurityContributions);
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
    public boolean suddenHardship() {
        return suddenHardshipDeclared || hardshipTypes.contains(HardshipType.DISASTER)
                || hardshipTypes.contains(HardshipType.SERIOUS_ILLNESS);
    }

    public boolean seriousIllness() {
        return hardshipTypes.contains(HardshipType.SERIOUS_ILLNESS);
    }

    private static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
