package io.stepline.validation.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.validation.syntax.PathSyntax.Roots;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathSyntaxTest {
    private final PathSyntax paths = new PathSyntax();

    @ParameterizedTest
    @ValueSource(strings = {"$", "$$", "$.a", "$.a.b[0]", "$['a b'][2]", "$.list[1:3]", "$.list[*].name", "$..id",
            "$.orders[?(@.total > 100)]", "$$.Execution.Input", "$myVar", "$myVar.field[0]", "$.delivery-partner"})
    void acceptsPaths(String path) {
        assertThat(paths.problemWithPath(path, Roots.ALL)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ipsum", "", "$.", "$.a[", "$.a]", "$.a b", "$[(@.length-1)].bar", "$.a[0", "{% $x %}"})
    void rejectsMalformedPaths(String path) {
        assertThat(paths.problemWithPath(path, Roots.ALL)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"$", "$.a", "$.a.b", "$.a[0]", "$['a b']", "$[\"x\"][3].y", "$$.Map.Item.Value", "$var.x"})
    void acceptsReferencePaths(String path) {
        assertThat(paths.problemWithReferencePath(path, Roots.ALL)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"$.a[*]", "$..a", "$.a[?(@.x)]", "$.a[0:2]", "$['a','b']", "$.a[0,1]", "$.a.length()",
            "$.a@b", "$.", "$.a[", "a.b"})
    void rejectsReferencePathsThatSelectManyNodes(String path) {
        assertThat(paths.problemWithReferencePath(path, Roots.ALL)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"$$.Execution", "$foo", "$foo.bar"})
    void fieldsWithoutContextOrVariablesRejectThem(String path) {
        assertThat(paths.problemWithReferencePath(path, Roots.INPUT_ONLY)).isNotNull();
        assertThat(paths.problemWithPath(path, Roots.INPUT_ONLY)).isNotNull();
    }
}
