package org.warmaid.registration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestHeader;
import org.warmaid.replay.IdempotentRequests;
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

    private static final String KEY_DESCRIPTION = "可选。客户端为每一项新的操作生成的唯一键（建议 UUID，1–100 个字母、数字或 . _ : -）。"
            + "网络中断或超时后带同一个键重发，操作只执行一次，每次都得到第一次执行的应答（应答头 Idempotency-Replayed: true 表示是重放）；"
            + "同一账号的同一个键用于不同的请求内容时返回 409。";

    private final Registry registry;
    private final IdempotentRequests replays;
    private final ObjectMapper json;

    RegistrationApi(Registry registry, IdempotentRequests replays, ObjectMapper json) {
        this.registry = registry;
        this.replays = replays;
        this.json = json;
    }

    @PostMapping
    @Operation(summary = "新增登记", description = "在进行中的活动里为本单位新增一条登记，并启动其审核流程。"
            + "带 Idempotency-Key 请求头重发时只新增一次。")
    ResponseEntity<Object> create(@AuthenticationPrincipal AccountPrincipal account,
            @Parameter(name = IdempotentRequests.HEADER, in = ParameterIn.HEADER, description = KEY_DESCRIPTION)
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @RequestBody RegistrationForm form) {
        Optional<String> key = IdempotentRequests.key(idempotencyKey);
        if (key.isEmpty()) {
            Registration created = registry.create(account, form);
            return ResponseEntity.created(URI.create("/api/registrations/" + created.getId()))
                    .body(RegistrationView.of(created));
        }
        return answer(replays.once(account.id(), key.get(), "POST /api/registrations", write(form), () -> {
            Registration created = registry.create(account, form);
            return new IdempotentRequests.Answer(201, "/api/registrations/" + created.getId(),
                    write(RegistrationView.of(created)), false);
        }));
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
    @Operation(summary = "上报", description = "完成“录入并上报”，交党委审核。同时多次上报同一登记只上报一次，其余得到 409；"
            + "带同一个 Idempotency-Key 重发则每次都得到第一次的应答。")
    ResponseEntity<Object> submit(@AuthenticationPrincipal AccountPrincipal account, @PathVariable Long id,
            @Parameter(name = IdempotentRequests.HEADER, in = ParameterIn.HEADER, description = KEY_DESCRIPTION)
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        Optional<String> key = IdempotentRequests.key(idempotencyKey);
        if (key.isEmpty()) {
            return ResponseEntity.ok(RegistrationView.of(registry.submit(account, id)));
        }
        return answer(replays.once(account.id(), key.get(), "POST /api/registrations/" + id + "/submit", "", () ->
                new IdempotentRequests.Answer(200, null, write(RegistrationView.of(registry.submit(account, id))), false)));
    }

    @PostMapping("/{id}/take-back")
    @Operation(summary = "撤回上报", description = "申报截止前、党委尚未审核的登记可撤回上报，回到单位手中修改或删除；"
            + "党委已审核或已截止的得到 409 或 403")
    RegistrationView takeBack(@AuthenticationPrincipal AccountPrincipal account, @PathVariable Long id) {
        return RegistrationView.of(registry.takeBack(account, id));
    }

    private ResponseEntity<Object> answer(IdempotentRequests.Answer answer) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(answer.status()).contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Replayed", String.valueOf(answer.replayed()));
        if (answer.location() != null) {
            response.location(URI.create(answer.location()));
        }
        try {
            return response.body(json.readTree(answer.body()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answer is not JSON", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
