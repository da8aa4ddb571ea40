package org.warmaid.rules;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.warmaid.process.rules.RuleTable;

/**
 * A decision's case table ({@code dmn-cases/<key>.csv}): one row per case, the decision's inputs,
 * its expected outputs and a comment (format: the README beside the files). Knows how a cell
 * becomes a typed value and when a result agrees with the expected cell; the build's check of the
 * DMN files and the rules workbench's run against a draft both use it.
 */
public final class CaseTable {

    public static final String COMMENT = "comment";

    /** One case: its line in the file (the header is line 1) and its cells by column. */
    public record Row(int line, Map<String, String> cells) {

        public String comment() {
            return cells.getOrDefault(COMMENT, "");
        }
    }

    private final List<String> columns;
    private final List<Row> rows;

    private CaseTable(List<String> columns, List<Row> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    public static CaseTable read(InputStream csv) {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> lines = mapper.readerFor(List.class).readValues(csv)) {
            List<List<String>> all = lines.readAll();
            if (all.isEmpty()) {
                return new CaseTable(List.of(), List.of());
            }
            List<String> columns = all.get(0).stream().map(String::strip).toList();
            List<Row> rows = new ArrayList<>();
            for (int i = 1; i < all.size(); i++) {
                List<String> values = all.get(i);
                if (values.stream().allMatch(value -> value == null || value.isBlank())) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int c = 0; c < columns.size(); c++) {
                    cells.put(columns.get(c), c < values.size() ? values.get(c) : "");
                }
                rows.add(new Row(i + 1, cells));
            }
            return new CaseTable(columns, List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Columns that are neither an input nor an output of the table (nor the comment). */
    public List<String> unknownColumns(RuleTable table) {
        return columns.stream().filter(column -> !column.equals(COMMENT) && input(table, column) == null
                && output(table, column) == null).toList();
    }

    /** The row's inputs as the decision's variables, typed as the table's input columns say. */
    public static Map<String, Object> variables(Row row, RuleTable table) {
        Map<String, Object> variables = new HashMap<>();
        for (RuleTable.Column input : table.inputs()) {
            variables.put(input.name(), value(row.cells().get(input.name()), input.typeRef()));
        }
        return variables;
    }

    /**
     * Whether the results agree with the expected cell of one output column: an empty cell expects no
     * value; a collecting table ({@code COLLECT}) lists its values separated by {@code |} in any order.
     */
    public static boolean agrees(String expectedCell, String typeRef, List<Object> actual, boolean collects) {
        List<Object> expected = expected(expectedCell, typeRef);
        List<Object> got = normalised(actual.stream().filter(Objects::nonNull).toList());
        if (collects) {
            List<Object> left = new ArrayList<>(got);
            for (Object value : expected) {
                if (!left.remove(value)) {
                    return false;
                }
            }
            return left.isEmpty();
        }
        return got.equals(expected);
    }

    public static List<Object> expected(String cell, String typeRef) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return normalised(Arrays.stream(cell.split("\\|")).map(String::strip).map(part -> value(part, typeRef)).toList());
    }

    /** A cell as the value of the type: integer, long, double, boolean, or text. Empty: no value. */
    public static Object value(String cell, String typeRef) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String text = cell.strip();
        return switch (typeRef == null ? "string" : typeRef) {
            case "integer" -> Integer.valueOf(text);
            case "long" -> Long.valueOf(text);
            case "double" -> Double.valueOf(text);
            case "boolean" -> Boolean.valueOf(text);
            default -> text;
        };
    }

    /** How a value is shown beside the expected cell: 650.0 as 650, text as is. */
    public static String text(Object value) {
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    private static List<Object> normalised(List<Object> values) {
        return values.stream().map(value -> value instanceof Number number ? (Object) number.doubleValue() : value).toList();
    }

    static RuleTable.Column input(RuleTable table, String name) {
        return table.inputs().stream().filter(input -> name.equals(input.name())).findFirst().orElse(null);
    }

    static RuleTable.Column output(RuleTable table, String name) {
        return table.outputs().stream().filter(output -> name.equals(output.name())).findFirst().orElse(null);
    }
}
