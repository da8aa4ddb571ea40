package org.warmaid.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmaid.accounts.Unit;
import org.warmaid.accounts.UnitDirectory;
import org.warmaid.campaign.Campaign;
import org.warmaid.campaign.CampaignDirectory;
import org.warmaid.eligibility.EligibilityCheck;
import org.warmaid.eligibility.EligibilityResult;
import org.warmaid.eligibility.RuleOutcome;
import org.warmaid.eligibility.UnknownRegion;
import org.warmaid.process.rules.DecisionDrafts;
import org.warmaid.registration.Household;
import org.warmaid.registration.Registration;
import org.warmaid.registration.RegistrationDirectory;

/**
 * Whom a draft would change: every registration of the open campaign checked twice through the
 * application's own derivation of the inputs ({@link Household}, {@link EligibilityCheck}),
 * once with the live decisions and once with the draft in place of its decision. Registrations
 * still at entry (or returned) are checked again at their next submission and would get the new
 * result; those past it keep the result and the decision versions they were checked with.
 */
@Service
class ImpactPreview {

    private final CampaignDirectory campaigns;
    private final RegistrationDirectory registrations;
    private final UnitDirectory units;
    private final EligibilityCheck live;
    private final DecisionDrafts drafts;

    ImpactPreview(CampaignDirectory campaigns, RegistrationDirectory registrations, UnitDirectory units, EligibilityCheck live,
            DecisionDrafts drafts) {
        this.campaigns = campaigns;
        this.registrations = registrations;
        this.units = units;
        this.live = live;
        this.drafts = drafts;
    }

    enum Aspect {
        ELIGIBILITY("是否符合资助条件"), CLAUSE("认定依据"), EXCLUSIONS("不予资助情形"), DOCUMENTS("应附佐证材料"),
        AMOUNT("默认资助金额");

        private final String label;

        Aspect(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    record Difference(String aspect, String before, String after) {
    }

    /** One registration the draft changes, masked: no ID number, the name's first character only. */
    record Changed(String unit, String reference, String name, String stage, boolean rechecked,
            String perCapitaIncome, String perCapitaLivingLevel, List<Difference> differences) {
    }

    record Count(String aspect, long registrations) {
    }

    record Impact(String campaign, long checked, long changed, long rechecked, long kept, List<Count> counts,
            List<Changed> registrations) {
    }

    @Transactional(readOnly = true)
    Impact of(String key, byte[] xml) {
        EligibilityCheck draft = new EligibilityCheck(drafts.rulesWith(xml, key));
        Campaign campaign = campaigns.findOpen().orElse(null);
        if (campaign == null) {
            return new Impact(null, 0, 0, 0, 0, List.of(), List.of());
        }
        Map<String, String> unitNames = units.findAll().stream().collect(Collectors.toMap(Unit::getCode, Unit::getName));
        Map<Aspect, Long> counts = new EnumMap<>(Aspect.class);
        List<Changed> changed = new ArrayList<>();
        long checked = 0;
        for (List<Registration> page = page(campaign, 0L); !page.isEmpty();
                page = page(campaign, page.get(page.size() - 1).getId())) {
            for (Registration registration : page) {
                checked++;
                Household facts = registration.getHousehold();
                List<Difference> differences = differences(check(live, facts), check(draft, facts));
                if (differences.isEmpty()) {
                    continue;
                }
                differences.forEach(difference -> counts.merge(aspect(difference), 1L, Long::sum));
                changed.add(new Changed(unitNames.getOrDefault(registration.getUnitCode(), registration.getUnitCode()),
                        registration.getReference(), masked(registration.getName()), registration.getStage().label(),
                        registration.getStage().isInEntry(), figure(facts.perCapitaIncome()),
                        figure(facts.perCapitaLivingLevel()), differences));
            }
        }
        changed.sort((a, b) -> a.unit().equals(b.unit()) ? a.reference().compareTo(b.reference()) : a.unit().compareTo(b.unit()));
        long rechecked = changed.stream().filter(Changed::rechecked).count();
        List<Count> byAspect = new ArrayList<>();
        for (Aspect aspect : Aspect.values()) {
            byAspect.add(new Count(aspect.label(), counts.getOrDefault(aspect, 0L)));
        }
        return new Impact(campaign.getName(), checked, changed.size(), rechecked, changed.size() - rechecked, byAspect,
                changed);
    }

    private List<Registration> page(Campaign campaign, Long afterId) {
        return registrations.findPageAfter(campaign.getId(), afterId);
    }

    /** The result, or the refusal an unknown region gets (as the unit would see it). */
    private static Object check(EligibilityCheck check, Household facts) {
        try {
            return check.check(facts);
        } catch (UnknownRegion unknown) {
            return unknown;
        }
    }

    private static List<Difference> differences(Object before, Object after) {
        List<Difference> differences = new ArrayList<>();
        compare(differences, Aspect.ELIGIBILITY, before, after, result -> result.eligible() ? "符合" : "不符合");
        compare(differences, Aspect.CLAUSE, before, after, result -> result.clause().code());
        compare(differences, Aspect.EXCLUSIONS, before, after, result -> codes(result.exclusions()));
        compare(differences, Aspect.DOCUMENTS, before, after, result -> codes(result.requiredDocuments()));
        compare(differences, Aspect.AMOUNT, before, after, result -> result.suggestedAidAmount()
                .map(amount -> amount.stripTrailingZeros().toPlainString() + " 元").orElse("无"));
        return differences;
    }

    private static void compare(List<Difference> differences, Aspect aspect, Object before, Object after,
            Function<EligibilityResult, String> value) {
        String was = shown(before, value);
        String becomes = shown(after, value);
        if (!Objects.equals(was, becomes)) {
            differences.add(new Difference(aspect.label(), was, becomes));
        }
    }

    private static String shown(Object outcome, Function<EligibilityResult, String> value) {
        return outcome instanceof EligibilityResult result ? value.apply(result) : "地区无最低生活保障标准";
    }

    private static String codes(List<RuleOutcome> outcomes) {
        return outcomes.isEmpty() ? "无" : outcomes.stream().map(RuleOutcome::code).sorted().collect(Collectors.joining("、"));
    }

    private static Aspect aspect(Difference difference) {
        for (Aspect aspect : Aspect.values()) {
            if (aspect.label().equals(difference.aspect())) {
                return aspect;
            }
        }
        throw new IllegalArgumentException(difference.aspect());
    }

    /** A figure as the household's facts carry it, unrounded: cut after four decimals with "…", never rounded across a threshold. */
    static String figure(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() > 4 ? plain.setScale(4, RoundingMode.DOWN).toPlainString() + "…"
                : plain.setScale(Math.max(plain.scale(), 0)).toPlainString();
    }

    static String masked(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        return name.substring(0, 1) + "*".repeat(name.codePointCount(0, name.length()) - 1);
    }
}
