package io.stepline.connector.collect;

import static io.stepline.connector.collect.FakeApis.ADS;
import static io.stepline.connector.collect.FakeApis.CRM;
import static io.stepline.connector.collect.FakeApis.CURRENCY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.connector.BindingException;
import io.stepline.connector.BoundTask;
import io.stepline.connector.TaskFailedException;
import io.stepline.connector.collect.fake.CrmApi;
import io.stepline.connector.collect.fake.Fault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The collect task against real HTTP servers on loopback: each pagination style, auth, and APIs misbehaving. */
class CollectTaskTest {

    @Test
    void offsetPaginationWithAnApiKeyCollectsEveryRecordMapped() throws Exception {
        JsonNode result = FakeApis.run(FakeApis.bind("stepline:collect:crm.contacts", FakeApis.config()), "{}", "exec#A#1#0");

        assertThat(result.path("records").asLong()).isEqualTo(CRM.total());
        assertThat(result.path("pages").asLong()).isEqualTo(3);
        assertThat(FakeApis.lines(result)).isEqualTo(CRM.total());
        String first = Files.readAllLines(Path.of(result.path("dataset").path("uri").asText())).get(0);
        assertThat(first).contains("\"source_id\":\"C1\"", "\"email\":\"contact1@example.com\"");
        assertThat(result.path("dataset").path("format").asText()).isEqualTo("jsonl");
    }

    @Test
    void cursorPaginationWithOAuth2FetchesATokenOnceAndRefreshesItWhenItExpires() throws Exception {
        ADS.tokenLifetimeSeconds(3600);
        int before = ADS.tokensIssued();
        BoundTask task = FakeApis.bind("stepline:collect:ads.campaign_daily", FakeApis.config());
        JsonNode result = FakeApis.run(task, "{\"Window\": {\"Start\": \"2026-11-24\", \"End\": \"2026-11-25\"}}", "exec#B#1#0");

        assertThat(result.path("records").asLong()).isEqualTo(ADS.total());
        assertThat(result.path("pages").asLong()).isEqualTo(3);
        assertThat(Files.readString(Path.of(result.path("dataset").path("uri").asText()))).contains("\"date\":\"2026-11-24\"");
        assertThat(ADS.tokensIssued() - before).isLessThanOrEqualTo(1);

        ADS.revokeTokens(); // the cached token is refused with 401: fetched again, the page retried
        JsonNode revoked = FakeApis.run(task, "{\"Window\": {\"Start\": \"2026-11-25\"}}", "exec#B2#1#0");
        assertThat(revoked.path("records").asLong()).isEqualTo(ADS.total());
        assertThat(revoked.path("retries").asLong()).isEqualTo(1);

        ADS.tokenLifetimeSeconds(1).revokeTokens(); // expires within refreshBeforeSeconds: refreshed before each request
        int beforeShortLived = ADS.tokensIssued();
        try {
            JsonNode shortLived = FakeApis.run(task, "{\"Window\": {\"Start\": \"2026-11-26\"}}", "exec#B3#1#0");
            assertThat(shortLived.path("records").asLong()).isEqualTo(ADS.total());
            assertThat(ADS.tokensIssued() - beforeShortLived).isGreaterThanOrEqualTo(3);
        } finally {
            ADS.tokenLifetimeSeconds(3600);
        }
    }

    @Test
    void linkHeaderPaginationFollowsRelNext() throws Exception {
        JsonNode result = FakeApis.run(FakeApis.bind("stepline:collect:currency", FakeApis.config()), "{}", "exec#C#1#0");

        assertThat(result.path("records").asLong()).isEqualTo(CURRENCY.total());
        assertThat(result.path("pages").asLong()).isEqualTo(3);
    }

    @Test
    void tooManyRequestsWithRetryAfterAndServerErrorsAreRetried() throws Exception {
        CURRENCY.failOnce(2, Fault.TOO_MANY_REQUESTS).failOnce(3, Fault.SERVER_ERROR);
        JsonNode result = FakeApis.run(FakeApis.bind("stepline:collect:currency.rates", FakeApis.config()), "{}", "exec#D#1#0");

        assertThat(result.path("records").asLong()).isEqualTo(CURRENCY.total());
        assertThat(result.path("retries").asLong()).isEqualTo(2);
        assertThat(result.path("requests").asLong()).isEqualTo(5);
    }

    @Test
    void seededRandomServerErrorsAreRetriedWithoutLosingOrRepeatingARecord() throws Exception {
        CRM.randomServerErrors(0.5, 7);
        try {
            JsonNode result = FakeApis.run(FakeApis.bind("stepline:collect:crm.contacts", FakeApis.config()), "{}", "exec#E#1#0");
            assertThat(result.path("records").asLong()).isEqualTo(CRM.total());
            assertThat(result.path("retries").asLong()).isPositive();
            assertThat(distinctIds(result, "source_id")).hasSize(CRM.total());
        } finally {
            CRM.randomServerErrors(0, 1);
        }
    }

    @Test
    void aMalformedPageFailsWithTheUrlAndASnippetAndTheNextAttemptResumesAtThatPage() throws Exception {
        ObjectNode config = FakeApis.config();
        BoundTask task = FakeApis.bind("stepline:collect:currency.rates", config);
        CURRENCY.failOnce(3, Fault.MALFORMED);

        assertThatThrownBy(() -> FakeApis.run(task, "{}", "exec#F#4#0"))
                .isInstanceOfSatisfying(TaskFailedException.class, e -> {
                    assertThat(e.error()).isEqualTo("Collector.MalformedResponse");
                    assertThat(e.cause()).contains("/v1/rates?page=3", "Gateway error", "200 records of 2 pages kept",
                            "resumes at page 3");
                });
        long before = CURRENCY.requests();
        JsonNode redriven = FakeApis.run(task, "{}", "exec#F#9#0"); // a redrive: a new state visit, same execution

        assertThat(redriven.path("resumedAtPage").asLong()).isEqualTo(3);
        assertThat(CURRENCY.requests() - before).as("only the pages not yet collected").isEqualTo(1);
        assertThat(redriven.path("records").asLong()).isEqualTo(CURRENCY.total());
        assertThat(FakeApis.lines(redriven)).isEqualTo(CURRENCY.total());
    }

    @Test
    void aChangedSchemaIsASchemaMismatchNamingWhatThePageHas() throws Exception {
        CRM.failOnce(2, Fault.CHANGED_SCHEMA);
        BoundTask task = FakeApis.bind("stepline:collect:crm.contacts", FakeApis.config());

        assertThatThrownBy(() -> FakeApis.run(task, "{}", "exec#G#1#0"))
                .isInstanceOfSatisfying(TaskFailedException.class, e -> {
                    assertThat(e.error()).isEqualTo("Collector.SchemaMismatch");
                    assertThat(e.cause()).contains("no records at $.results", "items", "offset=100");
                });
    }

    @Test
    void anEmptyPageInTheMiddleIsAnErrorNotASilentEnd() throws Exception {
        ADS.failOnce(2, Fault.EMPTY);
        BoundTask task = FakeApis.bind("stepline:collect:ads", FakeApis.config());

        assertThatThrownBy(() -> FakeApis.run(task, "{}", "exec#H#1#0"))
                .isInstanceOfSatisfying(TaskFailedException.class, e -> assertThat(e.error()).isEqualTo("Collector.EmptyPage"));
    }

    @Test
    void aClientErrorFailsAtOnceWithTheServersMessageAndTheKeyMasked() throws Exception {
        ObjectNode config = FakeApis.config();
        ((ObjectNode) config.path("connections").path("crm-api")).put("apiKey", "wrong-key-123456");
        BoundTask task = FakeApis.bind("stepline:collect:crm.contacts", config);
        long before = CRM.requests();

        assertThatThrownBy(() -> FakeApis.run(task, "{}", "exec#I#1#0"))
                .isInstanceOfSatisfying(TaskFailedException.class, e -> {
                    assertThat(e.error()).isEqualTo("Http.4xx");
                    assertThat(e.cause()).contains("HTTP 401", "invalid API key").doesNotContain("wrong-key-123456");
                });
        assertThat(CRM.requests() - before).isZero(); // 401 is answered before the page counter
    }

    @Test
    void aServerThatHangsTimesOutAndTheRecordsBeforeAreKept(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("slowcrm.yaml"), Files.readString(Path.of("connectors/crm.yaml"))
                .replace("connector: crm", "connector: slowcrm").replace("requestTimeoutSeconds: 10", "requestTimeoutSeconds: 0.5")
                .replace("maxRetries: 4", "maxRetries: 0"));
        ObjectNode config = FakeApis.config();
        ((ObjectNode) config.path("collect")).put("directory", dir.toString());
        ((ObjectNode) config.path("collect").path("connectors")).putObject("slowcrm").put("baseUrl", CRM.baseUrl() + "/api/v1");
        BoundTask task = FakeApis.bind("stepline:collect:slowcrm.contacts", config);
        CRM.failOnce(3, Fault.HANG);

        assertThatThrownBy(() -> FakeApis.run(task, "{}", "exec#J#1#0"))
                .isInstanceOfSatisfying(TaskFailedException.class, e -> {
                    assertThat(e.error()).isEqualTo("Http.Timeout");
                    assertThat(e.cause()).contains("no answer within 0.5 s", "offset=200", "200 records of 2 pages kept");
                });
        JsonNode resumed = FakeApis.run(task, "{}", "exec#J#1#1"); // the state's Retry
        assertThat(distinctIds(resumed, "source_id")).hasSize(CRM.total());
    }

    @Test
    void theCursorAdvancesOnlyWhenCommittedAndTheNextRunAsksOnlyForNewerRecords() throws Exception {
        ObjectNode config = FakeApis.config();
        BoundTask task = FakeApis.bind("stepline:collect:crm.contacts", config);

        JsonNode first = FakeApis.run(task, "{}", "exec#K#1#0");
        JsonNode cursor = first.path("cursor");
        assertThat(cursor.path("previous").asText()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(cursor.path("committed").asBoolean()).isFalse();
        JsonNode notCommitted = FakeApis.run(task, "{}", "exec#K2#1#0");
        assertThat(notCommitted.path("records").asLong()).as("nothing committed: all again").isEqualTo(CRM.total());

        ObjectNode commit = io.stepline.json.Json.NODES.objectNode();
        commit.set("CommitCursor", cursor);
        JsonNode committed = FakeApis.run(task, commit.toString(), "exec#K#2#0");
        assertThat(committed.path("cursor").asText()).isEqualTo(cursor.path("next").asText());

        CRM.total(CRM.total() + 30); // new contacts, updated later than any before
        try {
            JsonNode next = FakeApis.run(task, "{}", "exec#K3#1#0");
            assertThat(next.path("cursor").path("previous").asText()).isEqualTo(cursor.path("next").asText());
            assertThat(next.path("records").asLong()).isBetween(1L, 30L);
        } finally {
            CRM.total(250);
        }
    }

    @Test
    void anUnknownStreamOrConnectorFailsBinding() throws Exception {
        ObjectNode config = FakeApis.config();
        assertThatThrownBy(() -> FakeApis.bind("stepline:collect:crm.deals", config))
                .isInstanceOf(BindingException.class).hasMessageContaining("no stream 'deals'").hasMessageContaining("[contacts]");
        assertThatThrownBy(() -> FakeApis.bind("stepline:collect:billing", config))
                .isInstanceOf(BindingException.class).hasMessageContaining("no connector manifest 'billing.yaml'");
        assertThat(FakeApis.bind("stepline:sink:warehouse", config)).isNull();
    }

    private static Set<String> distinctIds(JsonNode result, String field) throws Exception {
        Set<String> ids = new HashSet<>();
        List<String> lines = Files.readAllLines(Path.of(result.path("dataset").path("uri").asText()));
        for (String line : lines) {
            ids.add(io.stepline.json.Json.parse(line).path(field).asText());
        }
        assertThat(lines).as("no record written twice").hasSize(ids.size());
        return ids;
    }

    static {
        assertThat(CrmApi.API_KEY).isNotBlank();
    }
}
