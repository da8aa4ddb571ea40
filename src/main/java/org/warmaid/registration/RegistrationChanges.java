package org.warmaid.registration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.warmaid.privacy.Masking;

/**
 * Describes what an edit changed, field by field (old → new), for the audit log. ID, card and
 * phone numbers appear masked; the hardship reason, often about an illness, only as "changed".
 */
final class RegistrationChanges {

    private static final Map<String, Function<RegistrationForm, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("姓名", RegistrationForm::getName);
        FIELDS.put("身份证号码", form -> Masking.idNumber(form.getIdNumber()));
        FIELDS.put("所在单位及职务", RegistrationForm::getUnitAndPosition);
        FIELDS.put("联系电话", form -> Masking.phone(form.getPhone()));
        FIELDS.put("家庭人口数", RegistrationForm::getHouseholdSize);
        FIELDS.put("家庭月收入", form -> plain(form.getHouseholdMonthlyIncome()));
        FIELDS.put("家庭现住址", RegistrationForm::getAddress);
        FIELDS.put("工商银行卡号", form -> Masking.bankCard(form.getBankCardNumber()));
        FIELDS.put("困难类型", form -> form.getHardshipTypes().stream().sorted().map(HardshipType::label)
                .collect(Collectors.joining("、")));
        FIELDS.put("其他家庭成员", form -> form.listedFamilyMembers().stream()
                .map(m -> m.getName() + "/" + m.getAge() + "/" + m.getRelation() + "/" + m.getWorkUnitAndPosition())
                .collect(Collectors.joining("；")));
        FIELDS.put("送温暖对象类别", RegistrationForm::getAidCategory);
        FIELDS.put("地区", RegistrationForm::getRegion);
        FIELDS.put("所得税", form -> plain(form.getIncomeTax()));
        FIELDS.put("社会保障支出", form -> plain(form.getSocialSecurityContributions()));
        FIELDS.put("低于标准月数", RegistrationForm::getMonthsBelowStandard);
        FIELDS.put("必要支出", form -> plain(form.getNecessaryExpenses()));
        FIELDS.put("突发困难", RegistrationForm::getSuddenHardship);
        FIELDS.put("低保户", RegistrationForm::getMinimumLivingAllowance);
        FIELDS.put("残疾", RegistrationForm::getDisabled);
        FIELDS.put("住宅套数", RegistrationForm::getHomeCount);
        FIELDS.put("住宅总面积", form -> plain(form.getHousingArea()));
        FIELDS.put("商业店铺或雇工", RegistrationForm::getOwnsShopOrEmploysOthers);
        FIELDS.put("子女私立学校或自费留学", RegistrationForm::getChildInPrivateSchoolOrAbroad);
        FIELDS.put("非受雇使用船舶机械", RegistrationForm::getUsesShipsOrMachinery);
        FIELDS.put("如实填报", RegistrationForm::getDeclaredTruthfully);
    }

    private RegistrationChanges() {
    }

    static String between(RegistrationForm before, RegistrationForm after) {
        List<String> changes = new ArrayList<>();
        FIELDS.forEach((label, value) -> {
            Object old = value.apply(before);
            Object now = value.apply(after);
            if (!Objects.equals(old, now)) {
                changes.add(label + "：" + show(old) + " → " + show(now));
            }
        });
        if (!Objects.equals(before.getHardshipReason(), after.getHardshipReason())) {
            changes.add("困难原因：已修改");
        }
        return changes.isEmpty() ? "无改动" : String.join("；", changes);
    }

    private static String show(Object value) {
        if (value == null || "".equals(value)) {
            return "（空）";
        }
        if (value instanceof Boolean flag) {
            return flag ? "是" : "否";
        }
        return value.toString();
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }
}
