package org.warmaid.support;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.warmaid.registration.FamilyMemberForm;
import org.warmaid.registration.RegistrationForm;

/** A registration as the portal's form posts it: one request parameter per field. */
public final class PortalForms {

    private PortalForms() {
    }

    public static Map<String, String> fieldsOf(RegistrationForm form) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "name", form.getName());
        put(fields, "idNumber", form.getIdNumber());
        put(fields, "unitAndPosition", form.getUnitAndPosition());
        put(fields, "phone", form.getPhone());
        put(fields, "householdSize", form.getHouseholdSize());
        put(fields, "householdMonthlyIncome", form.getHouseholdMonthlyIncome());
        put(fields, "address", form.getAddress());
        put(fields, "bankCardNumber", form.getBankCardNumber());
        put(fields, "hardshipReason", form.getHardshipReason());
        form.getHardshipTypes().stream().findFirst().ifPresent(type -> fields.put("hardshipTypes", type.name()));
        for (int i = 0; i < form.getFamilyMembers().size(); i++) {
            FamilyMemberForm member = form.getFamilyMembers().get(i);
            put(fields, "familyMembers[" + i + "].name", member.getName());
            put(fields, "familyMembers[" + i + "].age", member.getAge());
            put(fields, "familyMembers[" + i + "].relation", member.getRelation());
            put(fields, "familyMembers[" + i + "].workUnitAndPosition", member.getWorkUnitAndPosition());
        }
        put(fields, "aidCategory", form.getAidCategory());
        put(fields, "region", form.getRegion());
        put(fields, "incomeTax", form.getIncomeTax());
        put(fields, "socialSecurityContributions", form.getSocialSecurityContributions());
        put(fields, "monthsBelowStandard", form.getMonthsBelowStandard());
        put(fields, "necessaryExpenses", form.getNecessaryExpenses());
        put(fields, "suddenHardship", form.getSuddenHardship());
        put(fields, "minimumLivingAllowance", form.getMinimumLivingAllowance());
        put(fields, "disabled", form.getDisabled());
        put(fields, "homeCount", form.getHomeCount());
        put(fields, "housingArea", form.getHousingArea());
        put(fields, "ownsShopOrEmploysOthers", form.getOwnsShopOrEmploysOthers());
        put(fields, "childInPrivateSchoolOrAbroad", form.getChildInPrivateSchoolOrAbroad());
        put(fields, "usesShipsOrMachinery", form.getUsesShipsOrMachinery());
        put(fields, "declaredTruthfully", form.getDeclaredTruthfully());
        put(fields, "version", form.getVersion());
        return fields;
    }

    private static void put(Map<String, String> fields, String name, Object value) {
        if (value != null) {
            fields.put(name, value instanceof BigDecimal number ? number.toPlainString() : value.toString());
        }
    }
}
