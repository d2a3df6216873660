package io.stepline.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.json.Json;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * Journeys against a small case worked out by hand: the lookback edge (a touch exactly 30 days before
 * counts, one second more does not), touches reset by an earlier conversion, a touch at the instant of
 * its conversion, two conversions at one instant, a conversion without touches, non-converting users
 * dated by their last touch, and journeys ending outside the interval left out.
 */
class BuildJourneysTest {
    private static final String INTERVAL = """
            {"lookbackDays": 30, "start": "2026-11-01T00:00:00Z", "end": "2026-11-02T00:00:00Z"}""";

    @Test
    void journeysFollowTheLookbackTheResetsAndTheInterval() throws Exception {
        Dataset<Row> touchpoints = MarketingSpark.text("user_id,ts,channel",
                // a: one touch exactly 30 days before, one a second older (dropped), one after an earlier conversion reset
                "a,2026-10-02T12:00:00Z,email",
                "a,2026-10-02T11:59:59Z,display",
                "a,2026-10-20T08:00:00Z,paid_search",
                "a,2026-10-25T08:00:00Z,video",
                "a,2026-11-01T12:00:00Z,direct",
                // b: two touches at the same instant (ordered by channel), a touch at the conversion's instant
                "b,2026-11-01T09:00:00Z,social",
                "b,2026-11-01T09:00:00Z,email",
                "b,2026-11-01T10:00:00Z,paid_search",
                // c: never converts, last touch inside the interval
                "c,2026-10-30T10:00:00Z,display",
                "c,2026-11-01T10:00:00Z,email",
                // d: never converts, last touch before the interval: another day's journey
                "d,2026-10-31T10:00:00Z,display",
                // e: a touch after its conversion, inside the interval: a non-converting journey of its own
                "e,2026-11-01T01:00:00Z,email",
                "e,2026-11-01T03:00:00Z,display");
        Dataset<Row> conversions = MarketingSpark.text("user_id,ts,value",
                "a,2026-10-21T00:00:00Z,5.0",     // before the interval: resets a's journey, not reported
                "a,2026-11-01T12:00:00Z,40.0",
                "b,2026-11-01T10:00:00Z,10.0",
                "b,2026-11-01T10:00:00Z,7.0",     // same instant: no touches left for it
                "f,2026-11-01T05:00:00Z,3.0",     // no touches at all
                "e,2026-11-01T02:00:00Z,8.0",
                "a,2026-11-02T00:00:00Z,99.0");   // at the interval's end: outside

        Dataset<Row> journeys = new BuildJourneys().apply(
                Map.of("touchpoints", touchpoints, "conversions", conversions), Json.parse(INTERVAL),
                MarketingSpark.context("marketing-journeys")).get("journeys");

        assertThat(rows(journeys)).containsExactlyInAnyOrder(
                "a converted=true value=40.0 [video, direct] ages=[7, 0]",
                "b converted=true value=10.0 [email, social, paid_search] ages=[0, 0, 0]",
                "b converted=true value=7.0 [] ages=[]",
                "c converted=false value=0.0 [display, email] ages=[2, 0]",
                "e converted=true value=8.0 [email] ages=[0]",
                "e converted=false value=0.0 [display] ages=[0]",
                "f converted=true value=3.0 [] ages=[]");
    }

    @Test
    void theLookbackEdgeIsInclusive() throws Exception {
        Dataset<Row> touchpoints = MarketingSpark.text("user_id,ts,channel",
                "a,2026-10-02T12:00:00Z,email",
                "a,2026-10-02T11:59:59Z,display");
        Dataset<Row> conversions = MarketingSpark.text("user_id,ts,value", "a,2026-11-01T12:00:00Z,1.0");

        Dataset<Row> journeys = new BuildJourneys().apply(
                Map.of("touchpoints", touchpoints, "conversions", conversions), Json.parse(INTERVAL),
                MarketingSpark.context("marketing-journeys")).get("journeys");

        assertThat(rows(journeys)).containsExactly("a converted=true value=1.0 [email] ages=[30]");
    }

    static List<String> rows(Dataset<Row> journeys) {
        return journeys.collectAsList().stream().map(row -> row.getAs("user_id") + " converted="
                + row.getAs("converted") + " value=" + row.getAs("value") + " " + row.getList(row.fieldIndex("channels"))
                + " ages=" + row.getList(row.fieldIndex("touch_ages_days"))).toList();
    }
}
