package org.warmaid.registration.validation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person's name as 附件2 asks for it (实名制管理): Chinese characters, or letters of any script for
 * minority and foreign names, parts joined by the middle dot "·" or a space (阿依古丽·买买提,
 * John Smith), 2 to 30 characters. Anything else — digits, markup, punctuation, emoji — is refused
 * with a message, never stored.
 */
public final class PersonNames {

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 30;

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}]+(?:[· ][\\p{L}\\p{M}]+)*");

    private PersonNames() {
    }

    /** The other dots people type for the middle dot (•, ・, ‧, ･, ．) become "·"; runs of blanks one space. */
    public static String normalized(String name) {
        if (name == null) {
            return null;
        }
        String dotted = name.replaceAll("[\\u2022\\u30FB\\u2027\\uFF65\\u00B7\\u2219\\uFF0E]", "·");
        return dotted.replaceAll("\\s+", " ").replaceAll(" ?· ?", "·").strip();
    }

    public static Optional<String> problem(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of("请填写姓名");
        }
        if (!NAME.matcher(name).matches()) {
            return Optional.of("姓名只能由汉字、字母、间隔号“·”和空格组成，如 张伟、阿依古丽·买买提、John Smith");
        }
        int length = name.codePointCount(0, name.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return Optional.of("姓名应为" + MIN_LENGTH + "至" + MAX_LENGTH + "个字（现为" + length + "个字）");
        }
        return Optional.empty();
    }
}
