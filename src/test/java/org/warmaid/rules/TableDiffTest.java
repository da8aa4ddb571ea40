package org.warmaid.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmaid.process.rules.RuleTable;
import org.warmaid.process.rules.RuleTable.Cell;
import org.warmaid.process.rules.RuleTable.Column;
import org.warmaid.process.rules.RuleTable.TableRule;

class TableDiffTest {

    private static final Column REGION = new Column("Input_Region", "地区（市）", "region", "string", null);
    private static final Column STANDARD = new Column("Output_Standard", "最低生活保障标准", "minimumStandard", "double", null);

    @Test
    void sameTablesHaveNoChanges() {
        RuleTable table = table("UNIQUE", List.of(REGION), rule("Rule_CC", "\"长春市\"", "620"));
        assertThat(TableDiff.between(table, table)).isEmpty();
        assertThat(TableDiff.summary(List.of())).isEqualTo("无变更");
    }

    @Test
    void aChangedCellIsNamedByRuleAndColumnWithBothValues() {
        List<TableDiff.Change> changes = TableDiff.between(
                table("UNIQUE", List.of(REGION), rule("Rule_CC", "\"长春市\"", "620")),
                table("UNIQUE", List.of(REGION), rule("Rule_CC", "\"长春市\"", "650")));
        assertThat(changes).containsExactly(
                new TableDiff.Change(TableDiff.Kind.CHANGED, "第 1 条规则", "最低生活保障标准", "620", "650"));
        assertThat(TableDiff.summary(changes)).isEqualTo("修改 第 1 条规则 · 最低生活保障标准：620 → 650");
    }

    @Test
    void rulesAddedAndRemovedAreShownWithTheirCells() {
        List<TableDiff.Change> changes = TableDiff.between(
                table("UNIQUE", List.of(REGION), rule("Rule_CC", "\"长春市\"", "620"), rule("Rule_SP", "\"四平市\"", "560")),
                table("UNIQUE", List.of(REGION), rule("Rule_CC", "\"长春市\"", "620"), rule("Rule_JL", "\"吉林市\"", "600")));
        assertThat(changes).extracting(TableDiff.Change::line).containsExactly(
                "删除 第 2 条规则：当 地区（市） \"四平市\" 则 最低生活保障标准 560",
                "新增 第 2 条规则：当 地区（市） \"吉林市\" 则 最低生活保障标准 600");
    }

    @Test
    void aMovedRuleMattersUnderTheFirstHitPolicy() {
        List<TableDiff.Change> changes = TableDiff.between(
                table("FIRST", List.of(REGION), rule("Rule_A", "\"长春市\"", "620"), rule("Rule_B", "-", "0")),
                table("FIRST", List.of(REGION), rule("Rule_B", "-", "0"), rule("Rule_A", "\"长春市\"", "620")));
        assertThat(changes).extracting(TableDiff.Change::kind).containsOnly(TableDiff.Kind.MOVED).hasSize(2);
        assertThat(changes.get(0).line()).isEqualTo("顺序 第 1 条规则：原第 2 条 → 第 1 条");
    }

    @Test
    void hitPolicyColumnsAndDescriptionsAreCompared() {
        Column renamed = new Column("Input_Region", "城市", "city", "string", null);
        Column added = new Column("Input_Year", "年度", "year", "integer", null);
        RuleTable before = table("UNIQUE", List.of(REGION), rule("Rule_CC", "\"长春市\"", "620"));
        RuleTable after = new RuleTable("MinimumLivingStandard", "当地最低生活保障标准", "COLLECT", "MAX",
                List.of(renamed, added), List.of(STANDARD), List.of(new TableRule("Rule_CC", "2027年起",
                        List.of(new Cell("\"长春市\"", null), new Cell("2027", null)), List.of(new Cell("620", null)))));
        assertThat(TableDiff.between(before, after)).extracting(TableDiff.Change::line).containsExactly(
                "修改 决策表 · 命中策略：UNIQUE → COLLECT MAX",
                "修改 输入列“城市” · 标签：地区（市） → 城市",
                "修改 输入列“城市” · 输入表达式：region → city",
                "新增 输入列“年度”：year（integer）",
                "修改 第 1 条规则 · 说明：附件3 → 2027年起");
    }

    @Test
    void anExpressionLanguageNamedOnACellIsAChange() {
        RuleTable before = table("UNIQUE", List.of(REGION), rule("Rule_CC", "\"长春市\"", "620"));
        RuleTable after = new RuleTable(before.key(), before.name(), "UNIQUE", null, List.of(REGION), List.of(STANDARD),
                List.of(new TableRule("Rule_CC", "附件3", List.of(new Cell("\"长春市\"", null)),
                        List.of(new Cell("620", "javascript")))));
        assertThat(TableDiff.between(before, after)).extracting(TableDiff.Change::line)
                .containsExactly("修改 第 1 条规则 · 最低生活保障标准 的表达式语言：（空） → javascript");
    }

    private static RuleTable table(String hitPolicy, List<Column> inputs, TableRule... rules) {
        return new RuleTable("MinimumLivingStandard", "当地最低生活保障标准", hitPolicy, null, inputs, List.of(STANDARD),
                List.of(rules));
    }

    private static TableRule rule(String id, String region, String standard) {
        return new TableRule(id, "附件3", List.of(new Cell(region, null)), List.of(new Cell(standard, null)));
    }
}
