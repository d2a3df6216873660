package io.stepline.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.connector.spark.TransformParameterException;
import io.stepline.json.Json;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Cleaning: types, exact duplicates dropped, rows outside the window left out, bad rows kept aside with a reason. */
class CleanTouchpointsTest {

    @Test
    void badRowsAreCountedWithTheirReasonAndTheRestTyped() throws Exception {
        Dataset<Row> touchpoints = MarketingSpark.text("user_id,ts,channel,campaign,cost",
                "u1,2026-10-02T10:00:00Z, Email ,news,0.10",
                "u1,2026-10-02T10:00:00Z, Email ,news,0.10",
                "u1,2026-10-03T10:00:00Z,display,,",
                "u2,2026-12-01T10:00:00Z,email,x,0.10",
                "u2,not-a-time,email,x,0.10",
                ",2026-10-02T10:00:00Z,email,x,0.10",
                "u3,2026-10-02T10:00:00Z,,x,0.10",
                "u4,2026-10-02T10:00:00Z,email,x,n/a",
                "u4,2026-10-02T10:00:00Z,email,x,-1");
        Dataset<Row> conversions = MarketingSpark.text("user_id,ts,value",
                "u1,2026-10-04T10:00:00Z,12.5",
                "u1,2026-10-04T10:00:00Z,12.5",
                "u1,2026-10-05T10:00:00Z,free");

        Map<String, Dataset<Row>> out = new CleanTouchpoints().apply(
                Map.of("touchpoints", touchpoints, "conversions", conversions),
                Json.parse("{\"from\": \"2026-10-01\", \"to\": \"2026-11-01T00:00:00Z\"}"),
                MarketingSpark.context("marketing-clean"));

        assertThat(out.get("touchpoints").orderBy("ts").collectAsList()).map(row -> row.getString(0) + " "
                + row.getTimestamp(1).toInstant() + " " + row.getString(2) + " " + row.getString(3) + " " + row.getDouble(4))
                .containsExactly("u1 2026-10-02T10:00:00Z email news 0.1", "u1 2026-10-03T10:00:00Z display none 0.0");
        assertThat(out.get("conversions").collectAsList()).map(row -> row.getString(0) + " " + row.getDouble(2))
                .containsExactly("u1 12.5");
        assertThat(out.get("rejected").collectAsList()).map(row -> row.getString(0) + ": " + row.getString(2))
                .containsExactlyInAnyOrder("touchpoints: ts is not a timestamp", "touchpoints: missing user_id",
                        "touchpoints: missing channel", "touchpoints: cost is not a number >= 0",
                        "touchpoints: cost is not a number >= 0", "conversions: value is not a number >= 0");
    }

    @Test
    void aMissingWindowIsAParameterErrorNamingIt() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CleanTouchpoints().apply(
                        Map.of(), Json.parse("{\"from\": \"2026-10-01\"}"), MarketingSpark.context("marketing-clean")))
                .isInstanceOf(TransformParameterException.class)
                .hasMessageContaining("marketing-clean").hasMessageContaining("'to' is required");
    }
}
