package org.warmaid.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

/** What every answer of a page to bad input must be: no 5xx, no stack trace or container page, Chinese. */
public final class PageAnswers {

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    private PageAnswers() {
    }

    public static void assertDecent(HttpResponse<String> answer, String what) {
        String body = answer.body() == null ? "" : answer.body();
        assertThat(answer.statusCode()).as("%s → %d %s", what, answer.statusCode(), brief(body)).isLessThan(500);
        assertThat(body).as("%s shows no internals", what)
                .doesNotContain("Whitelabel Error Page", "Exception", "at org.", "java.lang", "HTTP Status ", "Apache Tomcat",
                        "<script>window.pwned");
        if (answer.statusCode() >= 400) {
            assertThat(CHINESE.matcher(body).find()).as("%s explains in Chinese: %s", what, brief(body)).isTrue();
        }
    }

    /** The form was shown again: with a message in Chinese next to a field or above the form. */
    public static void assertShownAgainWithMessage(HttpResponse<String> answer, String what) {
        assertThat(answer.body()).as("%s: the form again with its message", what)
                .containsAnyOf("class=\"error\"", "alert-error");
    }

    public static String brief(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
