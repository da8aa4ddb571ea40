package org.warmaid.eligibility;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.warmaid.registration.AidCategory;
import org.warmaid.registration.Household;

/** Writes the Chinese explanation of a result: the figures, the clause met or missed, the exclusions. */
final class Explanation {

    private Explanation() {
    }

    static String of(Household facts, BigDecimal minimumStandard, EligibilityRules.Judgement judgement,
            List<RuleOutcome> allClauses, List<RuleOutcome> exclusions, Optional<BigDecimal> amount) {
        StringBuilder text = new StringBuilder();
        text.append("家庭可支配收入").append(yuan(facts.disposableIncome()))
                .append("（总收入").append(yuan(facts.householdMonthlyIncome()))
                .append("－所得税").append(yuan(facts.incomeTax()))
                .append("－个人社保").append(yuan(facts.socialSecurityContributions()))
                .append("），家庭人口").append(facts.householdSize()).append("人，人均可支配收入")
                .append(yuan(facts.perCapitaIncome())).append("；扣除必要支出").append(yuan(facts.necessaryExpenses()))
                .append("后人均实际生活水平").append(yuan(facts.perCapitaLivingLevel())).append("；")
                .append(facts.region()).append("最低生活保障标准").append(yuan(minimumStandard)).append("/人·月。");
        if (judgement.eligible()) {
            text.append("\n符合").append(judgement.clause().ruleText()).append("。");
        } else {
            text.append("\n不符合附件3第一部分的任何一项：");
            for (RuleOutcome clause : allClauses) {
                text.append("\n· ").append(clause.ruleText());
            }
            text.append("\n本户连续低于标准").append(facts.monthsBelowStandard()).append("个月；")
                    .append(facts.specialHardship() ? "有" : "无").append("患病、子女上学、残疾、单亲等特殊困难；")
                    .append(facts.suddenOrSeriousHardship() ? "有" : "无").append("突发事件、意外伤害、重大疾病等突发困难。");
        }
        if (!exclusions.isEmpty()) {
            text.append("\n存在不予资助情形：");
            for (RuleOutcome exclusion : exclusions) {
                text.append("\n· ").append(exclusion.ruleText());
            }
            if (exclusions.stream().anyMatch(e -> e.code().equals("MULTIPLE_HOMES"))) {
                text.append("（本户住宅").append(facts.homeCount()).append("套，人均住房面积")
                        .append(Figures.plain(facts.housingAreaPerPerson())).append("平方米）");
            }
        }
        boolean fundable = judgement.eligible() && exclusions.isEmpty();
        text.append("\n结论：").append(fundable ? "符合资助条件" : "不符合资助条件，不予资助");
        if (fundable && amount.isPresent()) {
            text.append("，默认资助金额").append(yuan(amount.get())).append("（以省直机关工会工委审定为准）");
        }
        text.append("。");
        return text.toString();
    }

    /** For a 送温暖对象 whose category needs no means test. */
    static String withoutMeansTest(Household facts, Optional<BigDecimal> amount) {
        StringBuilder text = new StringBuilder();
        text.append("送温暖对象").append(categoryText(facts.aidCategory()))
                .append("：按“送温暖对象是否需困难认定”规则，不需按附件3认定家庭困难（收入标准和不予资助情形不适用），")
                .append("仍须经党委审核、省直机关工会工委审核和佐证材料审核。")
                .append("\n结论：符合送温暖条件");
        amount.ifPresent(value -> text.append("，默认资助金额").append(yuan(value)).append("（以省直机关工会工委审定为准）"));
        text.append("。");
        return text.toString();
    }

    static String categoryText(int aidCategory) {
        return AidCategory.ofCode(aidCategory).map(AidCategory::label).orElse("类别" + aidCategory);
    }

    static String yuan(BigDecimal amount) {
        return Figures.yuan(amount);
    }
}
