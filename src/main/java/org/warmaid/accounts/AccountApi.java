package org.warmaid.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/account")
@Tag(name = "账号 Account")
class AccountApi {

    private final PasswordChanges passwordChanges;

    AccountApi(PasswordChanges passwordChanges) {
        this.passwordChanges = passwordChanges;
    }

    record PasswordChange(String oldPassword, String newPassword) {
    }

    @PostMapping("/password")
    @Operation(summary = "修改本人密码", description = "首次登录（默认密码）时唯一可用的调用")
    ResponseEntity<Void> changePassword(@AuthenticationPrincipal AccountPrincipal account,
            @RequestBody PasswordChange change) {
        passwordChanges.change(account, change.oldPassword(), change.newPassword());
        return ResponseEntity.noContent().build();
    }
}
