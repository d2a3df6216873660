package io.stepline.cli;

import static io.stepline.cli.CliRun.CONFIG;
import static io.stepline.cli.CliRun.FIXTURES;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input gets a clear message on stderr and a non-zero exit, never a Java stack trace. */
@Timeout(60)
class BadInputTest {

    static Stream<Arguments> badInvocations() {
        return Stream.of(
                Arguments.of("malformed JSON definition",
                        new String[] {"run", "--config", CONFIG, FIXTURES + "malformed.asl.json"},
                        FIXTURES + "malformed.asl.json:5:3: "),
                Arguments.of("malformed YAML definition",
                        new String[] {"run", "--config", CONFIG, FIXTURES + "malformed.asl.yaml"},
                        "expected ',' or '}'"),
                Arguments.of("invalid definition",
                        new String[] {"run", "--config", CONFIG, FIXTURES + "invalid.asl.json"},
                        FIXTURES + "invalid.asl.json:4:35: error MISSING_TRANSITION_TARGET"),
                Arguments.of("invalid input JSON",
                        new String[] {"run", "--config", CONFIG, FIXTURES + "hello.asl.json", "--input", "{bad"},
                        "--input:1:2: the input is not valid JSON"),
                Arguments.of("invalid input file",
                        new String[] {"run", "--config", CONFIG, FIXTURES + "hello.asl.json",
                            "--input-file", FIXTURES + "bad-input.json"},
                        FIXTURES + "bad-input.json:1:9: the input is not valid JSON"),
                Arguments.of("both --input and --input-file",
                        new String[] {"run", "--config", CONFIG, FIXTURES + "hello.asl.json", "--input", "{}",
                            "--input-file", FIXTURES + "input.json"},
                        "give either --input or --input-file"),
                Arguments.of("unknown resource",
                        new String[] {"run", "--config", CONFIG, FIXTURES + "unbound.asl.json"},
                        "no local function named 'nobody'"),
                Arguments.of("missing definition file",
                        new String[] {"run", "--config", CONFIG, FIXTURES + "nowhere.asl.json"},
                        FIXTURES + "nowhere.asl.json: no such file"),
                Arguments.of("missing file to validate",
                        new String[] {"validate", "--config", CONFIG, FIXTURES + "nowhere.asl.json"},
                        FIXTURES + "nowhere.asl.json: no such file"),
                Arguments.of("missing input file",
                        new String[] {"run", "--config", CONFIG, FIXTURES + "hello.asl.json",
                            "--input-file", FIXTURES + "nowhere.json"},
                        FIXTURES + "nowhere.json: no such file"),
                Arguments.of("missing config",
                        new String[] {"run", "--config", FIXTURES + "nowhere.yaml", FIXTURES + "hello.asl.json"},
                        FIXTURES + "nowhere.yaml: no such configuration file"),
                Arguments.of("malformed config",
                        new String[] {"run", "--config", FIXTURES + "malformed-config.yaml", FIXTURES + "hello.asl.json"},
                        "expected ',' or ']'"),
                Arguments.of("missing test cases file",
                        new String[] {"test", "--config", CONFIG, FIXTURES + "cases/nowhere.jsonl"},
                        FIXTURES + "cases/nowhere.jsonl: no such file"),
                Arguments.of("a test case line that is not JSON",
                        new String[] {"test", "--config", CONFIG, FIXTURES + "cases/broken-line.jsonl"},
                        FIXTURES + "cases/broken-line.jsonl:2: not a JSON test case"),
                Arguments.of("unknown option",
                        new String[] {"run", "--bogus", FIXTURES + "hello.asl.json"},
                        "Unknown option: '--bogus'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInvocations")
    void saysWhatIsWrongWithoutAStackTrace(String what, String[] args, String message) {
        CliRun run = CliRun.of(args);

        assertThat(run.exit()).as(run.toString()).isNotZero();
        assertThat(run.err()).as(run.toString()).contains(message);
        run.assertNoJavaInternals();
    }
}
