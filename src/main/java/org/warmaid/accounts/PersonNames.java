package org.warmaid.accounts;

import java.util.List;

/**
 * A person's name in the identity store: the family name (姓) is the last name, the given name (名)
 * the first name, as Camunda Admin's columns say. A Chinese name is written family name first,
 * without a space; two-character family names such as 欧阳 are recognised.
 */
public final class PersonNames {

    private static final List<String> COMPOUND_FAMILY_NAMES = List.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟",
            "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "澹台", "轩辕", "端木", "南宫", "西门", "独孤", "申屠", "呼延");

    private PersonNames() {
    }

    /** The name split as the identity store keeps it. */
    public record Split(String familyName, String givenName) {
    }

    public static Split split(String fullName) {
        String name = fullName == null ? "" : fullName.strip();
        if (name.isEmpty()) {
            return new Split("", "");
        }
        if (!isChinese(name)) {
            int space = name.lastIndexOf(' ');
            return space < 0 ? new Split(name, "") : new Split(name.substring(space + 1), name.substring(0, space).strip());
        }
        int familyLength = name.codePointCount(0, name.length()) >= 3
                && COMPOUND_FAMILY_NAMES.stream().anyMatch(name::startsWith) ? 2 : 1;
        int end = name.offsetByCodePoints(0, familyLength);
        return new Split(name.substring(0, end), name.substring(end));
    }

    /** The name as people write it: 张伟 (family name first, no space), or "Anna Schmidt". */
    public static String full(String firstName, String lastName) {
        String given = firstName == null ? "" : firstName.strip();
        String family = lastName == null ? "" : lastName.strip();
        if (isChinese(family + given)) {
            return family + given;
        }
        return (given + " " + family).strip();
    }

    private static boolean isChinese(String text) {
        return !text.isEmpty() && text.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || c == '·');
    }
}
