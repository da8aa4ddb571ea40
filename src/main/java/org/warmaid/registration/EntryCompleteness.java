package org.warmaid.registration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmaid.campaign.Campaign;
import org.warmaid.campaign.EntryWindows;
import org.warmaid.model.FieldProblem;

/**
 * What happens to a registration still with its unit at the closing time. The notice has one step
 * (附件1: fill in the form, press 提交) and gives up only what is not in the system by then
 * ("逾期未系统申报的视为放弃"): so every complete saved registration counts as declared (上报) and
 * goes on to review, and an incomplete one ends with the reasons it is incomplete.
 *
 * <p>Complete means: every field of 附件2 and 附件3 valid by today's rules, a region with a living
 * standard, and — at its own correction deadline after a return — changed since it was returned
 * (declared unchanged it would only be checked and returned again; this is the application's
 * reading, the notice does not know returns). From three days before its deadline, the unit sees the
 * incomplete ones on every page.
 */
@Service
public class EntryCompleteness {

    /** How long before its deadline the unit is shown what will not be declared. */
    public static final Duration WARNING = Duration.ofDays(3);

    private final Registrations registrations;
    private final RegistrationValidation validation;
    private final RegionStandards regions;
    private final EntryWindows windows;

    EntryCompleteness(Registrations registrations, RegistrationValidation validation, RegionStandards regions,
            EntryWindows windows) {
        this.registrations = registrations;
        this.validation = validation;
        this.regions = regions;
        this.windows = windows;
    }

    /** A registration of the unit that will not be declared at its deadline, and why. */
    public record Incomplete(Long id, String reference, String name, Instant deadline, List<String> reasons) {
    }

    /** What the unit will see: the incomplete ones and how many complete ones the deadline will declare. */
    public record AtDeadline(Instant deadline, List<Incomplete> incomplete, int declaredWhenClosing) {
    }

    /** Why the registration is not complete; empty when it is (and would be declared at its deadline). */
    @Transactional(readOnly = true)
    public List<String> whyIncomplete(Long registrationId) {
        return whyIncomplete(registrations.findById(registrationId).orElseThrow(
                () -> new IllegalStateException("unknown registration " + registrationId)));
    }

    List<String> whyIncomplete(Registration registration) {
        List<String> reasons = new ArrayList<>();
        for (FieldProblem problem : validation.problemsOf(registration.toForm())) {
            reasons.add(withMember(problem));
        }
        if (registration.getHousehold().region() != null && !regions.isKnown(registration.getHousehold().region())) {
            reasons.add("地区“" + registration.getHousehold().region() + "”没有最低生活保障标准，无法认定");
        }
        if (registration.getCorrectionDeadline() != null && registration.isUnchangedSinceReturn()) {
            reasons.add("已退回修改（" + registration.getReturnReason() + "），更正期限内未修改也未重新上报");
        }
        return reasons;
    }

    /**
     * For a unit's pages, from {@link #WARNING} before its deadline on: its registrations still in
     * entry that the deadline would end as incomplete. Empty before that, or with nothing in entry.
     */
    @Transactional(readOnly = true)
    public Optional<AtDeadline> forUnit(String unitCode) {
        Optional<Campaign> open = windows.openCampaign();
        if (open.isEmpty() || unitCode == null) {
            return Optional.empty();
        }
        Campaign campaign = open.get();
        Instant now = windows.now();
        Instant deadline = windows.entryDeadline(campaign, unitCode);
        if (now.isBefore(deadline.minus(WARNING))) {
            return Optional.empty();
        }
        List<Incomplete> incomplete = new ArrayList<>();
        int complete = 0;
        for (Registration registration : registrations.findCurrent(campaign.getId(), unitCode)) {
            if (!registration.isInEntry()) {
                continue;
            }
            Instant own = registration.getCorrectionDeadline() != null ? registration.getCorrectionDeadline() : deadline;
            if (!now.isBefore(own)) {
                continue;
            }
            List<String> reasons = whyIncomplete(registration);
            if (reasons.isEmpty()) {
                complete++;
            } else {
                incomplete.add(new Incomplete(registration.getId(), registration.getReference(), registration.getName(),
                        own, reasons));
            }
        }
        return incomplete.isEmpty() && complete == 0 ? Optional.empty()
                : Optional.of(new AtDeadline(deadline, incomplete, complete));
    }

    private static String withMember(FieldProblem problem) {
        String field = problem.field() == null ? "" : problem.field();
        if (field.startsWith("familyMembers[")) {
            int index = Integer.parseInt(field.substring("familyMembers[".length(), field.indexOf(']')));
            return "其他家庭成员第" + (index + 1) + "人：" + problem.message();
        }
        return problem.message();
    }
}
