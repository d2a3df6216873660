package io.stepline.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/**
 * Cases written from the AWS developer guide and the ASL specification
 * (src/test/resources/conformance/docs, provenance in its README): one container per category.
 */
class DocumentedCasesTest {

    @TestFactory
    Stream<DynamicContainer> documentedBehaviour() throws IOException {
        Path folder = Path.of("src/test/resources/conformance/docs");
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        return files.stream().map(file -> {
            try {
                return DynamicContainer.dynamicContainer(file.getFileName().toString(), ConformanceSuite.tests(file));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
