package org.warmaid.process.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warmaid.model.FieldProblem;

/** A completion carries exactly its task form's fields, with their types, ranges and requirements. */
class TaskFormTest {

    private static final TaskForm PARTY = TaskForms.of("Task_ReviewByPartyCommittee").orElseThrow();
    private static final TaskForm PROVINCIAL = TaskForms.of("Task_ReviewByProvincialUnion").orElseThrow();
    private static final TaskForm DOCUMENTS = TaskForms.of("Task_CheckSupportingDocuments").orElseThrow();
    private static final TaskForm VISIT = TaskForms.of("Task_VisitHousehold").orElseThrow();
    private static final TaskForm RESOLUTION = TaskForms.of("Task_ResolveFailedPayment").orElseThrow();

    @Test
    void acceptsTheFormsOwnFields() {
        assertThat(problems(PARTY, Map.of("partyDecision", "APPROVE"))).isEmpty();
        assertThat(problems(PARTY, Map.of("partyDecision", "RETURN", "partyComment", "收入证明缺失"))).isEmpty();
        assertThat(problems(PROVINCIAL, Map.of("provincialDecision", "APPROVE", "aidAmount", 1000, "spotCheck", false))).isEmpty();
        assertThat(problems(PROVINCIAL, Map.of("provincialDecision", "APPROVE", "aidAmount", 999.5d))).isEmpty();
        assertThat(problems(PROVINCIAL, Map.of("provincialDecision", "APPROVE", "aidAmount", new BigDecimal("100000.00")))).isEmpty();
        assertThat(problems(VISIT, Map.of("visitConfirmed", "true"))).isEmpty();
        assertThat(problems(VISIT, Map.of("visitConfirmed", false, "visitNotes", "家中无人"))).isEmpty();
        assertThat(problems(RESOLUTION, Map.of("payoutResolution", "RETRY"))).isEmpty();
    }

    @Test
    void refusesAFieldTheFormDoesNotHave() {
        List<FieldProblem> forged = problems(PARTY, Map.of("partyDecision", "APPROVE", "registrationId", 7L, "unitCode", "U002"));
        assertThat(forged).extracting(FieldProblem::field).containsExactlyInAnyOrder("registrationId", "unitCode");
        assertThat(forged).extracting(FieldProblem::message).contains("“党委审核”的表单中没有“registrationId”这一项，不能提交");
        assertThat(problems(DOCUMENTS, Map.of("document_ID_AND_BANK_CARD", "PASS", "aidAmount", 88888.88)))
                .extracting(FieldProblem::field).containsExactly("aidAmount");
        assertThat(problems(DOCUMENTS, Map.of("document_ID_AND_BANK_CARD", "PASS", "approvedBy", "finance")))
                .extracting(FieldProblem::field).containsExactly("approvedBy");
    }

    @Test
    void refusesValuesOfTheWrongTypeOrOutOfRange() {
        assertThat(messages(PARTY, Map.of("partyDecision", "MAYBE"))).containsExactly("“审核结论”只能选择：通过、退回单位修改、不予通过");
        assertThat(messages(PARTY, Map.of("partyDecision", "APPROVE", "partyComment", 5))).containsExactly("“审核意见”应为文字");
        assertThat(messages(PARTY, Map.of("partyDecision", "APPROVE", "partyComment", "长".repeat(1001))))
                .containsExactly("“审核意见”不能超过1000个字（现有1001个）");
        assertThat(messages(PROVINCIAL, Map.of("provincialDecision", "APPROVE", "aidAmount", "1000")))
                .containsExactly("“资助金额（元）”应为数字");
        assertThat(messages(PROVINCIAL, Map.of("provincialDecision", "APPROVE", "aidAmount", 0)))
                .containsExactly("“资助金额（元）”应在0.01至100000之间");
        assertThat(messages(PROVINCIAL, Map.of("provincialDecision", "APPROVE", "aidAmount", 100000.01)))
                .containsExactly("“资助金额（元）”应在0.01至100000之间");
        assertThat(messages(PROVINCIAL, Map.of("provincialDecision", "APPROVE", "aidAmount", 10.005)))
                .containsExactly("“资助金额（元）”最多保留2位小数");
        assertThat(messages(PROVINCIAL, Map.of("provincialDecision", "APPROVE", "aidAmount", Double.NaN)))
                .containsExactly("“资助金额（元）”应为数字");
        assertThat(messages(PROVINCIAL, Map.of("provincialDecision", "APPROVE", "aidAmount", 800, "spotCheck", "yes")))
                .containsExactly("“抽查入户走访”只能为是或否");
        assertThat(messages(VISIT, Map.of("visitConfirmed", "maybe"))).containsExactly("“走访结论”只能选择：困难情况属实、未能确认困难情况");
    }

    @Test
    void refusesWhatIsMissingWhenItIsRequired() {
        assertThat(messages(PARTY, Map.of())).containsExactly("请选择“审核结论”");
        assertThat(messages(PARTY, Map.of("partyDecision", "REJECT", "partyComment", "  ")))
                .containsExactly("“审核结论”为“退回单位修改”或“不予通过”时，请填写“审核意见”");
        assertThat(messages(PROVINCIAL, Map.of("provincialDecision", "APPROVE")))
                .containsExactly("“审核结论”为“通过”时，请填写“资助金额（元）”");
        assertThat(messages(VISIT, Map.of("visitConfirmed", "false"))).containsExactly("“走访结论”为“未能确认困难情况”时，请填写“走访记录”");
        assertThat(messages(RESOLUTION, Map.of("payoutResolution", "CANCEL"))).containsExactly("“处理方式”为“取消发放”时，请填写“说明”");
    }

    @Test
    void theFindingOfAnUntruthfulDeclarationGoesOnlyWithARefusal() {
        assertThat(problems(PARTY, Map.of("partyDecision", "REJECT", "partyComment", "隐瞒经营收入", "partyUntruthful", "true")))
                .isEmpty();
        assertThat(problems(PARTY, Map.of("partyDecision", "APPROVE", "partyUntruthful", "false"))).isEmpty();
        assertThat(messages(PARTY, Map.of("partyDecision", "APPROVE", "partyUntruthful", "true")))
                .containsExactly("选择“是，认定不如实提供（不予资助）”时，“审核结论”应为“不予通过”");
        assertThat(messages(PROVINCIAL, Map.of("provincialDecision", "RETURN", "provincialComment", "请核实",
                "provincialUntruthful", true))).containsExactly("选择“是，认定不如实提供（不予资助）”时，“审核结论”应为“不予通过”");
        assertThat(messages(VISIT, Map.of("visitConfirmed", "true", "visitUntruthful", "true")))
                .containsExactly("选择“是，认定不如实提供（不予资助）”时，“走访结论”应为“未能确认困难情况”");
        assertThat(problems(VISIT, Map.of("visitConfirmed", "false", "visitNotes", "另有住房", "visitUntruthful", "true")))
                .isEmpty();
    }

    @Test
    void documentsAreRequiredAsTheRegistrationNeedsThem() {
        Map<String, Object> variables = Map.of("requiredDocuments", "ID_AND_BANK_CARD,DIAGNOSIS");
        assertThat(DOCUMENTS.problems(Map.of("document_ID_AND_BANK_CARD", "PASS"), variables::get))
                .extracting(FieldProblem::message).containsExactly("请选择“大重病住院诊断结果（1-2页）”");
        assertThat(DOCUMENTS.problems(Map.of("document_ID_AND_BANK_CARD", "PASS", "document_DIAGNOSIS", "FAIL"), variables::get))
                .extracting(FieldProblem::message).containsExactly("有材料为“不合格或缺少”时，请填写“审核意见”");
        assertThat(DOCUMENTS.problems(Map.of("document_ID_AND_BANK_CARD", "PASS", "document_DIAGNOSIS", "PASS"), variables::get))
                .isEmpty();
    }

    @Test
    void nullCountsAsNotSubmitted() {
        Map<String, Object> values = new HashMap<>();
        values.put("partyDecision", "APPROVE");
        values.put("partyComment", null);
        assertThat(problems(PARTY, values)).isEmpty();
    }

    @Test
    void theUnitsSubmissionIsTheApplications() {
        assertThat(TaskForms.of("Task_EnterRegistration").orElseThrow().completedByTheApplication()).isTrue();
        assertThat(TaskForms.all()).filteredOn(TaskForm::completedByTheApplication).hasSize(1);
        assertThat(TaskForms.of("Task_Unknown")).isEmpty();
    }

    private static List<FieldProblem> problems(TaskForm form, Map<String, Object> values) {
        return form.problems(values, name -> null);
    }

    private static List<String> messages(TaskForm form, Map<String, Object> values) {
        return problems(form, values).stream().map(FieldProblem::message).toList();
    }
}
