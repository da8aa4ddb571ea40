package org.warmaid.process.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.warmaid.process.deployment.ModelXml;

/**
 * The checks every DMN model passes before it is deployed (and a draft before it is tried):
 * <ul>
 * <li>{@link #safety}: plain FEEL only — no {@code expressionLanguage} other than FEEL anywhere (JUEL,
 * JavaScript, Groovy … run code on the server), no FEEL {@code external} function (a call into Java),
 * no imports of other models;</li>
 * <li>{@link #contract}: only the {@link KnownDecisions known decisions}, each a decision table with a
 * hit policy the application can read, input columns reading only the inputs the application
 * supplies (with their types), and the outputs it needs.</li>
 * </ul>
 * Each problem names the decision, the rule and the cell.
 */
public final class DecisionChecks {

    private static final Pattern FEEL_URI = Pattern.compile(
            "https?://www\\.omg\\.org/spec/(FEEL/\\d+|DMN/\\d+/FEEL)/?");
    private static final Pattern EXTERNAL = Pattern.compile("\\bexternal\\b");

    private DecisionChecks() {
    }

    /** Safety and contract together: what keeps the model from being deployed. */
    public static List<DecisionProblem> problems(byte[] dmnXml) {
        Document document;
        try {
            document = ModelXml.read(dmnXml);
        } catch (IllegalArgumentException unreadable) {
            return List.of(new DecisionProblem(null, null, null, unreadable.getMessage()));
        }
        List<DecisionProblem> problems = new ArrayList<>(safety(document));
        problems.addAll(contract(document));
        return problems;
    }

    /** Plain FEEL only, nothing that calls out of the decision. */
    public static List<DecisionProblem> safety(Document document) {
        List<DecisionProblem> problems = new ArrayList<>();
        visit(document.getDocumentElement(), problems);
        return problems;
    }

    private static void visit(Element element, List<DecisionProblem> problems) {
        String name = element.getLocalName();
        if (name.equals("import")) {
            problems.add(at(element, "不允许引用其他模型（import）"));
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String attributeName = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            if (attributeName.equals("expressionLanguage") && !isFeel(attribute.getValue())) {
                problems.add(at(element, "只允许 FEEL 表达式，不允许表达式语言“" + attribute.getValue() + "”"));
            }
        }
        if (name.equals("text") && EXTERNAL.matcher(withoutStringsAndComments(element.getTextContent())).find()) {
            problems.add(at(element, "不允许在 FEEL 中调用外部 Java 函数（external）"));
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                visit(childElement, problems);
            }
        }
    }

    static boolean isFeel(String language) {
        String value = language == null ? "" : language.strip();
        return value.isEmpty() || value.toLowerCase(Locale.ROOT).equals("feel") || FEEL_URI.matcher(value).matches();
    }

    /** The FEEL text with string literals and comments blanked, so that a word inside them counts for nothing. */
    static String withoutStringsAndComments(String feel) {
        StringBuilder code = new StringBuilder(feel.length());
        int i = 0;
        while (i < feel.length()) {
            char c = feel.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (end < feel.length() && feel.charAt(end) != '"') {
                    end += feel.charAt(end) == '\\' ? 2 : 1;
                }
                code.append(' ');
                i = end + 1;
            } else if (feel.startsWith("//", i)) {
                int end = feel.indexOf('\n', i);
                i = end < 0 ? feel.length() : end;
            } else if (feel.startsWith("/*", i)) {
                int end = feel.indexOf("*/", i + 2);
                i = end < 0 ? feel.length() : end + 2;
                code.append(' ');
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }

    /** Only known decisions, as the application reads them. */
    public static List<DecisionProblem> contract(Document document) {
        List<DecisionProblem> problems = new ArrayList<>();
        for (Element decision : children(document.getDocumentElement(), "decision")) {
            String key = decision.getAttribute("id");
            Optional<KnownDecisions.Decision> known = KnownDecisions.of(key);
            if (known.isEmpty()) {
                problems.add(new DecisionProblem(key, null, null, "不是系统使用的决策；只能部署 " + String.join("、",
                        KnownDecisions.all().stream().map(KnownDecisions.Decision::key).toList())));
                continue;
            }
            List<Element> tables = children(decision, "decisionTable");
            if (tables.size() != 1) {
                problems.add(new DecisionProblem(key, null, null, "须为一张决策表"));
                continue;
            }
            tableProblems(known.get(), tables.get(0), problems);
        }
        return problems;
    }

    private static void tableProblems(KnownDecisions.Decision known, Element table, List<DecisionProblem> problems) {
        String key = known.key();
        String hitPolicy = table.hasAttribute("hitPolicy") ? table.getAttribute("hitPolicy") : "UNIQUE";
        if (!known.hitPolicies().contains(hitPolicy) || table.hasAttribute("aggregation")) {
            problems.add(new DecisionProblem(key, null, null, "命中策略须为 " + String.join(" 或 ",
                    known.hitPolicies().stream().sorted().toList()) + "（不带汇总），现为 " + hitPolicy
                    + (table.hasAttribute("aggregation") ? " " + table.getAttribute("aggregation") : "")));
        }
        for (Element input : children(table, "input")) {
            String column = columnLabel(input);
            Element expression = children(input, "inputExpression").stream().findFirst().orElse(null);
            String variable = expression == null ? "" : text(expression);
            Optional<KnownDecisions.Input> declared = known.input(variable);
            if (declared.isEmpty()) {
                problems.add(new DecisionProblem(key, null, column, "输入表达式只能是系统提供的输入之一（"
                        + String.join("、", known.inputs().stream().map(KnownDecisions.Input::name).toList())
                        + "），现为“" + variable + "”"));
            } else if (!sameType(declared.get().type(), expression.getAttribute("typeRef"))) {
                problems.add(new DecisionProblem(key, null, column, "输入“" + variable + "”的类型须为 "
                        + declared.get().type() + "，现为“" + expression.getAttribute("typeRef") + "”"));
            }
        }
        List<Element> outputs = children(table, "output");
        for (KnownDecisions.Output needed : known.outputs()) {
            Optional<Element> output = outputs.stream().filter(o -> needed.name().equals(o.getAttribute("name"))).findFirst();
            if (output.isEmpty()) {
                problems.add(new DecisionProblem(key, null, null, "缺少系统读取的输出“" + needed.name() + "”"));
            } else if (!sameType(needed.type(), output.get().getAttribute("typeRef"))) {
                problems.add(new DecisionProblem(key, null, columnLabel(output.get()), "输出“" + needed.name()
                        + "”的类型须为 " + needed.type() + "，现为“" + output.get().getAttribute("typeRef") + "”"));
            }
        }
    }

    private static boolean sameType(String declared, String typeRef) {
        String actual = typeRef == null ? "" : typeRef.strip();
        return declared.equals(actual) || declared.equals("integer") && actual.equals("long");
    }

    /** The problem at this element: its decision, its rule (1-based) and its column's label. */
    private static DecisionProblem at(Element element, String message) {
        String decision = null;
        Integer rule = null;
        String cell = null;
        for (Node node = element; node instanceof Element current; node = node.getParentNode()) {
            String name = current.getLocalName();
            if ((name.equals("inputEntry") || name.equals("outputEntry")) && cell == null) {
                cell = cellLabel(current);
            } else if (name.equals("inputExpression") && cell == null) {
                cell = "输入表达式 " + columnLabel((Element) current.getParentNode());
            } else if (name.equals("literalExpression") && cell == null) {
                cell = "文字表达式";
            } else if (name.equals("rule") && rule == null) {
                rule = position(current);
            } else if (name.equals("decision") && decision == null) {
                decision = current.getAttribute("id");
            }
        }
        return new DecisionProblem(decision, rule, cell, message);
    }

    private static String cellLabel(Element entry) {
        Element rule = (Element) entry.getParentNode();
        Element table = (Element) rule.getParentNode();
        List<Element> columns = children(table, entry.getLocalName().equals("inputEntry") ? "input" : "output");
        int sameKindBefore = 0;
        for (Element sibling : children(rule, entry.getLocalName())) {
            if (sibling == entry) {
                break;
            }
            sameKindBefore++;
        }
        return sameKindBefore < columns.size() ? columnLabel(columns.get(sameKindBefore)) : "第 " + (sameKindBefore + 1) + " 列";
    }

    private static String columnLabel(Element column) {
        if (!column.getAttribute("label").isBlank()) {
            return column.getAttribute("label");
        }
        if (!column.getAttribute("name").isBlank()) {
            return column.getAttribute("name");
        }
        return children(column, "inputExpression").stream().findFirst().map(DecisionChecks::text).orElse(column.getAttribute("id"));
    }

    private static int position(Element element) {
        int position = 1;
        for (Node sibling = element.getPreviousSibling(); sibling != null; sibling = sibling.getPreviousSibling()) {
            if (sibling instanceof Element other && other.getLocalName().equals(element.getLocalName())) {
                position++;
            }
        }
        return position;
    }

    private static String text(Element element) {
        return children(element, "text").stream().findFirst().map(text -> text.getTextContent().strip()).orElse("");
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}
