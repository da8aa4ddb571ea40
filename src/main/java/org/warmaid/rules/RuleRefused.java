package org.warmaid.rules;

/** A workbench action that is refused, with the Chinese message to show and the field it concerns. */
class RuleRefused extends RuntimeException {

    private final String field;
    private final boolean conflict;

    RuleRefused(String field, String message) {
        this(field, message, false);
    }

    private RuleRefused(String field, String message, boolean conflict) {
        super(message);
        this.field = field;
        this.conflict = conflict;
    }

    /** Someone else deployed a newer version since the draft was opened. */
    static RuleRefused stale(String message) {
        return new RuleRefused("baseVersion", message, true);
    }

    String field() {
        return field;
    }

    boolean conflict() {
        return conflict;
    }
}
