package org.warmaid.registration;

import java.text.Normalizer;

/** Normalises what people type: trimmed, no control characters, full-width digits made half-width. */
final class Text {

    private Text() {
    }

    /** Single-line text: control characters removed, surrounding blanks trimmed, empty → null. */
    static String line(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = value.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** Multi-line text: like {@link #line} but line breaks are kept (as \n). */
    static String paragraph(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = value.replace("\r\n", "\n").codePoints()
                .filter(c -> c == '\n' || !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /**
     * A number people may type with full-width digits (１２３), spaces or dashes: NFKC-normalised,
     * separators removed, letters upper-cased (the X of an ID number).
     */
    static String number(String value, boolean keepDashes) {
        String line = line(value);
        if (line == null) {
            return null;
        }
        String normalized = Normalizer.normalize(line, Normalizer.Form.NFKC).toUpperCase(java.util.Locale.ROOT);
        String separators = keepDashes ? "[\\s]" : "[\\s-]";
        return normalized.replaceAll(separators, "");
    }
}
