package org.warmaid.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** Every user task has a Camunda Form in Chinese with the fields of the process contract. */
class TaskFormsTest {

    private static final ObjectMapper json = new ObjectMapper();

    private static final Map<String, List<String>> FIELDS = Map.of(
            "Task_EnterRegistration", List.of(),
            "Task_ReviewByPartyCommittee", List.of("partyDecision", "partyComment"),
            "Task_ReviewByProvincialUnion", List.of("provincialDecision", "provincialComment", "aidAmount", "spotCheck"),
            "Task_VisitHousehold", List.of("visitConfirmed", "visitNotes"),
            "Task_CheckSupportingDocuments", List.of("document_ID_AND_BANK_CARD", "document_LOW_INCOME_CERTIFICATE",
                    "document_DISABILITY_CERTIFICATE", "document_DIAGNOSIS", "documentsComment"),
            "Task_ResolveFailedPayment", List.of("payoutResolution", "payoutResolutionComment"));

    @Test
    void everyUserTaskHasItsFormWithTheContractsFields() throws IOException {
        BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("bpmn/HardshipAidProcess.bpmn").toFile());
        Collection<UserTask> userTasks = model.getModelElementsByType(UserTask.class);
        assertThat(userTasks).extracting(UserTask::getId).containsExactlyInAnyOrderElementsOf(FIELDS.keySet());
        for (UserTask task : userTasks) {
            String formId = task.getCamundaFormRef();
            assertThat(formId).as("formRef of %s", task.getId()).isEqualTo("Form_" + task.getId().substring("Task_".length()));
            JsonNode form = read("forms/" + task.getId().substring("Task_".length()) + ".form");
            assertThat(form.get("id").asText()).isEqualTo(formId);
            List<JsonNode> components = new ArrayList<>();
            form.get("components").forEach(components::add);
            assertThat(components).extracting(c -> c.path("key").asText(null)).filteredOn(key -> key != null)
                    .containsExactlyInAnyOrderElementsOf(FIELDS.get(task.getId()));
            assertThat(components).as("the registration itself is shown read-only in every form")
                    .anySatisfy(c -> assertThat(c.get("type").asText()).isEqualTo("iframe"));
            components.stream().filter(c -> c.has("label")).forEach(c ->
                    assertThat(c.get("label").asText()).as("label of %s in %s", c.get("id"), formId).containsPattern("\\p{IsHan}"));
        }
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream stream = TaskFormsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(stream).as(resource).isNotNull();
            return json.readTree(stream);
        }
    }
}
