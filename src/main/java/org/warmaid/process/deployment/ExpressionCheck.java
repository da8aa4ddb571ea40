package org.warmaid.process.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.warmaid.process.BpmnBeans;

/**
 * What a JUEL expression in a process model may do: read process variables, compare and compute
 * with them, call a few methods of text values ({@code unitCode.toLowerCase()}), use the engine's
 * date and user functions, and call the public methods of the application's own
 * {@link org.warmaid.process.BpmnBean beans} ({@code entryDeadlines.of(registrationId)}). Everything
 * else — other methods, properties, square brackets, the engine's own objects ({@code execution},
 * {@code task}) — is refused: through them an expression reaches the engine's services, the class
 * loader and the operating system.
 */
final class ExpressionCheck {

    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq", "ne",
            "lt", "gt", "le", "ge", "div", "mod", "instanceof");

    private final BpmnBeans beans;

    ExpressionCheck(BpmnBeans beans) {
        this.beans = beans;
    }

    /** The expressions (${…} and #{…}) in a text, e.g. an attribute value; empty when there are none. */
    static List<String> expressionsIn(String text) {
        List<String> found = new ArrayList<>();
        int i = 0;
        while (i < text.length() - 1) {
            char c = text.charAt(i);
            if ((c == '$' || c == '#') && text.charAt(i + 1) == '{' && (i == 0 || text.charAt(i - 1) != '\\')) {
                int end = closingBrace(text, i + 2);
                found.add(text.substring(i + 2, end < 0 ? text.length() : end));
                i = end < 0 ? text.length() : end + 1;
            } else {
                i++;
            }
        }
        return found;
    }

    /** What is wrong with the expression (the text between the braces), or empty when it is allowed. */
    Optional<String> problem(String expression) {
        List<Token> tokens;
        try {
            tokens = Token.of(expression);
        } catch (IllegalArgumentException unreadable) {
            return Optional.of("表达式“" + shortened(expression) + "”无法识别");
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.is("[")) {
                return Optional.of("表达式“" + shortened(expression) + "”中不允许使用方括号取值");
            }
            if (token.is(";") || token.is("-") && i + 1 < tokens.size() && tokens.get(i + 1).is(">")
                    || assignment(tokens, i)) {
                return Optional.of("表达式“" + shortened(expression) + "”中不允许赋值、分号或 lambda");
            }
            if (token.kind() != Token.Kind.IDENTIFIER || KEYWORDS.contains(token.text())) {
                continue;
            }
            boolean member = i > 0 && tokens.get(i - 1).is(".");
            boolean call = i + 1 < tokens.size() && tokens.get(i + 1).is("(");
            boolean prefixed = i + 3 < tokens.size() && tokens.get(i + 1).is(":")
                    && tokens.get(i + 2).kind() == Token.Kind.IDENTIFIER && tokens.get(i + 3).is("(");
            Optional<String> problem;
            if (prefixed) {
                problem = Optional.of("表达式“" + shortened(expression) + "”中不允许使用函数 " + token.text() + ":…");
            } else if (!member && call) {
                problem = ExpressionRules.FUNCTIONS.contains(token.text()) ? Optional.empty()
                        : Optional.of("表达式“" + shortened(expression) + "”中不允许调用函数 " + token.text());
            } else if (!member) {
                problem = ExpressionRules.ENGINE_OBJECTS.contains(token.text())
                        ? Optional.of("表达式“" + shortened(expression) + "”中不允许使用引擎对象 " + token.text())
                        : Optional.empty();
            } else {
                problem = memberProblem(tokens, i, call, expression);
            }
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /** A member ({@code .name} or {@code .name(…)}) is allowed on an allowed bean, or as a text method on text. */
    private Optional<String> memberProblem(List<Token> tokens, int index, boolean call, String expression) {
        String name = tokens.get(index).text();
        Token receiver = index >= 2 ? tokens.get(index - 2) : null;
        String refused = "表达式“" + shortened(expression) + "”中不允许调用 " + name;
        if (!call || receiver == null) {
            return Optional.of("表达式“" + shortened(expression) + "”中不允许读取属性 " + name);
        }
        if (receiver.kind() == Token.Kind.IDENTIFIER && !(index >= 3 && tokens.get(index - 3).is("."))) {
            Optional<BpmnBeans.Allowed> bean = beans.get(receiver.text());
            if (bean.isPresent()) {
                return bean.get().hasCallableMethod(name) ? Optional.empty() : Optional.of(refused);
            }
            if (ExpressionRules.ENGINE_OBJECTS.contains(receiver.text())) {
                return Optional.of("表达式“" + shortened(expression) + "”中不允许使用引擎对象 " + receiver.text());
            }
            return textMethod(name) ? Optional.empty() : Optional.of(refused);
        }
        if (receiver.kind() == Token.Kind.STRING) {
            return textMethod(name) ? Optional.empty() : Optional.of(refused);
        }
        if (receiver.is(")")) {
            int open = openingParenthesis(tokens, index - 2);
            boolean textResult = open >= 2 && tokens.get(open - 1).kind() == Token.Kind.IDENTIFIER
                    && tokens.get(open - 2).is(".") && ExpressionRules.TEXT_TO_TEXT.contains(tokens.get(open - 1).text());
            return textResult && textMethod(name) ? Optional.empty() : Optional.of(refused);
        }
        return Optional.of(refused);
    }

    /** A lone "=" (not part of ==, !=, <=, >=): an assignment. */
    private static boolean assignment(List<Token> tokens, int i) {
        if (!tokens.get(i).is("=")) {
            return false;
        }
        boolean partOfComparison = i > 0 && (tokens.get(i - 1).is("=") || tokens.get(i - 1).is("!")
                || tokens.get(i - 1).is("<") || tokens.get(i - 1).is(">"))
                || i + 1 < tokens.size() && tokens.get(i + 1).is("=");
        return !partOfComparison;
    }

    private static boolean textMethod(String name) {
        return ExpressionRules.isTextMethod(name);
    }

    private static int openingParenthesis(List<Token> tokens, int closing) {
        int depth = 0;
        for (int i = closing; i >= 0; i--) {
            if (tokens.get(i).is(")")) {
                depth++;
            } else if (tokens.get(i).is("(") && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int closingBrace(String text, int from) {
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '}') {
                return i;
            }
        }
        return -1;
    }

    static String shortened(String expression) {
        String flat = expression.strip().replaceAll("\\s+", " ");
        return flat.length() > 60 ? flat.substring(0, 57) + "…" : flat;
    }

    /** A JUEL token: enough of the language to see names, members, calls, brackets and literals. */
    record Token(Kind kind, String text) {

        enum Kind { IDENTIFIER, STRING, NUMBER, SYMBOL }

        boolean is(String symbol) {
            return kind == Kind.SYMBOL && text.equals(symbol);
        }

        static List<Token> of(String expression) {
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            while (i < expression.length()) {
                char c = expression.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '\'' || c == '"') {
                    int end = i + 1;
                    while (end < expression.length() && expression.charAt(end) != c) {
                        end += expression.charAt(end) == '\\' ? 2 : 1;
                    }
                    if (end >= expression.length()) {
                        throw new IllegalArgumentException("unterminated string");
                    }
                    tokens.add(new Token(Kind.STRING, expression.substring(i + 1, end)));
                    i = end + 1;
                } else if (Character.isJavaIdentifierStart(c)) {
                    int end = i + 1;
                    while (end < expression.length() && Character.isJavaIdentifierPart(expression.charAt(end))) {
                        end++;
                    }
                    tokens.add(new Token(Kind.IDENTIFIER, expression.substring(i, end)));
                    i = end;
                } else if (Character.isDigit(c)) {
                    int end = i + 1;
                    while (end < expression.length() && (Character.isLetterOrDigit(expression.charAt(end))
                            || expression.charAt(end) == '.' && end + 1 < expression.length()
                                    && Character.isDigit(expression.charAt(end + 1)))) {
                        end++;
                    }
                    tokens.add(new Token(Kind.NUMBER, expression.substring(i, end)));
                    i = end;
                } else {
                    tokens.add(new Token(Kind.SYMBOL, String.valueOf(c)));
                    i++;
                }
            }
            return tokens;
        }
    }
}
