package org.warmaid.process.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A DMN model is plain FEEL and keeps to the known decisions' contract; problems name decision, rule and cell. */
class DecisionChecksTest {

    @Test
    void theApplicationsDecisionsPass() throws IOException {
        for (KnownDecisions.Decision decision : KnownDecisions.all()) {
            assertThat(problems(read(decision.key()))).as(decision.key()).isEmpty();
        }
    }

    @Test
    void refusesJuelAndOtherLanguagesWhereverTheyAre() throws IOException {
        String dmn = read("AidAmount");
        String juelInput = dmn.replace("<inputExpression id=\"InputExpression_EligibilityClause\" typeRef=\"string\">",
                "<inputExpression id=\"InputExpression_EligibilityClause\" typeRef=\"string\" expressionLanguage=\"juel\">");
        assertThat(problems(juelInput)).singleElement().isEqualTo(
                "决策 AidAmount“输入表达式 认定依据”：只允许 FEEL 表达式，不允许表达式语言“juel”");
        String scriptOutput = dmn.replace("<outputEntry id=\"OutputEntry_Clause2_1\">",
                "<outputEntry id=\"OutputEntry_Clause2_1\" expressionLanguage=\"javascript\">");
        assertThat(problems(scriptOutput)).singleElement().isEqualTo(
                "决策 AidAmount 第 2 条规则“资助金额（元/户，默认值）”：只允许 FEEL 表达式，不允许表达式语言“javascript”");
        String everywhere = dmn.replace("namespace=\"http://warmaid.org/dmn\"", "namespace=\"http://warmaid.org/dmn\" expressionLanguage=\"groovy\"");
        assertThat(problems(everywhere)).singleElement().asString().contains("groovy");
    }

    @Test
    void acceptsFeelSpelledAnyStandardWay() throws IOException {
        String dmn = read("AidAmount").replace("<outputEntry id=\"OutputEntry_Clause2_1\">",
                "<outputEntry id=\"OutputEntry_Clause2_1\" expressionLanguage=\"https://www.omg.org/spec/DMN/20191111/FEEL/\">")
                .replace("<outputEntry id=\"OutputEntry_Clause1_1\">", "<outputEntry id=\"OutputEntry_Clause1_1\" expressionLanguage=\"feel\">");
        assertThat(problems(dmn)).isEmpty();
    }

    @Test
    void refusesExternalJavaFunctionsButNotTheWordInText() throws IOException {
        String dmn = read("AidAmount");
        String external = dmn.replace("<text>800</text>",
                "<text>function(x) external {java: {class: \"java.lang.Runtime\", method signature: \"getRuntime()\"}}(1)</text>");
        assertThat(problems(external)).singleElement().isEqualTo(
                "决策 AidAmount 第 2 条规则“资助金额（元/户，默认值）”：不允许在 FEEL 中调用外部 Java 函数（external）");
        assertThat(problems(dmn.replace("\"CLAUSE_2_SPECIAL_HARDSHIP\"", "\"external\""))).isEmpty();
    }

    @Test
    void refusesImportsOfOtherModels() throws IOException {
        String dmn = read("AidAmount").replace("<decision id=\"AidAmount\"",
                "<import namespace=\"x\" locationURI=\"http://evil/x.dmn\" importType=\"https://www.omg.org/spec/DMN/20191111/MODEL/\"/><decision id=\"AidAmount\"");
        assertThat(problems(dmn)).anySatisfy(problem -> assertThat(problem).contains("不允许引用其他模型"));
    }

    @Test
    void keepsToTheContract() throws IOException {
        String dmn = read("AidAmount");
        assertThat(problems(dmn.replace("id=\"AidAmount\"", "id=\"Payroll\"").replace("dmnElementRef=\"AidAmount\"", "dmnElementRef=\"Payroll\"")))
                .singleElement().asString().startsWith("决策 Payroll：不是系统使用的决策；只能部署 MinimumLivingStandard、");
        assertThat(problems(dmn.replace("hitPolicy=\"UNIQUE\"", "hitPolicy=\"COLLECT\"")))
                .singleElement().asString().contains("命中策略须为 ANY 或 FIRST 或 PRIORITY 或 UNIQUE");
        assertThat(problems(dmn.replace("<text>eligibilityClause</text>", "<text>salary</text>")))
                .singleElement().isEqualTo("决策 AidAmount“认定依据”：输入表达式只能是系统提供的输入之一（eligibilityClause），现为“salary”");
        assertThat(problems(dmn.replace("name=\"aidAmount\" typeRef=\"double\"", "name=\"aidAmount\" typeRef=\"string\"")))
                .singleElement().asString().contains("输出“aidAmount”的类型须为 double");
        assertThat(problems(dmn.replace("name=\"aidAmount\"", "name=\"amount\"")))
                .singleElement().asString().contains("缺少系统读取的输出“aidAmount”");
        assertThat(problems(read("ExclusionRules").replace("hitPolicy=\"COLLECT\"", "hitPolicy=\"COLLECT\" aggregation=\"COUNT\"")))
                .singleElement().asString().contains("不带汇总");
    }

    @Test
    void anUnreadableModelIsOneProblem() {
        assertThat(DecisionChecks.problems("<definitions".getBytes(StandardCharsets.UTF_8)))
                .extracting(DecisionProblem::describe).singleElement().asString().contains("XML");
    }

    private static List<String> problems(String dmn) {
        return DecisionChecks.problems(dmn.getBytes(StandardCharsets.UTF_8)).stream().map(DecisionProblem::describe).toList();
    }

    private static String read(String key) throws IOException {
        return Files.readString(Path.of("dmn/" + key + ".dmn"));
    }
}
