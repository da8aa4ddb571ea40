package org.warmaid.privacy;

/**
 * How sensitive numbers appear where the full value is not needed: ID {@code 220102********1234},
 * bank card {@code **** 1234}, phone {@code 138****1234}, a person's name {@code 张*} / {@code 欧阳*锋}.
 */
public final class Masking {

    private Masking() {
    }

    public static String idNumber(String value) {
        if (value == null || value.length() < 10) {
            return value == null ? null : "*".repeat(value.length());
        }
        return value.substring(0, 6) + "*".repeat(value.length() - 10) + value.substring(value.length() - 4);
    }

    public static String bankCard(String value) {
        if (value == null) {
            return null;
        }
        return value.length() <= 4 ? "****" : "**** " + value.substring(value.length() - 4);
    }

    public static String phone(String value) {
        if (value == null) {
            return null;
        }
        if (value.length() == 11 && value.startsWith("1")) {
            return value.substring(0, 3) + "****" + value.substring(7);
        }
        if (value.length() <= 4) {
            return "*".repeat(value.length());
        }
        int keep = Math.min(4, value.length() / 3);
        return value.substring(0, keep) + "*".repeat(value.length() - 2 * keep) + value.substring(value.length() - keep);
    }

    /**
     * A name as a task card shows it to whoever sees the task list: the family name (the first
     * character) and, from three characters on, the last one; everything between is a star.
     */
    public static String name(String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        int[] characters = value.strip().codePoints().toArray();
        if (characters.length == 1) {
            return "*";
        }
        StringBuilder masked = new StringBuilder().appendCodePoint(characters[0]);
        int hidden = characters.length == 2 ? 1 : characters.length - 2;
        masked.append("*".repeat(hidden));
        if (characters.length > 2) {
            masked.appendCodePoint(characters[characters.length - 1]);
        }
        return masked.toString();
    }
}
