package org.warmaid.registration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.warmaid.accounts.AccountPrincipal;

@RestController
@RequestMapping("/api/registrations")
@Tag(name = "登记 Registrations", description = "单位工会录入、修改、删除、上报困难职工登记")
class RegistrationApi {

    private final Registry registry;

    RegistrationApi(Registry registry) {
        this.registry = registry;
    }

    @PostMapping
    @Operation(summary = "新增登记", description = "在进行中的活动里为本单位新增一条登记，并启动其审核流程")
    ResponseEntity<RegistrationView> create(@AuthenticationPrincipal AccountPrincipal account,
            @RequestBody RegistrationForm form) {
        Registration created = registry.create(account, form);
        return ResponseEntity.created(URI.create("/api/registrations/" + created.getId()))
                .body(RegistrationView.of(created));
    }

    @GetMapping
    @Operation(summary = "本单位的登记", description = "含所处阶段和退回原因")
    List<RegistrationSummary> list(@AuthenticationPrincipal AccountPrincipal account) {
        return registry.list(account).stream().map(RegistrationSummary::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看登记")
    RegistrationView get(@AuthenticationPrincipal AccountPrincipal account, @PathVariable Long id) {
        return RegistrationView.of(registry.get(account, id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改登记", description = "须带上读取时的 version；身份证号、银行卡号、电话原样发回打码值表示不修改")
    RegistrationView update(@AuthenticationPrincipal AccountPrincipal account, @PathVariable Long id,
            @RequestBody RegistrationForm form) {
        return RegistrationView.of(registry.update(account, id, form));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "删除登记", description = "撤回其流程；仅限未上报或退回修改中的登记")
    ResponseEntity<Void> delete(@AuthenticationPrincipal AccountPrincipal account, @PathVariable Long id) {
        registry.delete(account, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "上报", description = "完成“录入并上报”，交党委审核")
    RegistrationView submit(@AuthenticationPrincipal AccountPrincipal account, @PathVariable Long id) {
        return RegistrationView.of(registry.submit(account, id));
    }
}
