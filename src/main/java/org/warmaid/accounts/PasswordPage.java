package org.warmaid.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.warmaid.model.FieldProblem;

/** 修改密码: the only page an account with its initial password may use. */
@Controller
class PasswordPage {

    private final PasswordChanges passwordChanges;
    private final IdentityAuthenticationProvider identity;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordPage(PasswordChanges passwordChanges, IdentityAuthenticationProvider identity) {
        this.passwordChanges = passwordChanges;
        this.identity = identity;
    }

    @GetMapping("/account/password")
    String form(@AuthenticationPrincipal AccountPrincipal account, Model model) {
        model.addAttribute("firstLogin", account.passwordChangeRequired());
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(@AuthenticationPrincipal AccountPrincipal account, @RequestParam(defaultValue = "") String oldPassword,
            @RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String confirmPassword,
            Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("firstLogin", account.passwordChangeRequired());
        if (!newPassword.equals(confirmPassword)) {
            model.addAttribute("errors", java.util.Map.of("confirmPassword", "两次输入的新密码不一致"));
            return "account/password";
        }
        try {
            passwordChanges.change(account, oldPassword, newPassword);
        } catch (PasswordChangeRefused refused) {
            java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
            for (FieldProblem problem : refused.problems()) {
                errors.merge(problem.field(), problem.message(), (first, next) -> first + "；" + next);
            }
            model.addAttribute("errors", errors);
            return "account/password";
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(identity.authenticatedAs(account.id()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        redirect.addFlashAttribute("success", "密码已修改，请牢记新密码");
        return account.isUnitAccount() ? "redirect:/portal/registrations" : "redirect:/";
    }
}
