package io.stepline.expression.intrinsic;

import static io.stepline.expression.intrinsic.Intrinsics.assertInvalidArguments;
import static io.stepline.expression.intrinsic.Intrinsics.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Digests as AWS returned them for the same inputs. */
class HashFunctionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            MD5     | 5d41402abc4b2a76b9719d911017c592
            SHA-1   | aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d
            SHA-256 | 2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824
            SHA-384 | 59e1748777448c69de6b800d7a33bbfb9ff1b463e44354c3553bcdb9c666fa90125a3c79f90397bdf5f6a13de828684f
            SHA-512 | 9b71d224bd62f3785d96d46ad3ea3d73319bfbc2890caadae2dff72519673ca72323c3d99ba5c11d7c7acc6e14b8c5da0c4663475c2e5c3adef46f73bcdec043
            """)
    void hashesWithEachAlgorithm(String algorithm, String digest) {
        assertThat(evaluate("States.Hash('hello', '" + algorithm + "')").textValue()).isEqualTo(digest);
    }

    @Test
    void hashesTheUtf8BytesOfAnyString() {
        assertThat(evaluate("States.Hash('', 'SHA-256')").textValue())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(evaluate("States.Hash($.s, 'SHA-256')", "{s: '✓'}").textValue())
                .isEqualTo("1dabba21cdad44541f6b15796f8d22978fc7ea10c46aeceeeeb66c23b3ac7604");
        assertThat(evaluate("States.Hash('🚀', 'SHA-256')").textValue())
                .isEqualTo("ebbc0b2870eb323f2b6cffa5c493ceef81ae7eb36afc73d4e0367301631daec5");
        assertThat(evaluate("States.Hash($.s, $.algo)", "{s: 'Data to encode', algo: 'MD5'}").textValue())
                .isEqualTo("ca405671828a177e26947171bbe1e352");
        assertThat(evaluate("States.Hash(States.Format('{}:{}', $.a, $.b), 'SHA-256')", "{a: 'x', b: 'y'}").textValue())
                .isEqualTo("1274e286686b54fe765ec40735665b4bf789cee2a5b22124c5e0491a88e15271");
    }

    @Test
    void hashesANonStringAsItsJavaTextAsAwsDoes() {
        assertThat(evaluate("States.Hash(123, 'SHA-256')").textValue())
                .isEqualTo(evaluate("States.Hash('123', 'SHA-256')").textValue());
    }

    @Test
    void acceptsUpToTenThousandCharacters() {
        assertThat(evaluate("States.Hash($.s, 'SHA-256')", "{s: '" + "a".repeat(10_000) + "'}").textValue()).hasSize(64);
        assertInvalidArguments("States.Hash($.s, 'SHA-256')", "{s: '" + "a".repeat(10_001) + "'}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"'sha-256'", "'SHA256'", "''", "'MD-5'", "'SHA-257'", "'UNSUPPORTED'", "123", "null"})
    void acceptsOnlyTheFiveAlgorithmNamesExactly(String algorithm) {
        assertInvalidArguments("States.Hash('data', " + algorithm + ")", "{}");
    }
}
