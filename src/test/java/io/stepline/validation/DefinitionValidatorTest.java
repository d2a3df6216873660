package io.stepline.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The public API's promises: messages, positions, ordering, resource binding, one pass for all. */
class DefinitionValidatorTest {
    private static final String TYPO = """
            {
              "StartAt": "Load",
              "States": {
                "Load": {"Type": "Pass", "Next": "Transfrom"},
                "Transform": {"Type": "Pass", "End": true}
              }
            }
            """;

    @Test
    void namesFieldStateAndLikelyIntent() {
        Diagnostic missing = Validate.json(TYPO).stream()
                .filter(d -> d.code() == DiagnosticCode.MISSING_TRANSITION_TARGET).findFirst().orElseThrow();

        assertThat(missing.message()).isEqualTo("State 'Load' has Next 'Transfrom', which is not a state in this "
                + "scope; did you mean 'Transform'?");
        assertThat(missing.pointer()).isEqualTo("/States/Load/Next");
        assertThat(missing.line()).isEqualTo(4);
        assertThat(missing.column()).isEqualTo(38);
        assertThat(missing.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void reportsEveryProblemSortedByPosition() {
        List<Diagnostic> diagnostics = Validate.json("""
                {"StartAt": "A", "Bogus": 1, "States": {
                  "A": {"Type": "Wait", "Next": "B"},
                  "B": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 0, "End": true},
                  "C": {"Type": "Pass", "Result": 1, "Emd": true}
                }}
                """);

        assertThat(Validate.codes(diagnostics)).containsExactly(DiagnosticCode.SCHEMA_UNKNOWN_FIELD,
                DiagnosticCode.SCHEMA_MISSING_FIELD, DiagnosticCode.SCHEMA_OUT_OF_RANGE,
                DiagnosticCode.UNREACHABLE_STATE, DiagnosticCode.TRANSITION_MISSING,
                DiagnosticCode.SCHEMA_UNKNOWN_FIELD);
        assertThat(diagnostics).isSortedAccordingTo((a, b) -> a.line() != b.line()
                ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column()));
    }

    @Test
    void unboundResourceIsAWarningUnlessStrict() {
        String definition = """
                {"StartAt": "Run", "States": {
                  "Run": {"Type": "Task", "Resource": "stepline:spark:journeys", "Next": "Call"},
                  "Call": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:f", "End": true}
                }}
                """;
        ResourceBinding onlySpark = resource -> resource.startsWith("stepline:spark:") ? null : "not configured";

        List<Diagnostic> lenient = Validate.json(definition, ValidationOptions.of(onlySpark));
        List<Diagnostic> strict = Validate.json(definition, ValidationOptions.of(onlySpark).strictly());
        List<Diagnostic> unchecked = Validate.json(definition, ValidationOptions.aslOnly());

        assertThat(lenient).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.UNBOUND_RESOURCE);
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.pointer()).isEqualTo("/States/Call/Resource");
        });
        assertThat(strict).singleElement().satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR));
        assertThat(DefinitionValidator.hasErrors(lenient)).isFalse();
        assertThat(DefinitionValidator.hasErrors(strict)).isTrue();
        assertThat(unchecked).isEmpty();
    }

    @Test
    void anUnboundSteplineResourceIsAnErrorSayingWhatToConfigure() {
        String definition = """
                {"StartAt": "Load", "States": {"Load": {"Type": "Task", "Resource": "stepline:sink:nowhere", "End": true}}}
                """;

        List<Diagnostic> diagnostics = Validate.json(definition,
                ValidationOptions.of(resource -> "no connection named 'nowhere' in connections:"));

        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.pointer()).isEqualTo("/States/Load/Resource");
            assertThat(d.message()).endsWith("cannot run here: no connection named 'nowhere' in connections:");
        });
    }

    @Test
    void malformedSteplineResourceIsAnErrorWhateverTheBinding() {
        List<Diagnostic> diagnostics = Validate.json("""
                {"StartAt": "Run", "States": {"Run": {"Type": "Task", "Resource": "stepline:spark", "End": true}}}
                """, ValidationOptions.of(ResourceBinding.everything()));

        assertThat(Validate.codes(diagnostics)).containsExactly(DiagnosticCode.INVALID_STEPLINE_RESOURCE);
    }

    @Test
    void pointsAtTheKeyOfAnUnknownFieldAndAtTheObjectOfAMissingOne() {
        List<Diagnostic> diagnostics = Validate.json("""
                {"StartAt": "T",
                 "States": {"T": {"Type": "Task", "Colour": "red", "End": true}}}
                """);

        assertThat(diagnostics).extracting(d -> d.code() + "@" + d.position()).containsExactly(
                "SCHEMA_MISSING_FIELD@2:18", "SCHEMA_UNKNOWN_FIELD@2:35");
    }

    @Test
    void everyCodeExplainsItself() {
        for (DiagnosticCode code : DiagnosticCode.values()) {
            assertThat(code.explanation()).as(code.name()).isNotBlank();
        }
    }
}
