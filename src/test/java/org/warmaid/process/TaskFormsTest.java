package org.warmaid.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.warmaid.process.forms.FieldType;
import org.warmaid.process.forms.FormField;
import org.warmaid.process.forms.Requirement;
import org.warmaid.process.forms.TaskForm;
import org.warmaid.process.forms.TaskForms;

/**
 * Every user task has a Camunda Form in Chinese, and the form's fields are exactly the fields
 * {@link TaskForms} declares for the task (the declaration every completion is checked against):
 * same keys, same choices with the same labels, same lengths and ranges, same required fields.
 */
class TaskFormsTest {

    private static final ObjectMapper json = new ObjectMapper();

    @Test
    void everyUserTaskHasItsFormWithTheDeclaredFields() throws IOException {
        BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("bpmn/HardshipAidProcess.bpmn").toFile());
        Collection<UserTask> userTasks = model.getModelElementsByType(UserTask.class);
        assertThat(userTasks).extracting(UserTask::getId)
                .containsExactlyInAnyOrderElementsOf(TaskForms.all().stream().map(TaskForm::taskKey).toList());
        for (UserTask task : userTasks) {
            String formId = task.getCamundaFormRef();
            assertThat(formId).as("formRef of %s", task.getId()).isEqualTo("Form_" + task.getId().substring("Task_".length()));
            JsonNode form = read("forms/" + task.getId().substring("Task_".length()) + ".form");
            assertThat(form.get("id").asText()).isEqualTo(formId);
            List<JsonNode> components = new ArrayList<>();
            form.get("components").forEach(components::add);
            assertThat(components).as("the registration itself is shown read-only in every form")
                    .anySatisfy(c -> assertThat(c.get("type").asText()).isEqualTo("iframe"));
            components.stream().filter(c -> c.has("label")).forEach(c ->
                    assertThat(c.get("label").asText()).as("label of %s in %s", c.get("id"), formId).containsPattern("\\p{IsHan}"));

            TaskForm declared = TaskForms.of(task.getId()).orElseThrow();
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            components.stream().filter(c -> c.hasNonNull("key")).forEach(c -> fields.put(c.get("key").asText(), c));
            if (declared.completedByTheApplication()) {
                assertThat(fields).as("%s is done in the portal: its Tasklist form has no fields", task.getId()).isEmpty();
                continue;
            }
            assertThat(fields.keySet()).as("fields of %s", formId)
                    .containsExactlyInAnyOrderElementsOf(declared.fields().stream().map(FormField::name).toList());
            declared.fields().forEach(field -> assertMatches(formId, field, fields.get(field.name())));
        }
    }

    private static void assertMatches(String formId, FormField field, JsonNode component) {
        String where = formId + " " + field.name();
        assertThat(component.get("label").asText()).as("label of %s", where).startsWith(field.label().replaceAll("（.*", ""));
        JsonNode validate = component.path("validate");
        assertThat(validate.path("required").asBoolean(false)).as("required of %s", where)
                .isEqualTo(field.requirement() instanceof Requirement.Always);
        switch (field.type()) {
            case TEXT -> {
                assertThat(component.get("type").asText()).isIn("textarea", "textfield");
                assertThat(validate.path("maxLength").asInt()).as("maxLength of %s", where).isEqualTo(field.maxLength());
            }
            case CHOICE, BOOLEAN -> {
                Map<String, String> choices = new LinkedHashMap<>();
                component.path("values").forEach(value -> choices.put(value.get("value").asText(), value.get("label").asText()));
                if (field.type() == FieldType.BOOLEAN && field.choices().isEmpty()) {
                    assertThat(component.get("type").asText()).as("type of %s", where).isEqualTo("checkbox");
                } else {
                    assertThat(component.get("type").asText()).as("type of %s", where).isEqualTo("radio");
                    assertThat(choices).as("choices of %s", where).containsExactlyEntriesOf(field.choices());
                }
            }
            case DECIMAL -> {
                assertThat(component.get("type").asText()).isEqualTo("number");
                assertThat(component.path("decimalDigits").asInt()).as("decimals of %s", where).isEqualTo(field.scale());
                assertThat(validate.path("min").decimalValue()).as("min of %s", where).isEqualByComparingTo(field.min());
                assertThat(validate.path("max").decimalValue()).as("max of %s", where).isEqualByComparingTo(field.max());
            }
        }
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream stream = TaskFormsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(stream).as(resource).isNotNull();
            return json.readTree(stream);
        }
    }
}
