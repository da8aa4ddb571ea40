package org.warmaid.registration;

import org.warmaid.model.FieldProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** Validates a form the same way for the portal, the JSON API and the Excel import. */
@Component
public class RegistrationValidation {

    private static final List<String> FORM_ORDER = java.util.Arrays.stream(RegistrationForm.class.getDeclaredFields())
            .map(java.lang.reflect.Field::getName).toList();

    private final Validator validator;

    RegistrationValidation(Validator validator) {
        this.validator = validator;
    }

    /** Drops empty family-member rows, then reports every problem in form order, one per field at most. */
    public List<FieldProblem> problemsOf(RegistrationForm form) {
        form.setFamilyMembers(form.listedFamilyMembers());
        return validator.validate(form).stream()
                .sorted(Comparator.comparing((ConstraintViolation<RegistrationForm> v) -> formOrder(v.getPropertyPath().toString()))
                        .thenComparing(v -> v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessage))
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .filter(distinctField())
                .toList();
    }

    private static int formOrder(String path) {
        String field = path.contains("[") ? path.substring(0, path.indexOf('[')) : path;
        int index = FORM_ORDER.indexOf(field);
        return index < 0 ? FORM_ORDER.size() : index;
    }

    private static java.util.function.Predicate<FieldProblem> distinctField() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return problem -> seen.add(problem.field());
    }
}
