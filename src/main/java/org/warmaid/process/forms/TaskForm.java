package org.warmaid.process.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.warmaid.model.FieldProblem;

/**
 * The form of one user task: the only variables a completion of the task may carry. A task the
 * application completes itself (the unit's submission in the portal) takes no completion from an
 * engine user at all.
 */
public record TaskForm(String taskKey, String taskName, List<FormField> fields, boolean completedByTheApplication) {

    public TaskForm {
        fields = List.copyOf(fields);
    }

    public Optional<FormField> field(String name) {
        return fields.stream().filter(field -> field.name().equals(name)).findFirst();
    }

    /**
     * What is wrong with the submitted values (null values count as not submitted). Required-when
     * rules read the other submitted values and, for {@link Requirement.WhenListed}, the task's
     * process variables.
     */
    public List<FieldProblem> problems(Map<String, Object> submitted, Function<String, Object> processVariables) {
        Map<String, Object> values = new LinkedHashMap<>();
        submitted.forEach((name, value) -> {
            if (value != null) {
                values.put(name, value);
            }
        });
        List<FieldProblem> problems = new ArrayList<>();
        for (String name : submitted.keySet()) {
            if (field(name).isEmpty()) {
                problems.add(new FieldProblem(name, "“" + taskName + "”的表单中没有“" + name + "”这一项，不能提交"));
            }
        }
        for (FormField field : fields) {
            Object value = values.get(field.name());
            if (value == null || value instanceof String text && text.isBlank() && field.type() != FieldType.TEXT) {
                if (required(field.requirement(), values, processVariables)) {
                    problems.add(new FieldProblem(field.name(), missing(field)));
                }
                continue;
            }
            wrongValue(field, value).ifPresent(message -> problems.add(new FieldProblem(field.name(), message)));
            yesNotAllowed(field, value, values).ifPresent(message -> problems.add(new FieldProblem(field.name(), message)));
            if (value instanceof String text && text.isBlank() && required(field.requirement(), values, processVariables)) {
                problems.add(new FieldProblem(field.name(), missing(field)));
            }
        }
        return problems;
    }

    /** The submitted value as the field's type reads it ("true" for a yes), or null when absent. */
    public static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private boolean required(Requirement requirement, Map<String, Object> values, Function<String, Object> variables) {
        if (requirement instanceof Requirement.WhenFieldIn when) {
            String other = text(values.get(when.field()));
            return other != null && when.values().contains(other);
        }
        if (requirement instanceof Requirement.WhenListed when) {
            return listed(variables.apply(when.processVariable()), when.entry());
        }
        if (requirement instanceof Requirement.WhenAnyFieldIs when) {
            return when.fields().stream().anyMatch(name -> when.value().equals(text(values.get(name))));
        }
        return requirement instanceof Requirement.Always;
    }

    private static boolean listed(Object list, String entry) {
        return list != null && Arrays.stream(list.toString().split(",")).map(String::strip).anyMatch(entry::equals);
    }

    private String missing(FormField field) {
        String condition = "";
        if (field.requirement() instanceof Requirement.WhenFieldIn when) {
            condition = "“" + labelOf(when.field()) + "”为" + field(when.field()).map(other -> other.choices().keySet())
                    .orElse(when.values()).stream().filter(when.values()::contains)
                    .map(value -> "“" + choiceLabel(when.field(), value) + "”").collect(Collectors.joining("或")) + "时，";
        } else if (field.requirement() instanceof Requirement.WhenAnyFieldIs when) {
            condition = "有材料为“" + choiceLabel(when.fields().get(0), when.value()) + "”时，";
        }
        return condition + (field.type() == FieldType.TEXT || field.type() == FieldType.DECIMAL ? "请填写" : "请选择")
                + "“" + field.label() + "”";
    }

    /** A yes that goes only with certain values of another field, given without them. */
    private Optional<String> yesNotAllowed(FormField field, Object value, Map<String, Object> values) {
        Requirement.WhenFieldIn only = field.yesOnlyWhen();
        if (only == null || !"true".equals(text(value)) || only.values().contains(text(values.get(only.field())))) {
            return Optional.empty();
        }
        String allowed = field(only.field()).map(other -> other.choices().keySet()).orElse(only.values()).stream()
                .filter(only.values()::contains).map(choice -> "“" + choiceLabel(only.field(), choice) + "”")
                .collect(Collectors.joining("或"));
        return Optional.of("选择“" + field.choices().getOrDefault("true", "是") + "”时，“" + labelOf(only.field()) + "”应为"
                + allowed);
    }

    private String labelOf(String name) {
        return field(name).map(FormField::label).orElse(name);
    }

    private String choiceLabel(String fieldName, String value) {
        return field(fieldName).map(field -> field.choices().getOrDefault(value, value)).orElse(value);
    }

    private static Optional<String> wrongValue(FormField field, Object value) {
        String label = "“" + field.label() + "”";
        return switch (field.type()) {
            case TEXT -> value instanceof String text
                    ? (text.length() > field.maxLength()
                            ? Optional.of(label + "不能超过" + field.maxLength() + "个字（现有" + text.length() + "个）")
                            : Optional.empty())
                    : Optional.of(label + "应为文字");
            case CHOICE -> value instanceof String text && field.choices().containsKey(text)
                    ? Optional.empty()
                    : Optional.of(label + "只能选择：" + String.join("、", field.choices().values()));
            case BOOLEAN -> value instanceof Boolean || "true".equals(value) || "false".equals(value)
                    ? Optional.empty()
                    : Optional.of(label + (field.choices().isEmpty() ? "只能为是或否"
                            : "只能选择：" + String.join("、", field.choices().values())));
            case DECIMAL -> decimalProblem(field, label, value);
        };
    }

    private static Optional<String> decimalProblem(FormField field, String label, Object value) {
        if (!(value instanceof Number number)) {
            return Optional.of(label + "应为数字");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(number.toString());
        } catch (NumberFormatException notFinite) {
            return Optional.of(label + "应为数字");
        }
        if (amount.compareTo(field.min()) < 0 || amount.compareTo(field.max()) > 0) {
            return Optional.of(label + "应在" + field.min().toPlainString() + "至" + field.max().toPlainString() + "之间");
        }
        if (amount.stripTrailingZeros().scale() > field.scale()) {
            return Optional.of(label + "最多保留" + field.scale() + "位小数");
        }
        return Optional.empty();
    }
}
