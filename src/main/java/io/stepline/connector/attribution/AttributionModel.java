package io.stepline.connector.attribution;

import java.util.List;

/** One attribution model: its name (as in oracle.json), its declared parameters, its credits. */
public interface AttributionModel {

    /** The model's name: {@code markov}, {@code position_based}... */
    String name();

    /** One paragraph for help texts: what it does and which convention it follows. */
    String summary();

    List<Parameter> parameters();

    /** Credits per channel over a path summary; parameters are already validated. */
    CreditBook attribute(PathSummary paths, Parameters parameters) throws AttributionException;
}
