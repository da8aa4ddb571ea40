package org.warmaid.accounts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.warmaid.audit.AuditAction;
import org.warmaid.audit.AuditLog;

/**
 * The administrator's work on units and their accounts: the unit list (edit, import from Excel),
 * issuing initial passwords (a reset goes back to the initial-password procedure) and unlocking
 * accounts locked after failed logins. Every action is audited; passwords never are.
 */
@Service
public class UnitAdministration {

    private final Units units;
    private final UnitAccounts unitAccounts;
    private final AccountDirectory directory;
    private final AccountSecurities securities;
    private final InitialPasswords initialPasswords;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final LoginThrottle throttle;
    private final IdentityAuthenticationProvider identity;

    UnitAdministration(Units units, UnitAccounts unitAccounts, AccountDirectory directory, AccountSecurities securities,
            InitialPasswords initialPasswords, AuditLog audit, Clock clock, TransactionTemplate transactions,
            LoginThrottle throttle, IdentityAuthenticationProvider identity) {
        this.throttle = throttle;
        this.identity = identity;
        this.units = units;
        this.unitAccounts = unitAccounts;
        this.directory = directory;
        this.securities = securities;
        this.initialPasswords = initialPasswords;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** A unit with the state of its account. */
    public record UnitAccountState(Unit unit, boolean passwordChangeRequired, Instant initialPasswordIssuedAt,
            Instant lockedUntil) {
    }

    /** An initial password just issued, to be handed over on the printed account sheet. */
    public record IssuedPassword(String unitCode, String unitName, String unionHead, String accountId, String password,
            Instant validUntil) {
    }

    public record ImportOutcome(List<IssuedPassword> created, List<String> updated, List<String> problems) {
    }

    @Transactional(readOnly = true)
    public List<UnitAccountState> overview() {
        return units.findAll(Sort.by("code")).stream().map(unit -> {
            AccountSecurity security = securities.findById(unit.getAccountId()).orElse(null);
            Instant locked = directory.lockedUntil(unit.getAccountId())
                    .or(() -> throttle.lockedUntil(unit.getAccountId())).orElse(null);
            return new UnitAccountState(unit, security != null && security.isPasswordChangeRequired(),
                    security == null ? null : security.getInitialPasswordIssuedAt(), locked);
        }).toList();
    }

    @Transactional
    public void update(String code, String name, String unionHead) {
        Unit unit = units.findById(code).orElseThrow(() -> new AccountRefused("没有这个单位"));
        String newName = required(name, "单位名称", 100);
        String newHead = required(unionHead, "工会负责人姓名", 50);
        String before = unit.getName() + "/" + unit.getUnionHead();
        unit.setName(newName);
        unit.setUnionHead(newHead);
        units.save(unit);
        directory.rename(unit.getAccountId(), newHead);
        audit.success(AuditAction.UNIT_UPDATE, "unit", code, "修改单位：" + before + " → " + newName + "/" + newHead);
    }

    /** Back to the initial-password procedure: a new initial password that must be changed at the next login. */
    @Transactional
    public IssuedPassword resetPassword(String code) {
        Unit unit = units.findById(code).orElseThrow(() -> new AccountRefused("没有这个单位"));
        String password = initialPasswords.issue();
        directory.changePassword(unit.getAccountId(), password);
        directory.unlock(unit.getAccountId());
        throttle.unlock(unit.getAccountId());
        identity.forget(unit.getAccountId());
        AccountSecurity security = securities.findById(unit.getAccountId()).orElseGet(() -> new AccountSecurity(unit.getAccountId()));
        security.initialPasswordIssued(clock.instant());
        securities.save(security);
        audit.success(AuditAction.ACCOUNT_PASSWORD_RESET, "account", unit.getAccountId(), "重新发放初始密码（" + unit.getName() + "）");
        return issued(unit, password);
    }

    @Transactional
    public void unlock(String code) {
        Unit unit = units.findById(code).orElseThrow(() -> new AccountRefused("没有这个单位"));
        directory.unlock(unit.getAccountId());
        throttle.unlock(unit.getAccountId());
        audit.success(AuditAction.ACCOUNT_UNLOCK, "account", unit.getAccountId(), "解除锁定（" + unit.getName() + "）");
    }

    /** The unit list from Excel (columns 单位代码, 单位名称, 工会负责人): new units get accounts, known ones are updated. */
    public ImportOutcome importUnits(byte[] file) {
        List<String[]> rows = read(file);
        List<IssuedPassword> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            int line = i + 2;
            try {
                String code = row[0] == null ? "" : row[0].strip().toUpperCase(Locale.ROOT);
                if (!code.matches("[A-Z0-9]{1,16}")) {
                    throw new AccountRefused("单位代码只能由字母和数字组成（最多16位）");
                }
                String name = required(row[1], "单位名称", 100);
                String head = required(row[2], "工会负责人", 50);
                if (units.existsById(code)) {
                    update(code, name, head);
                    updated.add(code + " " + name);
                } else {
                    String password = initialPasswords.issue();
                    Unit unit = transactions.execute(status -> {
                        Unit newUnit = unitAccounts.ensureUnit(code, name, head, code.toLowerCase(Locale.ROOT), password);
                        audit.success(AuditAction.UNIT_CREATE, "unit", code, "新增单位：" + name + "，工会负责人 " + head);
                        return newUnit;
                    });
                    created.add(issued(unit, password));
                }
            } catch (AccountRefused | org.springframework.dao.DataIntegrityViolationException refused) {
                problems.add("第" + line + "行：" + (refused instanceof AccountRefused ? refused.getMessage() : "单位名称或账号与已有单位重复"));
            }
        }
        return new ImportOutcome(created, updated, problems);
    }

    private IssuedPassword issued(Unit unit, String password) {
        return new IssuedPassword(unit.getCode(), unit.getName(), unit.getUnionHead(), unit.getAccountId(), password,
                clock.instant().plus(initialPasswords.validity()));
    }

    private static List<String[]> read(byte[] file) {
        if (file == null || file.length == 0) {
            throw new AccountRefused("请选择单位名单文件");
        }
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            Row header = sheet.getRow(0);
            if (header == null || !"单位代码".equals(formatter.formatCellValue(header.getCell(0)).strip())
                    || !"单位名称".equals(formatter.formatCellValue(header.getCell(1)).strip())
                    || !"工会负责人".equals(formatter.formatCellValue(header.getCell(2)).strip())) {
                throw new AccountRefused("单位名单第一行须为：单位代码、单位名称、工会负责人");
            }
            List<String[]> rows = new ArrayList<>();
            for (int index = 1; index <= sheet.getLastRowNum(); index++) {
                Row row = sheet.getRow(index);
                if (row == null) {
                    continue;
                }
                String[] cells = {formatter.formatCellValue(row.getCell(0)), formatter.formatCellValue(row.getCell(1)),
                        formatter.formatCellValue(row.getCell(2))};
                if (String.join("", cells).isBlank()) {
                    continue;
                }
                rows.add(cells);
            }
            return rows;
        } catch (AccountRefused refused) {
            throw refused;
        } catch (IOException | RuntimeException unreadable) {
            throw new AccountRefused("文件不是有效的 Excel（.xlsx）文件");
        }
    }

    private static String required(String value, String label, int max) {
        if (value == null || value.isBlank()) {
            throw new AccountRefused("请填写" + label);
        }
        if (value.strip().length() > max) {
            throw new AccountRefused(label + "不能超过" + max + "个字");
        }
        return value.strip();
    }
}
