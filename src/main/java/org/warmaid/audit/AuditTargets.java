package org.warmaid.audit;

import java.util.Map;

/** The kinds of record an audit event names, in words (the application's and those of Camunda Admin). */
final class AuditTargets {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("account", "账号"),
            Map.entry("unit", "单位"),
            Map.entry("campaign", "活动"),
            Map.entry("registration", "登记"),
            Map.entry("registration_id", "登记（内部编号）"),
            Map.entry("registration_family_member", "家庭成员"),
            Map.entry("payment", "发放记录"),
            Map.entry("payout_batch", "发放批次"),
            Map.entry("audit", "审计日志"),
            Map.entry("User", "用户"),
            Map.entry("Group", "用户组"),
            Map.entry("Group membership", "用户组成员"),
            Map.entry("Tenant", "租户"),
            Map.entry("Tenant membership", "租户成员"),
            Map.entry("Authorization", "权限"));

    private AuditTargets() {
    }

    static String labelOf(String type) {
        return type == null ? "" : LABELS.getOrDefault(type, type);
    }
}
