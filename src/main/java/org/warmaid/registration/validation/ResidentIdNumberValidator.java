package org.warmaid.registration.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.ZoneId;

public class ResidentIdNumberValidator implements ConstraintValidator<ResidentIdNumber, String> {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isEmpty()) {
            return true;
        }
        return Problems.report(ResidentIdNumbers.problem(value, LocalDate.now(CHINA)), context);
    }
}
