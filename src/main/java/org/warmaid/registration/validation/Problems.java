package org.warmaid.registration.validation;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Turns a specific problem into the constraint's message, so the user reads what is wrong. */
final class Problems {

    private Problems() {
    }

    static boolean report(Optional<String> problem, ConstraintValidatorContext context) {
        if (problem.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(escape(problem.get())).addConstraintViolation();
        return false;
    }

    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
