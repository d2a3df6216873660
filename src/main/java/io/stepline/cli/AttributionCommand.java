package io.stepline.cli;

import io.stepline.connector.attribution.Attribution;
import io.stepline.connector.attribution.AttributionException;
import io.stepline.connector.attribution.Credits;
import io.stepline.connector.attribution.PathSummaryReader;
import io.stepline.json.Json;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stepline attribution --model M [--param k=v ...] --paths FILE}: one attribution model over
 * a path summary, credits per channel printed as JSON. The models and their parameters are listed
 * in {@code --help} from their declarations ({@link AttributionHelp}).
 */
@Command(name = "attribution", mixinStandardHelpOptions = true, resourceBundle = "io.stepline.cli.AttributionHelp",
        description = {"Runs one attribution model over a path summary and prints credits per channel as JSON "
                + "(the same models the stepline:attribution:MODEL task runs).",
                "The path summary is ChannelAttribution's CSV (path;total_conversions;total_conversion_value;"
                        + "total_null, channels separated by '>'), fractribution's (path,total_conversions,"
                        + "total_non_conversions, ' > '), or JSON lines ({\"path\": \"A > B\", \"conversions\": 3, "
                        + "\"value\": 12.5, \"nulls\": 7, \"touch_ages_days\": [4, 0]}) for .jsonl/.ndjson/.json files.",
                "Path transforms (parameter path_transform): unique = paths as observed; exposure = consecutive "
                        + "repeats collapsed; first = first occurrence of each channel only; frequency = first "
                        + "occurrence, tagged with the channel's count (credits go to the channel)."})
final class AttributionCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "MODEL", description = "The model (listed below).")
    String model;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "A model parameter; repeat for several (listed below with their defaults).")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--paths", required = true, paramLabel = "FILE", description = "The path summary file.")
    Path paths;

    @Override
    public Integer call() throws Exception {
        if (Attribution.model(model) == null) {
            throw new UserError(Attribution.unknownModel(model));
        }
        String name = paths.getFileName().toString().toLowerCase(Locale.ROOT);
        String format = name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json") ? "jsonl" : "csv";
        try {
            Credits credits = Attribution.run(model, parameters, PathSummaryReader.read(paths, format));
            System.out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(credits.toJson()));
            return 0;
        } catch (AttributionException e) {
            throw new UserError(e.getMessage());
        }
    }
}
