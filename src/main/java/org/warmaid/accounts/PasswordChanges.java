package org.warmaid.accounts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmaid.audit.AuditAction;
import org.warmaid.audit.AuditLog;
import org.warmaid.model.FieldProblem;

/** Changing one's own password, which also ends the obligation to replace an initial password. */
@Service
public class PasswordChanges {

    private final AccountDirectory directory;
    private final AccountSecurities securities;
    private final PasswordPolicy policy;
    private final Units units;
    private final AuditLog audit;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<IdentityAuthenticationProvider> identity;

    PasswordChanges(AccountDirectory directory, AccountSecurities securities, PasswordPolicy policy, Units units,
            AuditLog audit, Clock clock, org.springframework.beans.factory.ObjectProvider<IdentityAuthenticationProvider> identity) {
        this.identity = identity;
        this.directory = directory;
        this.securities = securities;
        this.policy = policy;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void change(AccountPrincipal account, String oldPassword, String newPassword) {
        List<FieldProblem> problems = new ArrayList<>();
        if (oldPassword == null || oldPassword.isEmpty() || !directory.checkPassword(account.id(), oldPassword)) {
            problems.add(new FieldProblem("oldPassword", "原密码不正确"));
        }
        String unitName = units.findByAccountId(account.id()).map(Unit::getName).orElse(null);
        policy.problems(newPassword, oldPassword, new PasswordPolicy.Owner(account.id(),
                directory.displayName(account.id()).orElse(null), unitName))
                .forEach(message -> problems.add(new FieldProblem("newPassword", message)));
        if (!problems.isEmpty()) {
            audit.refused(AuditAction.PASSWORD_CHANGE, "account", account.id(),
                    String.join("；", problems.stream().map(FieldProblem::message).toList()));
            throw new PasswordChangeRefused(problems);
        }
        directory.changePassword(account.id(), newPassword);
        identity.ifAvailable(provider -> provider.forget(account.id()));
        AccountSecurity security = securities.findById(account.id()).orElseGet(() -> new AccountSecurity(account.id()));
        security.passwordChanged(clock.instant());
        securities.save(security);
        audit.success(AuditAction.PASSWORD_CHANGE, "account", account.id(), "修改密码");
    }

    /**
     * What the policy finds wrong with a password an engine user chose (the engine REST API, the
     * Camunda webapps): the same rules as the portal's change, for the account's own names.
     */
    public List<String> policyProblems(String accountId, String personName, String otherName, String password,
            boolean sameAsCurrent) {
        String unitName = units.findByAccountId(accountId).map(Unit::getName).orElse(otherName);
        List<String> problems = new ArrayList<>(policy.problems(password, null, new PasswordPolicy.Owner(accountId,
                personName, unitName)));
        if (problems.isEmpty() && sameAsCurrent) {
            problems.add("新密码不能与原密码相同");
        }
        return problems;
    }

    /** The account's owner changed their password through the engine (REST API, webapps): the obligation ends. */
    @Transactional
    public void changedThroughTheEngine(String accountId) {
        identity.ifAvailable(provider -> provider.forget(accountId));
        AccountSecurity security = securities.findById(accountId).orElseGet(() -> new AccountSecurity(accountId));
        security.passwordChanged(clock.instant());
        securities.save(security);
        audit.successAs(accountId, AuditAction.PASSWORD_CHANGE, "account", accountId, "修改密码（任务列表或接口）");
    }

    /**
     * Someone else (an administrator in Camunda Admin or the REST API) set the account's password:
     * like any password handed to a person, it is an initial one that must be changed at the first login.
     */
    @Transactional
    public void issuedThroughTheEngine(String accountId, String by) {
        identity.ifAvailable(provider -> provider.forget(accountId));
        AccountSecurity security = securities.findById(accountId).orElseGet(() -> new AccountSecurity(accountId));
        security.initialPasswordIssued(clock.instant());
        securities.save(security);
        audit.successAs(by, AuditAction.ACCOUNT_PASSWORD_RESET, "account", accountId, "设置初始密码（用户管理），首次登录须修改");
    }

    public boolean requiresChange(String accountId) {
        return securities.requiresPasswordChange(accountId);
    }
}
