package org.warmaid.accounts;

import java.util.List;
import org.warmaid.model.FieldProblem;

/** The new password was not accepted; the problems say why, per field. */
public class PasswordChangeRefused extends RuntimeException {

    private final transient List<FieldProblem> problems;

    PasswordChangeRefused(List<FieldProblem> problems) {
        super(problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
