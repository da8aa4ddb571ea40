package org.warmaid.registration;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.warmaid.model.FieldProblem;
import org.warmaid.support.SampleRegistrations;

class RegistrationFormValidationTest {

    private static ValidatorFactory factory;
    private static RegistrationValidation validation;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        Validator validator = factory.getValidator();
        validation = new RegistrationValidation(validator);
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void acceptsACompleteRegistration() {
        assertThat(validation.problemsOf(SampleRegistrations.valid())).isEmpty();
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake("name", "请填写困难职工姓名", form -> form.setName("   ")),
                mistake("idNumber", "校验位", form -> form.setIdNumber("220102198001010013")),
                mistake("idNumber", "出生日期", form -> form.setIdNumber("220102198002300011")),
                mistake("phone", "联系电话格式不正确", form -> form.setPhone("12345")),
                mistake("householdSize", "至少为1", form -> form.setHouseholdSize(0)),
                mistake("householdSize", "应等于职工本人加所列其他家庭成员（1人），即2", form -> form.setHouseholdSize(4)),
                mistake("householdMonthlyIncome", "不能为负数", form -> form.setHouseholdMonthlyIncome(new BigDecimal("-1"))),
                mistake("householdMonthlyIncome", "最多保留两位小数", form -> form.setHouseholdMonthlyIncome(new BigDecimal("1000.005"))),
                mistake("bankCardNumber", "校验不通过", form -> form.setBankCardNumber("6222021000000000018")),
                mistake("hardshipReason", "限150字", form -> form.setHardshipReason("病".repeat(151))),
                mistake("hardshipTypes", "至少选择一种", form -> form.setHardshipTypes(EnumSet.noneOf(HardshipType.class))),
                mistake("aidCategory", "1至7", form -> form.setAidCategory(8)),
                mistake("aidCategory", "1至7", form -> form.setAidCategory(0)),
                mistake("incomeTax", "不能超过家庭月收入", form -> form.setIncomeTax(new BigDecimal("950"))),
                mistake("necessaryExpenses", "不能为负数", form -> form.setNecessaryExpenses(new BigDecimal("-0.01"))),
                mistake("housingArea", "两位小数", form -> form.setHousingArea(new BigDecimal("60.123"))),
                mistake("ownsShopOrEmploysOthers", "请回答", form -> form.setOwnsShopOrEmploysOthers(null)),
                mistake("familyMembers[0].age", "不能为负数", form -> form.getFamilyMembers().get(0).setAge(-3)),
                mistake("familyMembers[0].workUnitAndPosition", "没有工作请填", form -> form.getFamilyMembers().get(0).setWorkUnitAndPosition(" ")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("mistakes")
    void namesTheFieldAndSaysWhatIsWrongInChinese(String field, String message, Consumer<RegistrationForm> change) {
        RegistrationForm form = SampleRegistrations.valid();
        change.accept(form);
        List<FieldProblem> problems = validation.problemsOf(form);
        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.field()).isEqualTo(field);
            assertThat(problem.message()).contains(message);
        });
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"刘洋", "欧阳娜娜", "阿依古丽·买买提", "John Smith", "Đặng Văn Lâm",
            "李", "<script>alert(1)</script>", "张三1", "王五!", "张\u200b三", "😀😀", "·张三", "张三 ", "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶"})
    void aNameIsCharactersOrLettersJoinedByADotOrASpaceTwoToThirtyLong(String name) {
        boolean valid = java.util.Set.of("刘洋", "欧阳娜娜", "阿依古丽·买买提", "John Smith", "Đặng Văn Lâm", "张三 ")
                .contains(name);
        RegistrationForm form = SampleRegistrations.valid();
        form.setName(name);
        form.getFamilyMembers().get(0).setName(name);
        List<FieldProblem> problems = validation.problemsOf(form);
        if (valid) {
            assertThat(problems).as(name).isEmpty();
            return;
        }
        String expected = name.length() == 1 || name.length() > 30 ? "2至30个字" : "只能由汉字、字母、间隔号“·”和空格组成";
        assertThat(problems).as(name).anySatisfy(problem -> {
            assertThat(problem.field()).isEqualTo("name");
            assertThat(problem.message()).contains(expected);
        });
        assertThat(problems).as(name).anySatisfy(problem -> assertThat(problem.field()).isEqualTo("familyMembers[0].name"));
    }

    @Test
    void theDotsPeopleTypeForTheMiddleDotBecomeOneAndBlanksOneSpace() {
        RegistrationForm form = SampleRegistrations.valid();
        form.setName("阿依古丽 • 买买提");
        assertThat(form.getName()).isEqualTo("阿依古丽·买买提");
        form.setName("  John   Smith ");
        assertThat(form.getName()).isEqualTo("John Smith");
        form.getFamilyMembers().get(0).setName("米娜・热合曼");
        assertThat(form.getFamilyMembers().get(0).getName()).isEqualTo("米娜·热合曼");
    }

    @Test
    void acceptsExactly150CharactersOfReason() {
        RegistrationForm form = SampleRegistrations.valid();
        form.setHardshipReason("病".repeat(150));
        assertThat(validation.problemsOf(form)).isEmpty();
    }

    @Test
    void normalisesFullWidthDigitsSpacesAndALowerCaseX() {
        RegistrationForm form = SampleRegistrations.valid();
        form.setIdNumber(" １１０１０５１９４９１２３１００２ｘ ");
        form.setBankCardNumber("6222 0210 0000 0000 017");
        form.setPhone("１３８０４３１００００");
        assertThat(form.getIdNumber()).isEqualTo("11010519491231002X");
        assertThat(form.getBankCardNumber()).isEqualTo("6222021000000000017");
        assertThat(form.getPhone()).isEqualTo("13804310000");
        assertThat(validation.problemsOf(form)).isEmpty();
    }

    @Test
    void dropsEmptyFamilyMemberRowsBeforeCountingTheHousehold() {
        RegistrationForm form = SampleRegistrations.valid();
        form.getFamilyMembers().add(new FamilyMemberForm(" ", null, "", null));
        assertThat(validation.problemsOf(form)).isEmpty();
        assertThat(form.getFamilyMembers()).hasSize(1);
    }

    @Test
    void removesControlCharactersButKeepsLineBreaksInTheReason() {
        RegistrationForm form = SampleRegistrations.valid();
        form.setName("刘\u0000洋\u0007");
        form.setHardshipReason("第一行\r\n第二行\u001b");
        assertThat(form.getName()).isEqualTo("刘洋");
        assertThat(form.getHardshipReason()).isEqualTo("第一行\n第二行");
    }

    @Test
    void reportsEveryMissingFieldOfAnEmptyForm() {
        List<FieldProblem> problems = validation.problemsOf(new RegistrationForm());
        assertThat(problems).extracting(FieldProblem::field).contains("name", "idNumber", "unitAndPosition", "phone",
                "householdSize", "householdMonthlyIncome", "address", "bankCardNumber", "hardshipReason",
                "hardshipTypes", "aidCategory", "declaredTruthfully");
        assertThat(problems).extracting(FieldProblem::field).doesNotHaveDuplicates();
        assertThat(problems.get(0).field()).as("form order").isEqualTo("name");
    }

    private static Arguments mistake(String field, String message, Consumer<RegistrationForm> change) {
        return Arguments.of(field, message, change);
    }
}
