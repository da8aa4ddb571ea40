package org.warmaid.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.warmaid.process.rules.RuleTable;
import org.warmaid.process.rules.RuleTable.Cell;
import org.warmaid.process.rules.RuleTable.Column;
import org.warmaid.process.rules.RuleTable.TableRule;

/**
 * What changed between two versions of a decision table, cell by cell, in words an analyst reads:
 * the hit policy, columns added, removed or changed, rules added, removed or moved, and every cell
 * of a rule that changed. Rules and columns are matched by their ids (the editor keeps them).
 */
public final class TableDiff {

    public enum Kind {
        ADDED("新增"), REMOVED("删除"), CHANGED("修改"), MOVED("顺序");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One change: what kind, where (a rule, a column, the table), which part, the text before and after. */
    public record Change(Kind kind, String where, String part, String before, String after) {

        String line() {
            String text = kind.label() + " " + where + (part == null ? "" : " · " + part);
            if (before != null && after != null) {
                return text + "：" + shown(before) + " → " + shown(after);
            }
            return before == null && after == null ? text : text + "：" + (before == null ? after : before);
        }

        private static String shown(String text) {
            return text.isEmpty() ? "（空）" : text;
        }
    }

    private TableDiff() {
    }

    public static List<Change> between(RuleTable from, RuleTable to) {
        List<Change> changes = new ArrayList<>();
        table(from, to, changes);
        columns("输入列", from.inputs(), to.inputs(), changes, true);
        columns("输出列", from.outputs(), to.outputs(), changes, false);
        rules(from, to, changes);
        return changes;
    }

    /** The changes as lines of text, for the audit log. */
    static String summary(List<Change> changes) {
        return changes.isEmpty() ? "无变更" : changes.stream().map(Change::line).collect(Collectors.joining("；"));
    }

    private static void table(RuleTable from, RuleTable to, List<Change> changes) {
        if (!Objects.equals(from.name(), to.name())) {
            changes.add(new Change(Kind.CHANGED, "决策", "名称", from.name(), to.name()));
        }
        String fromPolicy = policy(from);
        String toPolicy = policy(to);
        if (!fromPolicy.equals(toPolicy)) {
            changes.add(new Change(Kind.CHANGED, "决策表", "命中策略", fromPolicy, toPolicy));
        }
    }

    private static String policy(RuleTable table) {
        return table.hitPolicy() + (table.aggregation() == null ? "" : " " + table.aggregation());
    }

    private static void columns(String what, List<Column> from, List<Column> to, List<Change> changes, boolean input) {
        Map<String, Column> before = byId(from, Column::id);
        Map<String, Column> after = byId(to, Column::id);
        for (Column column : from) {
            if (!after.containsKey(column.id())) {
                changes.add(new Change(Kind.REMOVED, what + "“" + column.title() + "”", null, describe(column), null));
            }
        }
        for (Column column : to) {
            Column old = before.get(column.id());
            String where = what + "“" + column.title() + "”";
            if (old == null) {
                changes.add(new Change(Kind.ADDED, where, null, null, describe(column)));
                continue;
            }
            compare(changes, where, "标签", old.label(), column.label());
            compare(changes, where, input ? "输入表达式" : "输出名称", old.name(), column.name());
            compare(changes, where, "类型", old.typeRef(), column.typeRef());
            compare(changes, where, "表达式语言", old.expressionLanguage(), column.expressionLanguage());
        }
    }

    private static String describe(Column column) {
        return column.name() + (column.typeRef() == null ? "" : "（" + column.typeRef() + "）");
    }

    private static void rules(RuleTable from, RuleTable to, List<Change> changes) {
        Map<String, TableRule> before = byId(from.rules(), TableRule::id);
        Map<String, TableRule> after = byId(to.rules(), TableRule::id);
        for (TableRule rule : from.rules()) {
            if (!after.containsKey(rule.id())) {
                changes.add(new Change(Kind.REMOVED, "第 " + from.position(rule.id()) + " 条规则", null,
                        cells(from, rule), null));
            }
        }
        List<String> keptOrderBefore = from.rules().stream().map(TableRule::id).filter(after::containsKey).toList();
        List<String> keptOrderAfter = to.rules().stream().map(TableRule::id).filter(before::containsKey).toList();
        for (TableRule rule : to.rules()) {
            TableRule old = before.get(rule.id());
            String where = "第 " + to.position(rule.id()) + " 条规则";
            if (old == null) {
                changes.add(new Change(Kind.ADDED, where, null, null, cells(to, rule)));
                continue;
            }
            if (from.position(rule.id()) != to.position(rule.id()) && !keptOrderBefore.equals(keptOrderAfter)) {
                changes.add(new Change(Kind.MOVED, where, null, "原第 " + from.position(rule.id()) + " 条", "第 "
                        + to.position(rule.id()) + " 条"));
            }
            entries(changes, where, from.inputs(), to.inputs(), old.inputEntries(), rule.inputEntries());
            entries(changes, where, from.outputs(), to.outputs(), old.outputEntries(), rule.outputEntries());
            compare(changes, where, "说明", old.description(), rule.description());
        }
    }

    /** The cells of the same column (by column id) in the old and the new rule. */
    private static void entries(List<Change> changes, String where, List<Column> fromColumns, List<Column> toColumns,
            List<Cell> before, List<Cell> after) {
        for (int i = 0; i < toColumns.size() && i < after.size(); i++) {
            Column column = toColumns.get(i);
            int old = indexOf(fromColumns, column.id());
            if (old < 0 || old >= before.size()) {
                continue;
            }
            compare(changes, where, column.title(), before.get(old).text(), after.get(i).text());
            compare(changes, where, column.title() + " 的表达式语言", before.get(old).expressionLanguage(),
                    after.get(i).expressionLanguage());
        }
    }

    private static void compare(List<Change> changes, String where, String part, String before, String after) {
        if (!Objects.equals(blankToNull(before), blankToNull(after))) {
            changes.add(new Change(Kind.CHANGED, where, part, before == null ? "" : before, after == null ? "" : after));
        }
    }

    private static String cells(RuleTable table, TableRule rule) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < table.inputs().size() && i < rule.inputEntries().size(); i++) {
            parts.add(table.inputs().get(i).title() + " " + shownCell(rule.inputEntries().get(i).text()));
        }
        List<String> outputs = new ArrayList<>();
        for (int i = 0; i < table.outputs().size() && i < rule.outputEntries().size(); i++) {
            outputs.add(table.outputs().get(i).title() + " " + shownCell(rule.outputEntries().get(i).text()));
        }
        return "当 " + String.join("，", parts) + " 则 " + String.join("，", outputs);
    }

    private static String shownCell(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }

    private static int indexOf(List<Column> columns, String id) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (first, second) -> first));
    }
}
