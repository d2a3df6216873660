package io.stepline.connector.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model, with its main variants, over ChannelAttribution's example data (10,000 paths,
 * 12 channels): credits are finite, non-negative and, for models that share out conversions,
 * add up to the total. No timing is asserted; the data is the size a real summary starts at.
 */
class ModelsOnChannelAttributionDataTest {
    private static PathSummary data;

    @BeforeAll
    static void read() throws AttributionException {
        data = PathSummaryReader.readCsv(OracleCase.RESOURCES.resolve("ChannelAttribution-Data.csv"));
    }

    static Stream<Arguments> sharingModels() {
        return Stream.of(
                Arguments.of("first_touch", Map.of()),
                Arguments.of("last_touch", Map.of()),
                Arguments.of("linear", Map.of()),
                Arguments.of("linear", Map.of("repeat_handling", "per_channel")),
                Arguments.of("position_based", Map.of()),
                Arguments.of("position_based", Map.of("first", "0.2", "middle", "0.2", "last", "0.6",
                        "two_touch", "split_middle", "path_transform", "exposure")),
                Arguments.of("time_decay", Map.of("kind", "linear_rank")),
                Arguments.of("time_decay", Map.of("kind", "position", "decay_rate", "0.7")),
                Arguments.of("markov", Map.of()),
                Arguments.of("markov", Map.of("use_nulls", "false")),
                Arguments.of("markov", Map.of("order", "2")),
                Arguments.of("markov", Map.of("order", "3", "path_transform", "unique")),
                Arguments.of("shapley", Map.of()),
                Arguments.of("shapley", Map.of("worth", "conversion_rate")),
                Arguments.of("shao_li", Map.of("normalize", "true")),
                Arguments.of("fractribution", Map.of()),
                Arguments.of("fractribution", Map.of("path_transform", "unique")),
                Arguments.of("fractribution", Map.of("path_transform", "first")),
                Arguments.of("fractribution", Map.of("path_transform", "frequency")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("sharingModels")
    void creditsShareOutTheConversionsAndTheirValue(String model, Map<String, String> parameters) throws Exception {
        Credits credits = Attribution.run(model, parameters, data);

        assertThat(credits.channels()).hasSize(12);
        double conversions = 0;
        double value = 0;
        for (String channel : credits.channels()) {
            assertThat(credits.conversions(channel)).as(channel).isFinite();
            if (!parameters.containsValue("conversion_rate")) { // that worth is not monotone
                assertThat(credits.conversions(channel)).as(channel).isGreaterThanOrEqualTo(0);
            }
            conversions += credits.conversions(channel);
            value += credits.value(channel);
        }
        assertThat(conversions).isCloseTo(19785, within(1e-6));
        assertThat(value).isCloseTo(data.totalValue(), within(1e-6));
    }

    @Test
    void participationAndShaoLiAsPublishedDoNotAddUpToTheTotal() throws Exception {
        Credits participation = Attribution.run("participation", Map.of(), data);
        Credits shaoLi = Attribution.run("shao_li", Map.of(), data);

        double participated = participation.channels().stream().mapToDouble(participation::conversions).sum();
        assertThat(participated).isGreaterThan(19785);
        assertThat(shaoLi.channels()).allSatisfy(c -> assertThat(shaoLi.conversions(c)).isFinite());
    }

    @Test
    void timeDecayByHalfLifeNeedsTouchAges() {
        assertThatThrownBy(() -> Attribution.run("time_decay", Map.of(), data))
                .isInstanceOf(InvalidPathsException.class)
                .hasMessageContaining("ChannelAttribution-Data.csv:2").hasMessageContaining("touch_ages_days");
    }

    @Test
    void higherOrderChainsSolvedIterativelyAgreeWithTheDenseSolution() {
        AbsorbingChain chain = MarkovModel.chainOf(data.transformed(PathTransform.EXPOSURE), 2).build();
        boolean[] none = new boolean[chain.size()];

        assertThat(chain.size()).isGreaterThan(AbsorbingChain.DENSE_LIMIT / 4);
        assertThat(chain.conversionFromStart(chain.solveIteratively(none)))
                .isCloseTo(chain.conversionFromStart(chain.solveDense(none)), within(1e-12));
    }

    @Test
    void markovWithoutNullsConvertsEveryWalk() throws Exception {
        Credits credits = Attribution.run("markov", Map.of("use_nulls", "false"), data);

        assertThat(credits.figures().get("p_conversion")).isCloseTo(1.0, within(1e-12));
    }
}
