package org.warmaid.review;

import java.util.Optional;

/** A choice of a task form read back as its enum: the constant's name, as the form submits it. */
final class Choices {

    private Choices() {
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, Object value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.toString().trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
