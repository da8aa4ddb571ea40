package org.warmaid.registration;

import org.warmaid.model.FieldProblem;
import java.util.List;

/** The registry will not do what was asked; the reason decides how the caller is answered. */
public class RegistrationRefused extends RuntimeException {

    public enum Reason {
        /** what was entered has mistakes (see the problems) */
        INVALID,
        /** not a unit account, or another unit's registration */
        FORBIDDEN,
        /** entry is closed: deadline passed, no open campaign, or the correction window ended */
        ENTRY_CLOSED,
        NOT_FOUND,
        /** the ID number is registered already in this campaign */
        DUPLICATE,
        /** someone saved a newer version in the meantime */
        STALE,
        /** the registration has left the unit's hands (submitted, ended) */
        NOT_EDITABLE
    }

    private final Reason reason;
    private final transient List<FieldProblem> problems;

    public RegistrationRefused(Reason reason, String message) {
        this(reason, message, List.of(new FieldProblem(null, message)));
    }

    public RegistrationRefused(Reason reason, String message, List<FieldProblem> problems) {
        super(message);
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    public static RegistrationRefused invalid(List<FieldProblem> problems) {
        return new RegistrationRefused(Reason.INVALID, "填写内容有误，请按提示修改", problems);
    }

    public Reason reason() {
        return reason;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
