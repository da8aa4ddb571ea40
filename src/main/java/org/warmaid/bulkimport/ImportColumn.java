package org.warmaid.bulkimport;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.warmaid.registration.FamilyMemberForm;
import org.warmaid.registration.HardshipType;
import org.warmaid.registration.RegistrationForm;

/**
 * The columns of the import template, in order: 附件2 and what 附件3 needs, then five family members.
 * Each column knows its header, the form field it fills, and how to read the cell's text.
 */
enum ImportColumn {
    NAME("姓名*", "name", Kind.TEXT, RegistrationForm::setName),
    ID_NUMBER("身份证号码*", "idNumber", Kind.DIGITS, RegistrationForm::setIdNumber),
    UNIT_AND_POSITION("所在单位及职务*", "unitAndPosition", Kind.TEXT, RegistrationForm::setUnitAndPosition),
    PHONE("联系电话*", "phone", Kind.DIGITS, RegistrationForm::setPhone),
    HOUSEHOLD_SIZE("家庭人口数*", "householdSize", Kind.INTEGER, (f, v) -> f.setHouseholdSize(integer(v))),
    MONTHLY_INCOME("家庭月收入（元）*", "householdMonthlyIncome", Kind.DECIMAL, (f, v) -> f.setHouseholdMonthlyIncome(decimal(v))),
    ADDRESS("家庭现住址*", "address", Kind.TEXT, RegistrationForm::setAddress),
    BANK_CARD("工商银行卡号*", "bankCardNumber", Kind.DIGITS, RegistrationForm::setBankCardNumber),
    REASON("困难原因（限150字）*", "hardshipReason", Kind.TEXT, RegistrationForm::setHardshipReason),
    HARDSHIP_TYPES("困难类型*（单亲女职工、低收入、大重病、灾害、其它，可多选，用顿号分隔）", "hardshipTypes", Kind.TYPES,
            (f, v) -> f.setHardshipTypes(types(v))),
    AID_CATEGORY("送温暖对象（1-7）*", "aidCategory", Kind.INTEGER, (f, v) -> f.setAidCategory(category(v))),
    REGION("地区（空白为活动所在地区）", "region", Kind.TEXT, RegistrationForm::setRegion),
    INCOME_TAX("每月所得税（元）*", "incomeTax", Kind.DECIMAL, (f, v) -> f.setIncomeTax(decimal(v))),
    SOCIAL_SECURITY("每月个人社保（元）*", "socialSecurityContributions", Kind.DECIMAL,
            (f, v) -> f.setSocialSecurityContributions(decimal(v))),
    NECESSARY_EXPENSES("每月必要支出（元）*", "necessaryExpenses", Kind.DECIMAL, (f, v) -> f.setNecessaryExpenses(decimal(v))),
    MONTHS_BELOW("低于低保标准连续月数*", "monthsBelowStandard", Kind.INTEGER, (f, v) -> f.setMonthsBelowStandard(integer(v))),
    SUDDEN("突发困难（是/否）*", "suddenHardship", Kind.YES_NO, (f, v) -> f.setSuddenHardship(yesNo(v))),
    LOW_INCOME_ALLOWANCE("低保户（是/否）*", "minimumLivingAllowance", Kind.YES_NO, (f, v) -> f.setMinimumLivingAllowance(yesNo(v))),
    DISABLED("残疾（是/否）*", "disabled", Kind.YES_NO, (f, v) -> f.setDisabled(yesNo(v))),
    HOME_COUNT("住宅套数*", "homeCount", Kind.INTEGER, (f, v) -> f.setHomeCount(integer(v))),
    HOUSING_AREA("住宅总面积（平方米）*", "housingArea", Kind.DECIMAL, (f, v) -> f.setHousingArea(decimal(v))),
    SHOP("商业店铺或雇工（是/否）*", "ownsShopOrEmploysOthers", Kind.YES_NO, (f, v) -> f.setOwnsShopOrEmploysOthers(yesNo(v))),
    PRIVATE_SCHOOL("子女私立学校或自费留学（是/否）*", "childInPrivateSchoolOrAbroad", Kind.YES_NO,
            (f, v) -> f.setChildInPrivateSchoolOrAbroad(yesNo(v))),
    SHIPS("非受雇使用船舶机械（是/否）*", "usesShipsOrMachinery", Kind.YES_NO, (f, v) -> f.setUsesShipsOrMachinery(yesNo(v))),
    TRUTHFUL("如实填报（是/否）*", "declaredTruthfully", Kind.YES_NO, (f, v) -> f.setDeclaredTruthfully(yesNo(v)));

    static final int FAMILY_MEMBERS = 5;
    static final String[] MEMBER_PARTS = {"姓名", "年龄", "关系", "工作单位及职务"};

    enum Kind { TEXT, DIGITS, INTEGER, DECIMAL, YES_NO, TYPES }

    private final String header;
    private final String field;
    private final Kind kind;
    private final BiConsumer<RegistrationForm, String> setter;

    ImportColumn(String header, String field, Kind kind, BiConsumer<RegistrationForm, String> setter) {
        this.header = header;
        this.field = field;
        this.kind = kind;
        this.setter = setter;
    }

    String header() {
        return header;
    }

    String field() {
        return field;
    }

    Kind kind() {
        return kind;
    }

    void apply(RegistrationForm form, String value) {
        setter.accept(form, value);
    }

    /** All headers of the template in order: the columns above, then 家庭成员1姓名 … 家庭成员5工作单位及职务. */
    static List<String> headers() {
        List<String> headers = new java.util.ArrayList<>(Arrays.stream(values()).map(ImportColumn::header).toList());
        for (int member = 1; member <= FAMILY_MEMBERS; member++) {
            for (String part : MEMBER_PARTS) {
                headers.add("家庭成员" + member + part);
            }
        }
        return headers;
    }

    /** The column label to name in a message about a form field (e.g. familyMembers[1].age). */
    static String labelOf(String field) {
        if (field == null) {
            return "";
        }
        if (field.startsWith("familyMembers[")) {
            int index = Integer.parseInt(field.substring(14, field.indexOf(']')));
            String part = field.substring(field.indexOf("].") + 2);
            int partIndex = List.of("name", "age", "relation", "workUnitAndPosition").indexOf(part);
            return "家庭成员" + (index + 1) + (partIndex >= 0 ? MEMBER_PARTS[partIndex] : "");
        }
        return Arrays.stream(values()).filter(column -> column.field.equals(field)).findFirst()
                .map(column -> column.header.replaceAll("[（*].*$", "")).orElse(field);
    }

    static FamilyMemberForm member(String name, String age, String relation, String work) {
        if (blank(name) && blank(age) && blank(relation) && blank(work)) {
            return null;
        }
        return new FamilyMemberForm(name, integer(age), relation, work);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static Integer integer(String value) {
        if (blank(value)) {
            return null;
        }
        String text = value.strip();
        if (text.endsWith(".0")) {
            text = text.substring(0, text.length() - 2);
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new CellProblem("应为整数");
        }
    }

    static BigDecimal decimal(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new CellProblem("应为数字");
        }
    }

    static Boolean yesNo(String value) {
        if (blank(value)) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "是", "y", "yes", "true", "1", "有" -> true;
            case "否", "n", "no", "false", "0", "无" -> false;
            default -> throw new CellProblem("请填“是”或“否”");
        };
    }

    static Integer category(String value) {
        if (blank(value)) {
            return null;
        }
        String text = value.strip();
        int chinese = "一二三四五六七".indexOf(text.replaceAll("[（）()]", ""));
        if (chinese >= 0) {
            return chinese + 1;
        }
        return integer(text.replaceAll("[（）()]", ""));
    }

    static Set<HardshipType> types(String value) {
        Set<HardshipType> types = EnumSet.noneOf(HardshipType.class);
        if (blank(value)) {
            return types;
        }
        for (String label : value.split("[、,，;；/\\s]+")) {
            if (label.isBlank()) {
                continue;
            }
            String wanted = label.strip().equals("其他") ? "其它" : label.strip();
            Optional<HardshipType> type = Arrays.stream(HardshipType.values()).filter(t -> t.label().equals(wanted)).findFirst();
            types.add(type.orElseThrow(() -> new CellProblem("不认识的困难类型“" + label.strip() + "”")));
        }
        return types;
    }

    /** A cell whose text cannot be read as its column expects. */
    static final class CellProblem extends RuntimeException {
        CellProblem(String message) {
            super(message);
        }
    }
}
