package io.stepline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.config.ConfigLoader;
import io.stepline.definition.source.AslSyntaxException;
import io.stepline.engine.CheckedDefinition;
import io.stepline.engine.DefinitionException;
import io.stepline.engine.Stepline;
import io.stepline.json.Json;
import io.stepline.runtime.task.TaskBindings;
import io.stepline.validation.Diagnostic;
import io.stepline.validation.ValidationOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stepline validate FILE...}: every problem of every file, with line and column. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks definitions as strictly as AWS's ValidateStateMachineDefinition, and more.",
                "Prints file:line:col: severity CODE message per problem; exit status 1 when there are errors.",
                "A resource that is valid ASL but not bound on this machine is a warning (an error with --strict)."})
final class ValidateCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Definitions (.asl.json, .asl.yaml).")
    List<Path> files;

    @Option(names = "--strict", description = "Treat warnings about unbound resources as errors.")
    boolean strict;

    @Option(names = "--format", description = "text (default) or json.")
    Format format = Format.text;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default config/stepline.yaml).")
    Path config;

    @Override
    public Integer call() throws Exception {
        var configuration = ConfigLoader.load(config);
        boolean errors = false;
        ArrayNode json = Json.NODES.arrayNode();
        for (Path file : files) {
            // Bound per file: files a pipeline ships beside it (a SQL transform) are found there.
            TaskBindings bindings = Stepline.bindings(configuration, Map.of(), file.toAbsolutePath().getParent());
            ValidationOptions options = ValidationOptions.of(bindings::whyUnbound);
            if (strict) {
                options = options.strictly();
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            try {
                CheckedDefinition checked = CheckedDefinition.check(file.toString(), text, options);
                errors |= checked.hasErrors();
                if (format == Format.json) {
                    checked.diagnostics().forEach(d -> json.add(toJson(file, d)));
                } else {
                    checked.lines().forEach(System.out::println);
                }
            } catch (DefinitionException malformed) {
                errors = true;
                if (format == Format.json) {
                    json.add(toJson(file, malformed.syntax()));
                } else {
                    malformed.problems().forEach(System.out::println);
                }
            }
        }
        if (format == Format.json) {
            System.out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json));
        }
        return errors ? Failures.FAILED : 0;
    }

    private static ObjectNode toJson(Path file, AslSyntaxException malformed) {
        return Json.NODES.objectNode()
                .put("file", file.toString())
                .put("line", malformed.position().line())
                .put("column", malformed.position().column())
                .put("severity", "error")
                .put("code", DefinitionException.MALFORMED)
                .put("pointer", "")
                .put("message", malformed.getMessage());
    }

    private static ObjectNode toJson(Path file, Diagnostic d) {
        return Json.NODES.objectNode()
                .put("file", file.toString())
                .put("line", d.line())
                .put("column", d.column())
                .put("severity", d.severity().name().toLowerCase())
                .put("code", d.code().name())
                .put("pointer", d.pointer())
                .put("message", d.message());
    }
}
