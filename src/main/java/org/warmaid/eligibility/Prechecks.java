package org.warmaid.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.warmaid.campaign.Campaign;
import org.warmaid.campaign.CampaignDirectory;
import org.warmaid.registration.RegistrationForm;

/** Evaluates a draft as it is being typed: the same rules as the official check, nothing saved. */
@Service
public class Prechecks {

    private final EligibilityCheck check;
    private final CampaignDirectory campaigns;

    Prechecks(EligibilityCheck check, CampaignDirectory campaigns) {
        this.check = check;
        this.campaigns = campaigns;
    }

    /** @throws UnknownRegion when the draft's region (or the campaign's) has no living standard */
    public PrecheckResult of(RegistrationForm draft) {
        List<String> negative = new ArrayList<>();
        List<String> missing = missing(draft, negative);
        if (!missing.isEmpty() || !negative.isEmpty()) {
            return PrecheckResult.incomplete(missing, negative);
        }
        String defaultRegion = campaigns.findOpen().map(Campaign::getRegion).orElse(null);
        return PrecheckResult.of(check.check(draft.household(defaultRegion)));
    }

    /** What is not filled in; what is filled in below zero goes to {@code negative} (it is there, just wrong). */
    private static List<String> missing(RegistrationForm draft, List<String> negative) {
        List<String> missing = new ArrayList<>();
        if (draft.getHouseholdSize() == null) {
            missing.add("家庭人口数");
        } else if (draft.getHouseholdSize() < 1) {
            negative.add("家庭人口数");
        }
        amount(missing, negative, draft.getHouseholdMonthlyIncome(), "家庭月收入");
        amount(missing, negative, draft.getIncomeTax(), "所得税");
        amount(missing, negative, draft.getSocialSecurityContributions(), "个人缴纳的社会保障支出");
        amount(missing, negative, draft.getNecessaryExpenses(), "必要支出");
        amount(missing, negative, draft.getMonthsBelowStandard() == null ? null : BigDecimal.valueOf(draft.getMonthsBelowStandard()),
                "低于标准的连续月数");
        amount(missing, negative, draft.getHomeCount() == null ? null : BigDecimal.valueOf(draft.getHomeCount()), "住宅套数");
        amount(missing, negative, draft.getHousingArea(), "住宅总面积");
        return missing;
    }

    private static void amount(List<String> missing, List<String> negative, BigDecimal value, String label) {
        if (value == null) {
            missing.add(label);
        } else if (value.signum() < 0) {
            negative.add(label);
        }
    }
}
