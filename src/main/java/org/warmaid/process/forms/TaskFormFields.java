package org.warmaid.process.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warmaid.model.FieldProblem;

/**
 * The fields of a task's form as the Tasklist form shows them, read from {@link TaskForms} (the
 * declaration every completion is checked against), so that the form asks for exactly what the
 * check takes. The message shown for a missing value is the check's own message.
 */
public final class TaskFormFields {

    private TaskFormFields() {
    }

    /** How a field is entered. */
    public enum Control {
        RADIO, CHECKBOX, TEXTAREA, AMOUNT
    }

    /**
     * One field to render: its declaration, how it is entered, its starting value, whether it is
     * always required, when it is required otherwise (another field with one of some values), and
     * the Chinese message for a missing value.
     */
    public record Field(FormField field, Control control, String value, boolean alwaysRequired,
            List<String> requiredWhenFields, List<String> requiredWhenValues, String missingMessage) {

        public String name() {
            return field.name();
        }

        public String label() {
            return field.label();
        }

        public Map<String, String> choices() {
            return field.choices();
        }

        public String type() {
            return field.type().name();
        }

        public String requiredWhenFieldsText() {
            return String.join(",", requiredWhenFields);
        }

        public String requiredWhenValuesText() {
            return String.join(",", requiredWhenValues);
        }

        public String min() {
            return field.min() == null ? "" : field.min().toPlainString();
        }

        public String max() {
            return field.max() == null ? "" : field.max().toPlainString();
        }
    }

    /**
     * The fields of the task's form, starting from the task's current values. A document the
     * registration does not need is not asked for.
     */
    public static List<Field> of(String taskKey, Map<String, Object> values) {
        Optional<TaskForm> declared = TaskForms.of(taskKey);
        if (declared.isEmpty()) {
            return List.of();
        }
        TaskForm form = declared.get();
        List<Field> fields = new ArrayList<>();
        for (FormField field : form.fields()) {
            Requirement requirement = field.requirement();
            if (requirement instanceof Requirement.WhenListed listed
                    && !listed(values.get(listed.processVariable()), listed.entry())) {
                continue;
            }
            boolean always = requirement instanceof Requirement.Always || requirement instanceof Requirement.WhenListed;
            List<String> whenFields = List.of();
            List<String> whenValues = List.of();
            if (requirement instanceof Requirement.WhenFieldIn when) {
                whenFields = List.of(when.field());
                whenValues = ordered(form, when.field(), when.values());
            } else if (requirement instanceof Requirement.WhenAnyFieldIs when) {
                whenFields = when.fields();
                whenValues = List.of(when.value());
            }
            fields.add(new Field(field, control(field), text(values.get(field.name())), always, whenFields, whenValues,
                    missingMessage(form, field, whenFields, whenValues, values)));
        }
        return fields;
    }

    private static Control control(FormField field) {
        return switch (field.type()) {
            case CHOICE -> Control.RADIO;
            case BOOLEAN -> field.choices().isEmpty() ? Control.CHECKBOX : Control.RADIO;
            case DECIMAL -> Control.AMOUNT;
            case TEXT -> Control.TEXTAREA;
        };
    }

    /** The check's own message for this field left empty when it is required. */
    private static String missingMessage(TaskForm form, FormField field, List<String> whenFields, List<String> whenValues,
            Map<String, Object> values) {
        Map<String, Object> submitted = new HashMap<>();
        if (!whenFields.isEmpty()) {
            submitted.put(whenFields.get(0), whenValues.get(0));
        }
        return form.problems(submitted, values::get).stream().filter(problem -> problem.field().equals(field.name()))
                .map(FieldProblem::message).findFirst().orElse("请填写“" + field.label() + "”");
    }

    private static List<String> ordered(TaskForm form, String fieldName, java.util.Set<String> values) {
        List<String> order = form.field(fieldName).map(other -> new ArrayList<>(other.choices().keySet()))
                .orElse(new ArrayList<>());
        List<String> result = new ArrayList<>(order.stream().filter(values::contains).toList());
        values.stream().filter(value -> !result.contains(value)).sorted().forEach(result::add);
        return result;
    }

    private static boolean listed(Object list, String entry) {
        return list != null && Arrays.stream(list.toString().split(",")).map(String::strip).anyMatch(entry::equals);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return amount.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

}
