package io.stepline.connector.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad parameters are named, with what is wrong and what would be right. */
class ParametersTest {
    private static final PathSummary PATHS = new PathSummary(List.of(
            new PathRow(List.of("A", "B"), 2, 20, 1), new PathRow(List.of("B"), 1, 5, 3)), true);

    @Test
    void anUnknownParameterListsTheModelsParameters() {
        assertThatThrownBy(() -> Attribution.run("markov", Map.of("orders", "2"), PATHS))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("parameter 'orders' of model markov: unknown; the parameters of markov are order, "
                        + "use_nulls, path_transform");
    }

    @Test
    void malformedAndOutOfRangeValuesAreNamed() {
        assertThatThrownBy(() -> Attribution.run("time_decay", Map.of("half_life_days", "a week"), PATHS))
                .hasMessage("parameter 'half_life_days' of model time_decay: 'a week' is not a number");
        assertThatThrownBy(() -> Attribution.run("time_decay", Map.of("half_life_days", "0"), PATHS))
                .hasMessage("parameter 'half_life_days' of model time_decay: 0 must be > 0.0");
        assertThatThrownBy(() -> Attribution.run("markov", Map.of("order", "1.5"), PATHS))
                .hasMessageContaining("'1.5' is not an integer");
        assertThatThrownBy(() -> Attribution.run("linear", Map.of("path_transform", "collapse"), PATHS))
                .hasMessageContaining("'collapse' is not one of unique, exposure, first, frequency");
        assertThatThrownBy(() -> Attribution.run("position_based", Map.of("first", "0.5"), PATHS))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("first + middle + last must be 1");
    }

    @Test
    void resultsCarryTheParametersUsedDefaultsIncluded() throws Exception {
        Credits credits = Attribution.run("position_based", Map.of("two_touch", "split_middle"), PATHS);

        assertThat(credits.toJson().get("parameters").toString()).isEqualTo(
                "{\"first\":0.4,\"middle\":0.2,\"last\":0.4,\"two_touch\":\"split_middle\",\"path_transform\":\"unique\"}");
        assertThat(credits.toJson().at("/credits/A/value").asDouble()).isEqualTo(10.0);
    }

    @Test
    void everyModelDocumentsEveryParameter() {
        assertThat(Attribution.modelNames()).containsExactly("first_touch", "last_touch", "linear", "position_based",
                "time_decay", "participation", "markov", "shapley", "shao_li", "fractribution");
        Attribution.models().forEach(model -> assertThat(model.parameters())
                .allSatisfy(p -> assertThat(p.description()).as(model.name() + " " + p.name()).isNotBlank()));
    }
}
