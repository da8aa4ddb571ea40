package org.warmaid.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.warmaid.campaign.Campaign;
import org.warmaid.campaign.Campaigns;
import org.warmaid.registration.RegistrationForm;

/** Evaluates a draft as it is being typed: the same rules as the official check, nothing saved. */
@Service
public class Prechecks {

    private final EligibilityCheck check;
    private final Campaigns campaigns;

    Prechecks(EligibilityCheck check, Campaigns campaigns) {
        this.check = check;
        this.campaigns = campaigns;
    }

    /** @throws UnknownRegion when the draft's region (or the campaign's) has no living standard */
    public PrecheckResult of(RegistrationForm draft) {
        List<String> missing = missing(draft);
        if (!missing.isEmpty()) {
            return PrecheckResult.incomplete(missing);
        }
        String defaultRegion = campaigns.findOpen().map(Campaign::getRegion).orElse(null);
        return PrecheckResult.of(check.check(HouseholdFacts.of(draft, defaultRegion)));
    }

    private static List<String> missing(RegistrationForm draft) {
        List<String> missing = new ArrayList<>();
        if (draft.getHouseholdSize() == null || draft.getHouseholdSize() < 1) {
            missing.add("家庭人口数");
        }
        amount(missing, draft.getHouseholdMonthlyIncome(), "家庭月收入");
        amount(missing, draft.getIncomeTax(), "所得税");
        amount(missing, draft.getSocialSecurityContributions(), "个人缴纳的社会保障支出");
        amount(missing, draft.getNecessaryExpenses(), "必要支出");
        if (draft.getMonthsBelowStandard() == null || draft.getMonthsBelowStandard() < 0) {
            missing.add("低于标准的连续月数");
        }
        if (draft.getHomeCount() == null || draft.getHomeCount() < 0) {
            missing.add("住宅套数");
        }
        amount(missing, draft.getHousingArea(), "住宅总面积");
        return missing;
    }

    private static void amount(List<String> missing, BigDecimal value, String label) {
        if (value == null || value.signum() < 0) {
            missing.add(label);
        }
    }
}
