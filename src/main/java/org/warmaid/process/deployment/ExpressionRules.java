package org.warmaid.process.deployment;

import java.util.Set;

/** The vocabulary an expression in a process model may use besides variables and the allowed beans. */
public final class ExpressionRules {

    /** Methods of a text value that return text, and may be chained. */
    static final Set<String> TEXT_TO_TEXT = Set.of("toLowerCase", "toUpperCase", "trim", "strip", "substring",
            "concat", "replace");
    /** Methods of a text value that answer a question about it. */
    static final Set<String> TEXT_QUESTIONS = Set.of("length", "isEmpty", "isBlank", "startsWith", "endsWith",
            "contains", "equals", "equalsIgnoreCase", "indexOf");
    /** Names the engine resolves to its own objects, from which its services are reachable. */
    static final Set<String> ENGINE_OBJECTS = Set.of("execution", "task", "externalTask", "caseExecution",
            "variableScope", "processEngine", "processEngineServices");
    /** The functions the engine provides to expressions. */
    static final Set<String> FUNCTIONS = Set.of("now", "dateTime", "currentUser", "currentUserGroups");

    private ExpressionRules() {
    }

    public static boolean isTextMethod(String name) {
        return TEXT_TO_TEXT.contains(name) || TEXT_QUESTIONS.contains(name);
    }
}
