package org.warmaid.registration;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * The checks across fields a careful cadre makes: the household size is the worker plus the family
 * members listed, and tax plus social security cannot exceed the income they are paid from.
 */
@Documented
@Constraint(validatedBy = HouseholdConsistent.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface HouseholdConsistent {

    String message() default "家庭情况前后不一致";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<HouseholdConsistent, RegistrationForm> {

        @Override
        public boolean isValid(RegistrationForm form, ConstraintValidatorContext context) {
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            int listed = form.listedFamilyMembers().size();
            if (form.getHouseholdSize() != null && form.getHouseholdSize() >= 1 && form.getHouseholdSize() != listed + 1) {
                context.buildConstraintViolationWithTemplate("家庭人口数（" + form.getHouseholdSize() + "）应等于职工本人加所列其他家庭成员（"
                                + listed + "人），即" + (listed + 1) + "；请补全家庭成员或更正人口数")
                        .addPropertyNode("householdSize").addConstraintViolation();
                valid = false;
            }
            BigDecimal income = form.getHouseholdMonthlyIncome();
            BigDecimal tax = form.getIncomeTax();
            BigDecimal social = form.getSocialSecurityContributions();
            if (income != null && tax != null && social != null && income.signum() >= 0
                    && tax.add(social).compareTo(income) > 0) {
                context.buildConstraintViolationWithTemplate("所得税与个人缴纳的社会保障支出之和不能超过家庭月收入")
                        .addPropertyNode("incomeTax").addConstraintViolation();
                valid = false;
            }
            return valid;
        }
    }
}
