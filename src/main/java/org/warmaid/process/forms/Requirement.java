package org.warmaid.process.forms;

import java.util.List;
import java.util.Set;

/**
 * When a task form field must be filled in. Declarative, so that a form can be rendered from it
 * and the same rule checked on the server.
 */
public sealed interface Requirement {

    Requirement ALWAYS = new Always();
    Requirement OPTIONAL = new Optional();

    /** Always required. */
    record Always() implements Requirement {
    }

    /** Never required. */
    record Optional() implements Requirement {
    }

    /** Required when another field of the same form has one of the given values. */
    record WhenFieldIn(String field, Set<String> values) implements Requirement {
        public WhenFieldIn {
            values = Set.copyOf(values);
        }
    }

    /**
     * Required when the process variable (a comma-separated list the application set when the
     * task was created) lists the given entry, e.g. a document the registration needs.
     */
    record WhenListed(String processVariable, String entry) implements Requirement {
    }

    /** Required when any of the given fields of the same form has the given value. */
    record WhenAnyFieldIs(List<String> fields, String value) implements Requirement {
        public WhenAnyFieldIs {
            fields = List.copyOf(fields);
        }
    }
}
