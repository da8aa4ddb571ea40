package org.warmaid.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmaid.support.ApiClient;
import org.warmaid.support.ApiClient.Answer;
import org.warmaid.support.Fixtures;
import org.warmaid.support.Fixtures.UnitLogin;
import org.warmaid.support.HostileValues;
import org.warmaid.support.Http;
import org.warmaid.support.MariaDbIntegrationTest;
import org.warmaid.support.SampleRegistrations;

/**
 * A generated corpus of bad input against the registration calls of the JSON API (create, update,
 * precheck): every field of a valid registration replaced in turn by each hostile value (missing,
 * wrong type, huge and negative numbers, 10 000 characters, emoji and control characters,
 * full-width digits, HTML and SQL fragments), plus malformed JSON and wrong content types.
 * Asserted: never a 5xx, every refusal carries a message, the registration saved before is still
 * exactly as it was after the update corpus, and nothing unexpected was created.
 */
@MariaDbIntegrationTest
class BadInputCorpusIT {

    private static final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyFieldWithEveryHostileValueIsAnsweredWithoutA5xx() {
        fixtures.openCampaign();
        UnitLogin unit = fixtures.newUnit();
        ApiClient api = new ApiClient(port, unit.accountId(), unit.password());
        Answer saved = api.post("/api/registrations", SampleRegistrations.valid());
        long id = saved.body().get("id").asLong();
        Map<String, Object> before = jdbc.queryForMap("select * from registration where id = ?", id);

        ObjectNode valid = json.valueToTree(SampleRegistrations.valid());
        List<String> fields = new ArrayList<>();
        valid.fieldNames().forEachRemaining(fields::add);
        fields.add("unexpectedExtraField");
        Map<String, Integer> statuses = new LinkedHashMap<>();
        int tried = 0;
        for (String field : fields) {
            for (JsonNode value : HostileValues.json()) {
                ObjectNode create = valid.deepCopy();
                create.put("idNumber", SampleRegistrations.freshIdNumber());
                mutate(create, field, value);
                tried += check(api.post("/api/registrations", create.toString()), statuses, "create " + field + "=" + brief(value));
                ObjectNode precheck = create.deepCopy();
                tried += check(api.post("/api/registrations/precheck", precheck.toString()), statuses, "precheck " + field);
                ObjectNode update = saved.body().deepCopy();
                update.remove(List.of("id", "reference", "stage", "stageLabel"));
                mutate(update, field, value);
                Answer updated = api.put("/api/registrations/" + id, update.toString());
                tried += check(updated, statuses, "update " + field + "=" + brief(value));
                if (updated.status() == 200) {
                    saved = api.get("/api/registrations/" + id);
                }
            }
        }
        for (String raw : List.of("{", "not json", "[]", "null", "{\"name\":", "\"text\"", "{\"householdSize\":1e99999}", "")) {
            tried += check(api.postRaw("/api/registrations", "application/json", raw), statuses, "raw " + raw);
            tried += check(api.postRaw("/api/registrations/precheck", "application/json", raw), statuses, "raw precheck " + raw);
        }
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data",
                "multipart/form-data; boundary=", "multipart/mixed", "application/json; charset=klingon", "*/*", "garbage")) {
            tried += check(api.postRaw("/api/registrations", type, valid.toString()), statuses, "content type " + type);
        }
        tried += check(api.post("/api/registrations/" + Long.MAX_VALUE + "/submit", ""), statuses, "unknown id");
        tried += check(api.get("/api/registrations/abc"), statuses, "id not a number");

        assertThat(statuses.values()).as("no 5xx among %d calls", tried).allMatch(status -> status < 500);
        System.out.printf("[reliability] bad input corpus: %d calls, answers by status %s%n", tried,
                statuses.values().stream().collect(java.util.stream.Collectors.groupingBy(s -> s,
                        java.util.TreeMap::new, java.util.stream.Collectors.counting())));
        Map<String, Object> after = jdbc.queryForMap("select * from registration where id = ?", id);
        assertThat(after.get("id_number_hash")).as("the saved registration keeps its person").isEqualTo(before.get("id_number_hash"));
        assertThat(jdbc.queryForObject("select count(*) from registration where id = ?", Integer.class, id)).isEqualTo(1);
    }

    /**
     * A JSON call sent as {@code multipart/form-data} without a boundary, 50 times to each JSON
     * call, asking for JSON, anything or HTML only (the Accept header of a browser): always 400 with
     * the JSON error and its Chinese message, never the 500 it once got when the client accepted
     * HTML only. Nothing is created.
     */
    @Test
    void multipartWithoutABoundaryIsAlwaysA400WithAChineseMessage() {
        fixtures.openCampaign();
        UnitLogin unit = fixtures.newUnit();
        Http http = new Http(port);
        String body = json.valueToTree(SampleRegistrations.valid()).toString();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        int tried = 0;
        for (int round = 0; round < 50; round++) {
            for (String path : List.of("/api/registrations", "/api/registrations/precheck", "/api/account/password",
                    "/api/registrations/import")) {
                String accept = List.of("application/json", "*/*", "text/html", "text/html,application/xhtml+xml;q=0.9",
                        "no/such-type;;").get(round % 5);
                var answer = http.send(http.request(path).header("Authorization", Http.basic(unit.accountId(), unit.password()))
                        .header("Accept", accept).header("Content-Type", "multipart/form-data")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());
                tried++;
                statuses.merge(answer.statusCode(), 1, Integer::sum);
                assertThat(answer.statusCode()).as("%s with Accept %s → %s", path, accept, answer.body()).isEqualTo(400);
                assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
                assertThat(answer.body()).contains("上传内容无法读取");
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from registration where unit_code = ?", Integer.class, unit.unitCode()))
                .as("nothing created").isZero();
        System.out.printf("[reliability] multipart without boundary: %d calls, answers by status %s%n", tried, statuses);
    }

    private static void mutate(ObjectNode node, String field, JsonNode value) {
        if (value.isNull() && !field.equals("unexpectedExtraField")) {
            node.remove(field);
        } else {
            node.set(field, value);
        }
    }

    private static int check(Answer answer, Map<String, Integer> statuses, String what) {
        statuses.put(what + " #" + statuses.size(), answer.status());
        assertThat(answer.status()).as("%s → %s", what, answer.body()).isLessThan(500);
        if (answer.status() >= 400 && answer.status() != 406) {
            assertThat(answer.firstMessage()).as("%s has a message: %s", what, answer.body()).isNotBlank();
        }
        return 1;
    }

    private static String brief(JsonNode value) {
        String text = value.toString();
        return text.length() > 30 ? text.substring(0, 30) + "…" : text;
    }

}
