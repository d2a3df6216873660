package io.stepline.cli;

import io.stepline.connector.attribution.Attribution;
import io.stepline.connector.attribution.AttributionModel;
import io.stepline.connector.attribution.Parameter;
import java.util.ListResourceBundle;

/**
 * The footer of {@code stepline attribution --help}: every model and every parameter, written
 * from the models' own declarations so help and code cannot drift apart.
 */
public final class AttributionHelp extends ListResourceBundle {

    @Override
    protected Object[][] getContents() {
        return new Object[][] {{"usage.footerHeading", "%nModels and their parameters (NAME=DEFAULT):%n"},
                {"usage.footer", footer()}};
    }

    private static String footer() {
        StringBuilder text = new StringBuilder();
        for (AttributionModel model : Attribution.models()) {
            text.append("%n").append(escape(model.name())).append(": ").append(escape(model.summary())).append("%n");
            for (Parameter parameter : model.parameters()) {
                text.append("    --param ").append(escape(parameter.usage())).append("%n");
            }
        }
        text.append("%nExample: stepline attribution --model markov --param order=2 --paths Data.csv%n")
                .append("See docs/attribution.md for the conventions each model follows and why.");
        return text.toString();
    }

    /** Help texts are format strings: a literal percent sign is doubled. */
    private static String escape(String text) {
        return text.replace("%", "%%");
    }
}
