package org.warmaid.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.warmaid.accounts.AccountPrincipal;
import org.warmaid.registration.Registration;
import org.warmaid.registration.Registry;

/** How the unit's registrations fared: amounts, each review's decision and comment, payment, reasons. */
@RestController
@Tag(name = "登记 Registrations")
class OutcomeApi {

    private final Registry registry;
    private final Outcomes outcomes;

    OutcomeApi(Registry registry, Outcomes outcomes) {
        this.registry = registry;
        this.outcomes = outcomes;
    }

    /** One registration of the list with its outcome. */
    record Listed(Long id, String reference, String name, String stage, String stageLabel, Outcome outcome) {
    }

    @GetMapping("/api/registrations/outcomes")
    @Operation(summary = "本单位登记的办理结果", description = "每条登记的审定金额、各环节审核结论和意见、发放日期，或不予资助的原因")
    List<Listed> list(@AuthenticationPrincipal AccountPrincipal account) {
        List<Registration> registrations = registry.list(account);
        Map<Long, Outcome> byId = outcomes.of(registrations);
        return registrations.stream().map(r -> new Listed(r.getId(), r.getReference(), r.getName(), r.getStage().name(),
                r.getStage().label(), byId.get(r.getId()))).toList();
    }

    @GetMapping("/api/registrations/{id}/outcome")
    @Operation(summary = "一条登记的办理结果")
    Outcome get(@AuthenticationPrincipal AccountPrincipal account, @PathVariable Long id) {
        return outcomes.of(registry.get(account, id));
    }
}
