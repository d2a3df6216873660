package io.stepline.store.jdbc;

import static io.stepline.store.jdbc.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonHashesTest {

    @Test
    void equalJsonValuesHashTheSameHoweverTheyAreWritten() {
        assertThat(hash("{\"a\":1,\"b\":{\"c\":[1,2],\"d\":null}}"))
                .isEqualTo(hash("{ \"b\" : {\"d\":null, \"c\":[1.0, 2e0]}, \"a\" : 1.000 }"));
        assertThat(hash("0.1")).isEqualTo(hash("0.10"));
        assertThat(hash("1000")).isEqualTo(hash("1e3"));
        assertThat(hash("-0")).isEqualTo(hash("0.0"));
    }

    @Test
    void differentJsonValuesHashDifferently() {
        assertThat(hash("[1,2]")).isNotEqualTo(hash("[2,1]"));
        assertThat(hash("{\"a\":1}")).isNotEqualTo(hash("{\"a\":\"1\"}"));
        assertThat(hash("1")).isNotEqualTo(hash("1.5"));
        assertThat(hash("{}")).isNotEqualTo(hash("[]"));
        assertThat(hash("null")).isNotEqualTo(hash("\"null\""));
    }

    @Test
    void javaNullIsJsonNull() {
        assertThat(JsonHashes.canonicalSha256Hex(null)).isEqualTo(hash("null"));
    }

    @Test
    void aTextDigestIsSha256InHex() {
        assertThat(JsonHashes.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    private static String hash(String json) {
        return JsonHashes.canonicalSha256Hex(json(json));
    }
}
