package org.warmaid.process.forms;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One field of a user task's form: its variable name, its Chinese label, its type and what values
 * it takes (the choices with their labels; for text the longest length; for an amount the range,
 * both ends included, and the number of decimal places), and when it is required. A yes/no field
 * may allow its yes only while another field has one of some values ({@code yesOnlyWhen}).
 */
public record FormField(String name, String label, FieldType type, Map<String, String> choices, int maxLength,
        BigDecimal min, BigDecimal max, int scale, Requirement requirement, Requirement.WhenFieldIn yesOnlyWhen) {

    public FormField {
        choices = choices == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(choices));
    }

    public FormField(String name, String label, FieldType type, Map<String, String> choices, int maxLength,
            BigDecimal min, BigDecimal max, int scale, Requirement requirement) {
        this(name, label, type, choices, maxLength, min, max, scale, requirement, null);
    }

    public static FormField text(String name, String label, int maxLength, Requirement requirement) {
        return new FormField(name, label, FieldType.TEXT, null, maxLength, null, null, 0, requirement);
    }

    /** Choices in display order: value, label, value, label, … */
    public static FormField choice(String name, String label, Requirement requirement, String... valuesAndLabels) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (int i = 0; i + 1 < valuesAndLabels.length; i += 2) {
            choices.put(valuesAndLabels[i], valuesAndLabels[i + 1]);
        }
        return new FormField(name, label, FieldType.CHOICE, choices, 0, null, null, 0, requirement);
    }

    /** A check box: ticked or not. */
    public static FormField yesNo(String name, String label, Requirement requirement) {
        return new FormField(name, label, FieldType.BOOLEAN, null, 0, null, null, 0, requirement);
    }

    /** Yes or no as two labelled choices (radio buttons submitting "true" and "false"). */
    public static FormField yesNo(String name, String label, Requirement requirement, String yesLabel, String noLabel) {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("true", yesLabel);
        choices.put("false", noLabel);
        return new FormField(name, label, FieldType.BOOLEAN, choices, 0, null, null, 0, requirement);
    }

    /**
     * Yes or no as two labelled choices (never required), whose yes goes only with one of the given
     * values of another field: a finding that comes with a refusal, for instance.
     */
    public static FormField yesNoOnlyWhen(String name, String label, String yesLabel, String noLabel,
            Requirement.WhenFieldIn yesOnlyWhen) {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("true", yesLabel);
        choices.put("false", noLabel);
        return new FormField(name, label, FieldType.BOOLEAN, choices, 0, null, null, 0, Requirement.OPTIONAL, yesOnlyWhen);
    }

    public static FormField decimal(String name, String label, String min, String max, int scale,
            Requirement requirement) {
        return new FormField(name, label, FieldType.DECIMAL, null, 0, new BigDecimal(min), new BigDecimal(max), scale,
                requirement);
    }
}
