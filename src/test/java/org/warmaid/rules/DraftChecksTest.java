package org.warmaid.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The workbench refuses a draft that breaks what the application relies on or runs anything but
 * plain FEEL: one draft per rule, each a shipped table with one change, each refusal naming the place.
 */
class DraftChecksTest {

    private final DraftChecks checks = new DraftChecks();

    @Test
    void theShippedTablesPass() throws IOException {
        assertThat(checks.problems("MinimumLivingStandard", shipped("MinimumLivingStandard"))).isEmpty();
        assertThat(checks.problems("EligibilityRules", shipped("EligibilityRules"))).isEmpty();
    }

    @Test
    void refusesAnotherDecisionKey() throws IOException {
        assertRefused("MinimumLivingStandard", living().replace("id=\"MinimumLivingStandard\"", "id=\"LivingStandard\""),
                "LivingStandard", "不是系统使用的决策");
    }

    @Test
    void refusesADraftOpenedUnderAnotherKey() throws IOException {
        assertRefused("AidAmount", living(), "没有决策“AidAmount”");
    }

    @Test
    void refusesAnInputTheApplicationDoesNotSupply() throws IOException {
        assertRefused("MinimumLivingStandard", living().replace("<text>region</text>", "<text>city</text>"),
                "决策 MinimumLivingStandard“地区（市）”", "city");
    }

    @Test
    void refusesAnInputOfAnotherType() throws IOException {
        assertRefused("MinimumLivingStandard", living().replace("typeRef=\"string\"", "typeRef=\"integer\""),
                "输入“region”的类型须为 string");
    }

    @Test
    void refusesAMissingOutput() throws IOException {
        assertRefused("MinimumLivingStandard", living().replace("name=\"minimumStandard\"", "name=\"standard\""),
                "缺少系统读取的输出“minimumStandard”");
    }

    @Test
    void refusesAnOutputOfAnotherType() throws IOException {
        assertRefused("MinimumLivingStandard", living().replace("name=\"minimumStandard\" typeRef=\"double\"",
                "name=\"minimumStandard\" typeRef=\"string\""), "输出“minimumStandard”的类型须为 double");
    }

    @Test
    void refusesAHitPolicyTheApplicationCannotRead() throws IOException {
        assertRefused("MinimumLivingStandard", living().replace("hitPolicy=\"UNIQUE\"", "hitPolicy=\"COLLECT\" aggregation=\"SUM\""),
                "命中策略须为");
    }

    @Test
    void refusesAnotherExpressionLanguageInACell() throws IOException {
        assertRefused("MinimumLivingStandard", living().replace("<outputEntry id=\"OutputEntry_Changchun_1\">",
                "<outputEntry id=\"OutputEntry_Changchun_1\" expressionLanguage=\"juel\">"),
                "第 1 条规则“最低生活保障标准（元/人·月）”", "juel");
    }

    @Test
    void refusesAScript() throws IOException {
        assertRefused("MinimumLivingStandard", living().replace("<inputEntry id=\"InputEntry_Changchun_1\">",
                "<inputEntry id=\"InputEntry_Changchun_1\" expressionLanguage=\"javascript\">"),
                "第 1 条规则“地区（市）”", "javascript");
    }

    @Test
    void refusesAnExternalFunction() throws IOException {
        assertRefused("MinimumLivingStandard", living().replace("<text>620</text>",
                "<text>function(x) external { java: { class: \"java.lang.Runtime\", method signature: \"exit(int)\" } }</text>"),
                "第 1 条规则“最低生活保障标准（元/人·月）”", "external");
    }

    private void assertRefused(String key, String draft, String... named) {
        byte[] xml = draft.getBytes(StandardCharsets.UTF_8);
        assertThat(String.join("；", checks.problems(key, xml))).contains(named);
        assertThatThrownBy(() -> checks.refuseIfBroken(key, xml)).isInstanceOf(RuleRefused.class)
                .hasMessageStartingWith("草稿不能部署：");
    }

    private static String living() throws IOException {
        return new String(shipped("MinimumLivingStandard"), StandardCharsets.UTF_8);
    }

    private static byte[] shipped(String key) throws IOException {
        return Files.readAllBytes(Path.of("dmn", key + ".dmn"));
    }
}
