package org.warmaid.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.warmaid.process.forms.FormField;
import org.warmaid.process.forms.TaskForm;
import org.warmaid.process.forms.TaskFormFields;
import org.warmaid.process.forms.TaskForms;

/**
 * Every task worked in Tasklist shows the application's embedded form, and that form asks for
 * exactly the fields its completion is checked against, with the check's own Chinese messages.
 */
class TaskFormsTest {

    private static final String EMBEDDED_FORM = "embedded:/review/task-form";

    @Test
    void everyTasklistTaskEmbedsTheApplicationsFormAndItsFieldsAreTheDeclaredOnes() {
        BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("bpmn/HardshipAidProcess.bpmn").toFile());
        Collection<UserTask> userTasks = model.getModelElementsByType(UserTask.class);
        assertThat(userTasks).extracting(UserTask::getId)
                .containsExactlyInAnyOrderElementsOf(TaskForms.all().stream().map(TaskForm::taskKey).toList());
        for (UserTask task : userTasks) {
            TaskForm form = TaskForms.of(task.getId()).orElseThrow();
            if (form.completedByTheApplication()) {
                assertThat(task.getCamundaFormKey()).as("%s is worked in the portal", task.getId()).isNull();
                continue;
            }
            assertThat(task.getCamundaFormKey()).as("formKey of %s", task.getId()).isEqualTo(EMBEDDED_FORM);
            assertThat(task.getCamundaFormRef()).isNull();

            Map<String, Object> values = new HashMap<>();
            values.put(ProcessVariables.REQUIRED_DOCUMENTS, String.join(",", TaskForms.DOCUMENTS));
            var shown = TaskFormFields.of(task.getId(), values);
            assertThat(shown).extracting(TaskFormFields.Field::name)
                    .containsExactlyElementsOf(form.fields().stream().map(FormField::name).toList());
            for (TaskFormFields.Field field : shown) {
                assertThat(field.label()).as("label of %s", field.name()).containsPattern("\\p{IsHan}");
                assertThat(field.missingMessage()).as("message of %s", field.name()).contains(field.label())
                        .containsPattern("\\p{IsHan}");
                boolean checked = field.alwaysRequired() || !field.requiredWhenFields().isEmpty();
                if (checked) {
                    Map<String, Object> submitted = new HashMap<>();
                    if (!field.requiredWhenFields().isEmpty()) {
                        submitted.put(field.requiredWhenFields().get(0), field.requiredWhenValues().get(0));
                    }
                    assertThat(form.problems(submitted, values::get)).as("the check refuses %s left empty", field.name())
                            .anySatisfy(problem -> assertThat(problem.message()).isEqualTo(field.missingMessage()));
                }
            }
        }
    }

    @Test
    void aDocumentTheRegistrationDoesNotNeedIsNotAskedFor() {
        var shown = TaskFormFields.of(ProcessIds.TASK_CHECK_SUPPORTING_DOCUMENTS,
                Map.of(ProcessVariables.REQUIRED_DOCUMENTS, "ID_AND_BANK_CARD,DIAGNOSIS"));
        assertThat(shown).extracting(TaskFormFields.Field::name)
                .containsExactly("document_ID_AND_BANK_CARD", "document_DIAGNOSIS", "documentsComment");
        assertThat(shown.get(0).alwaysRequired()).isTrue();
        assertThat(shown.get(2).requiredWhenFields()).contains("document_ID_AND_BANK_CARD", "document_DIAGNOSIS");
        assertThat(shown.get(2).requiredWhenValues()).containsExactly("FAIL");
    }

    @Test
    void theProvincialFormStartsFromThePrefilledAmountAndSpotCheck() {
        var shown = TaskFormFields.of(ProcessIds.TASK_REVIEW_BY_PROVINCIAL_UNION, Map.of("aidAmount", 1000.0, "spotCheck", true));
        assertThat(shown).filteredOn(field -> field.name().equals("aidAmount")).singleElement()
                .satisfies(field -> {
                    assertThat(field.value()).isEqualTo("1000");
                    assertThat(field.control()).isEqualTo(TaskFormFields.Control.AMOUNT);
                    assertThat(field.requiredWhenValues()).containsExactly("APPROVE");
                });
        assertThat(shown).filteredOn(field -> field.name().equals("spotCheck")).singleElement()
                .satisfies(field -> assertThat(field.value()).isEqualTo("true"));
    }
}
