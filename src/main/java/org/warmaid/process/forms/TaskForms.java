package org.warmaid.process.forms;

import static org.warmaid.process.forms.Requirement.ALWAYS;
import static org.warmaid.process.forms.Requirement.OPTIONAL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warmaid.process.ProcessIds;
import org.warmaid.process.ProcessVariables;
import org.warmaid.review.DocumentVerdict;
import org.warmaid.review.PayoutResolution;
import org.warmaid.review.ReviewDecision;

/**
 * The form of every user task of HardshipAidProcess: the one declaration each completion is checked
 * against (engine REST complete / submit-form / resolve, the webapps' engine API, the Java API) and
 * the Tasklist forms are kept in step with ({@code TaskFormsTest}). A task not declared here takes
 * no variables at completion.
 */
public final class TaskForms {

    /** The supporting documents a registration may need, as RequiredDocuments names them. */
    public static final List<String> DOCUMENTS = List.of("ID_AND_BANK_CARD", "LOW_INCOME_CERTIFICATE",
            "DISABILITY_CERTIFICATE", "DIAGNOSIS");

    /** The longest comment or note a reviewer may write. */
    public static final int MAX_COMMENT = 1000;

    /**
     * The largest aid one household may be approved in one campaign: a bound against typing errors
     * (the notice leaves amounts to the provincial union; the default amounts are 800 and 1 000 yuan).
     */
    public static final String MAX_AID_AMOUNT = "100000";

    private static final Map<String, String> DOCUMENT_LABELS = Map.of(
            "ID_AND_BANK_CARD", "身份证和工商银行卡复印件（一张纸）",
            "LOW_INCOME_CERTIFICATE", "低保户证明",
            "DISABILITY_CERTIFICATE", "残疾证明",
            "DIAGNOSIS", "大重病住院诊断结果（1-2页）");

    /** The finding reviewers may record, in the notice's words (附件3 第二部分（五）). */
    public static final String UNTRUTHFUL_LABEL = "在申请、核查阶段不如实提供家庭收入以及财产状况（附件3第二部分（五））";

    private static final Set<String> RETURN_OR_REJECT = Set.of(ReviewDecision.RETURN.name(), ReviewDecision.REJECT.name());

    private static final Map<String, TaskForm> FORMS = declare(
            new TaskForm(ProcessIds.TASK_ENTER_REGISTRATION, "录入并上报职工信息", List.of(
                    // who submitted, passed by the portal's submission (never by an engine user)
                    FormField.text("submittedBy", "上报人", 64, OPTIONAL)), true),
            new TaskForm(ProcessIds.TASK_REVIEW_BY_PARTY_COMMITTEE, "党委审核", List.of(
                    decision("partyDecision"),
                    FormField.text("partyComment", "审核意见", MAX_COMMENT,
                            new Requirement.WhenFieldIn("partyDecision", RETURN_OR_REJECT)),
                    untruthful(ProcessVariables.PARTY_UNTRUTHFUL, "partyDecision", ReviewDecision.REJECT.name())), false),
            new TaskForm(ProcessIds.TASK_REVIEW_BY_PROVINCIAL_UNION, "工委审核", List.of(
                    decision("provincialDecision"),
                    FormField.decimal("aidAmount", "资助金额（元）", "0.01", MAX_AID_AMOUNT, 2,
                            new Requirement.WhenFieldIn("provincialDecision", Set.of(ReviewDecision.APPROVE.name()))),
                    FormField.yesNo("spotCheck", "抽查入户走访", OPTIONAL),
                    FormField.text("provincialComment", "审核意见", MAX_COMMENT,
                            new Requirement.WhenFieldIn("provincialDecision", RETURN_OR_REJECT)),
                    untruthful(ProcessVariables.PROVINCIAL_UNTRUTHFUL, "provincialDecision",
                            ReviewDecision.REJECT.name())), false),
            new TaskForm(ProcessIds.TASK_VISIT_HOUSEHOLD, "入户走访", List.of(
                    FormField.yesNo("visitConfirmed", "走访结论", ALWAYS, "困难情况属实", "未能确认困难情况"),
                    FormField.text("visitNotes", "走访记录", MAX_COMMENT,
                            new Requirement.WhenFieldIn("visitConfirmed", Set.of("false"))),
                    untruthful(ProcessVariables.VISIT_UNTRUTHFUL, "visitConfirmed", "false")), false),
            new TaskForm(ProcessIds.TASK_CHECK_SUPPORTING_DOCUMENTS, "佐证材料审核", documentCheckFields(), false),
            new TaskForm(ProcessIds.TASK_RESOLVE_FAILED_PAYMENT, "处理发放失败", List.of(
                    FormField.choice(ProcessVariables.PAYOUT_RESOLUTION, "处理方式", ALWAYS, PayoutResolution.RETRY.name(),
                            PayoutResolution.RETRY.label(), PayoutResolution.CANCEL.name(), PayoutResolution.CANCEL.label()),
                    FormField.text("payoutResolutionComment", "说明", MAX_COMMENT,
                            new Requirement.WhenFieldIn(ProcessVariables.PAYOUT_RESOLUTION,
                                    Set.of(PayoutResolution.CANCEL.name())))), false));

    private TaskForms() {
    }

    /** The form of the task, if the process declares one. */
    public static Optional<TaskForm> of(String taskKey) {
        return Optional.ofNullable(taskKey).map(FORMS::get);
    }

    public static Collection<TaskForm> all() {
        return FORMS.values();
    }

    private static FormField decision(String name) {
        return FormField.choice(name, "审核结论", ALWAYS, ReviewDecision.APPROVE.name(), ReviewDecision.APPROVE.label(),
                ReviewDecision.RETURN.name(), "退回单位修改", ReviewDecision.REJECT.name(), ReviewDecision.REJECT.label());
    }

    /**
     * The finding of 附件3 第二部分（五）, "在申请、核查阶段不如实提供家庭收入以及财产状况": the household is not
     * aided; the reviewer's comment (or the visit's notes) is the reason the unit reads.
     */
    private static FormField untruthful(String name, String refusalField, String refusal) {
        return FormField.yesNoOnlyWhen(name, UNTRUTHFUL_LABEL, "是，认定不如实提供（不予资助）", "否",
                new Requirement.WhenFieldIn(refusalField, Set.of(refusal)));
    }

    private static List<FormField> documentCheckFields() {
        List<FormField> fields = new ArrayList<>();
        List<String> verdicts = new ArrayList<>();
        for (String document : DOCUMENTS) {
            String name = ProcessVariables.DOCUMENT_VERDICT_PREFIX + document;
            verdicts.add(name);
            fields.add(FormField.choice(name, DOCUMENT_LABELS.get(document),
                    new Requirement.WhenListed(ProcessVariables.REQUIRED_DOCUMENTS, document), DocumentVerdict.PASS.name(),
                    DocumentVerdict.PASS.label(), DocumentVerdict.FAIL.name(), DocumentVerdict.FAIL.label()));
        }
        fields.add(FormField.text("documentsComment", "审核意见", MAX_COMMENT, new Requirement.WhenAnyFieldIs(verdicts,
                DocumentVerdict.FAIL.name())));
        return fields;
    }

    private static Map<String, TaskForm> declare(TaskForm... forms) {
        Map<String, TaskForm> byKey = new LinkedHashMap<>();
        for (TaskForm form : forms) {
            byKey.put(form.taskKey(), form);
        }
        return java.util.Collections.unmodifiableMap(byKey);
    }
}
