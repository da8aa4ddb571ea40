package org.warmaid.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every action the audit log records, with the words auditors read. The code is what is stored;
 * the label is what the audit page, its choice list and its export show. A new audited action is
 * added here, next to its label, and nowhere else.
 */
public enum AuditAction {

    LOGIN_SUCCESS("登录成功"),
    LOGIN_FAILURE("登录失败"),
    LOGIN_BLOCKED("登录被拦截（失败次数过多）"),
    ACCOUNT_LOCKED("账号临时锁定"),
    ACCOUNT_UNLOCK("解除账号锁定"),
    ACCOUNT_PASSWORD_RESET("重新发放初始密码"),
    PASSWORD_CHANGE("修改密码"),

    UNIT_CREATE("新增单位"),
    UNIT_UPDATE("修改单位"),

    CAMPAIGN_CREATE("新建活动"),
    CAMPAIGN_UPDATE("修改活动设置"),
    CAMPAIGN_OPEN("开放申报"),
    CAMPAIGN_CLOSE("结束活动"),
    CAMPAIGN_REOPEN_UNIT("为单位重新开放申报"),

    REGISTRATION_CREATE("新增登记"),
    REGISTRATION_UPDATE("修改登记"),
    REGISTRATION_DELETE("删除登记"),
    REGISTRATION_SUBMIT("上报登记"),
    REGISTRATION_TAKE_BACK("撤回上报"),
    REGISTRATION_READ("查看登记"),
    REGISTRATION_LIST("查看登记列表"),
    REGISTRATION_IMPORT("批量导入登记"),
    PERSONAL_DATA_REVEAL("查看完整号码"),

    DOCUMENT_UPLOAD("上传佐证材料"),
    DOCUMENT_DELETE("删除佐证材料"),
    DOCUMENT_DOWNLOAD("查看佐证材料"),

    REVIEW_SUBMITTED("单位上报（进入审核）"),
    REVIEW_DECLARED_AT_DEADLINE("申报截止：登记完整，视为上报"),
    REVIEW_ABANDONED("申报截止：登记不完整，视为放弃"),
    REVIEW_TAKEN_BACK("单位撤回上报（党委审核前）"),
    REVIEW_ELIGIBLE("资格认定：符合条件"),
    REVIEW_NOT_ELIGIBLE("资格认定：不符合条件"),
    REVIEW_APPROVE("审核通过"),
    REVIEW_RETURN("审核退回修改"),
    REVIEW_REJECT("审核不予通过"),
    REVIEW_UNTRUTHFUL_DECLARATION("认定不如实提供家庭收入及财产状况（不予资助）"),
    REVIEW_CONFIRMED("入户走访：情况属实"),
    REVIEW_NOT_CONFIRMED("入户走访：未能确认"),
    REVIEW_COMPLETE("佐证材料齐全"),
    REVIEW_INCOMPLETE("佐证材料不全"),
    REVIEW_RETRY("发放失败：下一批次重发"),
    REVIEW_CANCEL("发放失败：取消发放"),
    REVIEW_PAID("资助金已发放"),
    REVIEW_PAYMENT_FAILED("资助金发放失败"),
    REVIEW_OTHER("审核记录"),

    PAYOUT_BATCH_BUILD("生成发放批次"),
    PAYOUT_RESULT_IMPORT("导入银行处理结果"),
    PAYMENT_CONFIRM("确认发放"),
    PAYMENT_FAIL("登记发放失败"),

    EXPORT_UNIT_SUMMARY("下载单位汇总表"),
    EXPORT_ALL_UNITS("下载全部单位汇总表"),
    EXPORT_REGISTRATION_FORM("打印登记表"),
    EXPORT_BANK_FILE("下载银行批量文件"),
    EXPORT_AUDIT_LOG("导出审计日志"),

    ENGINE_DEPLOYMENT("部署流程、决策或表单"),
    DECISION_DEPLOY("规则管理：部署决策表新版本"),
    DECISION_ROLLBACK("规则管理：回滚决策表"),

    ADMIN_CREATE("用户与权限管理：新建"),
    ADMIN_UPDATE("用户与权限管理：修改"),
    ADMIN_DELETE("用户与权限管理：删除"),
    ADMIN_UNLOCK("用户与权限管理：解锁"),
    ADMIN_OTHER("用户与权限管理：其他操作");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The stored code's label; a code no longer known (written by an older version) is shown as it is. */
    public static String labelOf(String code) {
        return of(code).map(AuditAction::label).orElse(code);
    }

    public static Optional<AuditAction> of(String code) {
        return Arrays.stream(values()).filter(action -> action.name().equals(code)).findFirst();
    }

    /**
     * The audit action of a review step's decision code (APPROVE, CONFIRMED, PAID …). A decision
     * without an entry of its own is still recorded, as a review step; its details say which.
     */
    public static AuditAction review(String decision) {
        return of("REVIEW_" + decision).orElse(REVIEW_OTHER);
    }

    /** A change made in Camunda Admin, by the engine's operation type (Create, Update, Delete, Unlock). */
    public static AuditAction adminOperation(String operationType) {
        return of("ADMIN_" + operationType.toUpperCase(Locale.ROOT)).orElse(ADMIN_OTHER);
    }

    /** The choice list of the audit page, in the order above. */
    public static List<AuditAction> choices() {
        return List.of(values());
    }
}
