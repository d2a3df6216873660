package io.stepline.conformance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every execution recorded against real AWS Step Functions (src/test/resources/conformance/aws)
 * must end exactly as it did there: same status, output, error and cause.
 */
class AwsRecordedCasesTest {

    @TestFactory
    Stream<DynamicTest> recordedAgainstAws() throws IOException {
        return ConformanceSuite.tests(Path.of("src/test/resources/conformance/aws/asl-cases.jsonl"));
    }
}
