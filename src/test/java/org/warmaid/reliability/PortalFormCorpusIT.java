package org.warmaid.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmaid.registration.RegistrationForm;
import org.warmaid.support.ApiClient;
import org.warmaid.support.CorpusTally;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.HostileValues;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.PageAnswers;
import org.warmaid.support.PortalForms;
import org.warmaid.support.PortalSession;
import org.warmaid.support.SampleRegistrations;
import org.warmaid.support.StoredRows;

/**
 * The unit portal's registration form (添加职工信息 and 点击修改), submit and delete under bad input:
 * every field of the form ({@link #FIELDS}), and a few fields the form does not have (an unknown one,
 * another unit's code, the stage, a family member at index 5000, a class-loader path), replaced in
 * turn by every hostile value of {@link HostileValues#text()}, in new registrations (three at a time)
 * and in edits of one saved registration; hostile ids and parameters against 上报, bulk
 * 上报 and 删除 and the document delete. Asserted for every answer: no 5xx, no stack trace or
 * container page, Chinese on every refusal, a refused form shown again with its message and the
 * typed text kept, markup escaped (also on the list, the form and the summary afterwards, where the
 * values valid as text were saved); the registration saved before is unchanged by every refused edit,
 * and no field outside the form (unit, stage) ever changes.
 */
@MariaDbIntegrationTest
class PortalFormCorpusIT {

    /** Fields shown back as typed (text inputs); numbers may come back normalised (1e400 → 1E+400). */
    private static final Set<String> TEXT_FIELDS = Set.of("name", "idNumber", "unitAndPosition", "phone", "address",
            "bankCardNumber", "hardshipReason");

    /**
     * Every field of the form, except that the seven yes/no answers are represented by two and a family
     * member by its name and age (the others bind the same way), and fields the form does not have.
     */
    private static final List<String> FIELDS = List.of("name", "idNumber", "unitAndPosition", "phone", "householdSize",
            "householdMonthlyIncome", "address", "bankCardNumber", "hardshipReason", "hardshipTypes", "aidCategory", "region",
            "incomeTax", "socialSecurityContributions", "monthsBelowStandard", "necessaryExpenses", "homeCount", "housingArea",
            "suddenHardship", "declaredTruthfully", "familyMembers[0].name", "familyMembers[0].age",
            "unexpectedExtraField", "unitCode", "stage", "familyMembers[5000].name", "class.module.classLoader.defaultAssertionStatus");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyFieldOfTheRegistrationFormWithEveryHostileValue() throws Exception {
        fixtures.openCampaign();
        UnitLogin unit = fixtures.newUnit();
        PortalSession portal = PortalSession.unit(port, unit.unitCode(), unit.unionHead(), unit.password());
        String token = portal.csrfToken();
        RegistrationForm savedForm = SampleRegistrations.valid();
        long id = new ApiClient(port, unit.accountId(), unit.password()).post("/api/registrations", savedForm)
                .body().get("id").asLong();
        Map<String, Object> saved = row(id);

        CorpusTally tally = new CorpusTally("bad input, portal registration form");
        AtomicInteger shownAgain = new AtomicInteger();
        ExecutorService creators = Executors.newFixedThreadPool(3);
        List<Future<?>> creates = new ArrayList<>();
        for (String field : FIELDS) {
            creates.add(creators.submit(() -> {
                for (String value : HostileValues.text()) {
                    String what = "create " + field + "=" + HostileValues.brief(value);
                    Map<String, String> create = PortalForms.fieldsOf(SampleRegistrations.valid());
                    create.remove("version");
                    put(create, field, value);
                    HttpResponse<String> created = post(portal, token, "/portal/registrations/new", create, tally, what, false);
                    if (created.statusCode() == 200) {
                        shownAgain.incrementAndGet();
                        assertTypedTextKept(created, field, value, what);
                    }
                }
            }));
        }
        int accepted = 0;
        for (String field : FIELDS) {
            for (String value : HostileValues.text()) {
                String what = "update " + field + "=" + HostileValues.brief(value);
                Map<String, String> update = PortalForms.fieldsOf(savedForm);
                update.put("version", String.valueOf(saved.get("version")));
                put(update, field, value);
                HttpResponse<String> updated = post(portal, token, "/portal/registrations/" + id, update, tally, what, false);
                if (updated.statusCode() == 302) {
                    accepted++;
                    assertThat(updated.headers().firstValue("Location").orElse("")).endsWith("/portal/registrations/" + id);
                    Map<String, Object> now = row(id);
                    assertThat(now.get("unit_code")).as("%s keeps the unit", what).isEqualTo(saved.get("unit_code"));
                    assertThat(now.get("stage")).as("%s keeps the stage", what).isEqualTo(saved.get("stage"));
                    saved = now;
                } else {
                    shownAgain.incrementAndGet();
                    assertTypedTextKept(updated, field, value, what);
                    assertThat(row(id)).as("refused %s changes nothing", what).isEqualTo(saved);
                }
            }
        }
        creators.shutdown();
        for (Future<?> create : creates) {
            create.get();
        }
        for (String page : List.of("/portal/registrations", "/portal/registrations/" + id, "/portal/summary")) {
            PageAnswers.assertDecent(portal.get(page), "what was saved, shown back on " + page);
        }
        assertThat(tally.byStatus().keySet()).allMatch(status -> status < 500);
        tally.print(shownAgain.get() + " refusals shown again with the message and the typed text, " + accepted
                + " valid-as-text edits saved; the saved registration unchanged by every refusal");
    }

    /**
     * 上报, bulk 上报, bulk 删除, the document delete and the edit page with hostile ids (letters,
     * overflowing numbers, negative, full-width digits, another unit's registration) and a hostile
     * {@code back} parameter; and a form without its CSRF token. Nothing is submitted or deleted.
     */
    @Test
    void hostileIdsAgainstSubmitDeleteAndEdit() {
        fixtures.openCampaign();
        UnitLogin unit = fixtures.newUnit();
        UnitLogin other = fixtures.newUnit();
        long mine = new ApiClient(port, unit.accountId(), unit.password()).post("/api/registrations", SampleRegistrations.valid())
                .body().get("id").asLong();
        long theirs = new ApiClient(port, other.accountId(), other.password())
                .post("/api/registrations", SampleRegistrations.valid()).body().get("id").asLong();
        Map<String, Object> mineBefore = row(mine);
        Map<String, Object> theirsBefore = row(theirs);
        PortalSession portal = PortalSession.unit(port, unit.unitCode(), unit.unionHead(), unit.password());
        String token = portal.csrfToken();

        CorpusTally tally = new CorpusTally("bad input, portal submit/delete/edit ids");
        List<String> ids = new ArrayList<>(HostileValues.ids());
        ids.add(String.valueOf(theirs));
        for (String bad : ids) {
            String what = "id " + HostileValues.brief(bad);
            post(portal, token, "/portal/registrations/" + bad + "/submit", Map.of(), tally, "submit " + what);
            post(portal, token, "/portal/registrations/submit", Map.of("ids", bad), tally, "bulk submit " + what);
            post(portal, token, "/portal/registrations/delete", Map.of("ids", bad), tally, "bulk delete " + what);
            post(portal, token, "/portal/documents/" + bad + "/delete", Map.of(), tally, "document delete " + what);
            PageAnswers.assertDecent(get(portal, "/portal/registrations/" + bad, tally), "edit page " + what);
        }
        for (String value : HostileValues.text()) {
            Map<String, String> back = new LinkedHashMap<>();
            put(back, "back", value);
            put(back, "ids", value);
            post(portal, token, "/portal/registrations/" + theirs + "/submit", back, tally, "submit back=" + HostileValues.brief(value));
            post(portal, token, "/portal/registrations/delete", back, tally, "bulk delete ids=" + HostileValues.brief(value));
        }
        HttpResponse<String> withoutToken = portal.postWithoutToken("/portal/registrations/delete", Map.of("ids", String.valueOf(mine)));
        tally.record(withoutToken.statusCode());
        PageAnswers.assertDecent(withoutToken, "delete without CSRF token");
        assertThat(withoutToken.statusCode()).isEqualTo(403);

        assertThat(row(mine)).as("the unit's own registration neither submitted nor deleted").isEqualTo(mineBefore);
        assertThat(row(theirs)).as("another unit's registration untouched").isEqualTo(theirsBefore);
        assertThat(tally.byStatus().keySet()).allMatch(status -> status < 500);
        tally.print("the unit's registration and another unit's unchanged");
    }

    private HttpResponse<String> post(PortalSession portal, String token, String path, Map<String, String> fields,
            CorpusTally tally, String what) {
        return post(portal, token, path, fields, tally, what, true);
    }

    private HttpResponse<String> post(PortalSession portal, String token, String path, Map<String, String> fields,
            CorpusTally tally, String what, boolean followRedirect) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", token);
        HttpResponse<String> answer = portal.postWithoutToken(path, withToken);
        tally.record(answer.statusCode());
        PageAnswers.assertDecent(answer, what);
        if (answer.statusCode() == 200) {
            PageAnswers.assertShownAgainWithMessage(answer, what);
        }
        if (answer.statusCode() == 302 && followRedirect) {
            String location = answer.headers().firstValue("Location").orElse("");
            assertThat(location).as("%s goes back into the portal", what).contains("/portal/");
            PageAnswers.assertDecent(portal.get(location.replaceFirst("^https?://[^/]+", "").replaceFirst("#.*", "")),
                    what + " → " + location);
        }
        return answer;
    }

    private static HttpResponse<String> get(PortalSession portal, String path, CorpusTally tally) {
        HttpResponse<String> answer = portal.get(path);
        tally.record(answer.statusCode());
        return answer;
    }

    private static void assertTypedTextKept(HttpResponse<String> page, String field, String value, String what) {
        if (!TEXT_FIELDS.contains(field) || !HostileValues.printable(value) || value.isBlank()) {
            return;
        }
        String escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        // numbers come back normalised: upper-cased (an ID number's check digit may be X), without spaces
        // and dashes, full-width digits made ASCII
        assertThat(comparable(page.body())).as("%s: the typed text is still in the form", what)
                .containsAnyOf(comparable(escaped.replace("'", "&#39;")),
                        comparable(java.text.Normalizer.normalize(escaped, java.text.Normalizer.Form.NFKC).replace("'", "&#39;")));
    }

    private static String comparable(String text) {
        return text.replaceAll("[\\s-]", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static void put(Map<String, String> fields, String field, String value) {
        if (value == null) {
            fields.remove(field);
        } else {
            fields.put(field, value);
        }
    }

    private Map<String, Object> row(long id) {
        return StoredRows.registration(jdbc, id);
    }
}
