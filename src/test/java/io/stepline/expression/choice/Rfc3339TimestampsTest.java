package io.stepline.expression.choice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Rfc3339TimestampsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "2016-03-14T01:59:00Z, 2016-03-14T01:59:00Z",
        "2012-10-09T19:00:55+01:00, 2012-10-09T18:00:55Z",
        "2012-10-09T19:00:55-05:30, 2012-10-10T00:30:55Z",
        "2012-10-09T19:00:55+00:00, 2012-10-09T19:00:55Z",
        "2012-10-09T19:00:55-00:00, 2012-10-09T19:00:55Z",
        // Fractions of any length up to nanoseconds, as $$.State.EnteredTime writes them.
        "2025-02-03T04:05:06.111Z, 2025-02-03T04:05:06.111Z",
        "2025-02-03T04:05:06.1Z, 2025-02-03T04:05:06.100Z",
        "2025-02-03T04:05:06.123456789Z, 2025-02-03T04:05:06.123456789Z",
        "2024-02-29T23:59:59Z, 2024-02-29T23:59:59Z",
        "0001-01-01T00:00:00Z, 0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59+18:00, 9999-12-31T05:59:59Z",
    })
    void acceptsTheAslProfile(String text, String instant) {
        assertThat(Rfc3339Timestamps.parse(text)).isEqualTo(Instant.parse(instant));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "2023-02-24",
        "2012-10-09T19:00:55",            // no zone
        "2012-10-09t19:00:55Z",           // lowercase t
        "2012-10-09T19:00:55z",           // lowercase z
        "2012-10-09 19:00:55Z",           // space separator
        "2023-02-24 12:15:56.832957",
        "2012-10-09T19:00Z",              // no seconds
        "2012-10-09T19:00:55.Z",          // empty fraction
        "2012-10-09T19:00:55.1234567890Z", // beyond nanoseconds
        "2012-10-09T19:00:55+0100",       // offset without colon
        "2012-10-09T19:00:55+01",
        "2012-10-09T19:00:55+01:00:00",
        "2012-10-09T19:00:55+19:00",      // beyond ±18:00
        "2012-10-09T19:00:55+01:60",
        "2012-10-09T19:00:55Z ",          // trailing text
        " 2012-10-09T19:00:55Z",
        "2012-13-09T19:00:55Z",
        "2012-00-09T19:00:55Z",
        "2023-02-29T00:00:00Z",           // not a leap year
        "2012-10-32T19:00:55Z",
        "2012-10-09T24:00:00Z",
        "2012-10-09T23:60:00Z",
        "2016-12-31T23:59:60Z",           // leap second
        "+2012-10-09T19:00:55Z",
        "12-10-09T19:00:55Z",
        "2012-1-09T19:00:55Z",
        "2012-10-09T19:00:55ZZ",
        "HelloWorld",
    })
    void rejectsAnythingElse(String text) {
        assertThat(Rfc3339Timestamps.parse(text)).isNull();
    }
}
