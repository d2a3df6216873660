package io.stepline.connector.attribution;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one model run gives: credit per channel in conversions (and in conversion value when the
 * paths carry values), the totals they share, the parameters used and what the model reports
 * besides. As JSON:
 * <pre>{@code
 * {"model": "markov", "parameters": {"order": 1, ...},
 *  "total_conversions": 3.0, "total_value": 3.0,
 *  "credits": {"A": {"conversions": 2.0, "value": 2.0, "share": 0.667}, ...},
 *  "removal_effects": {"A": 1.0, "B": 0.5}, "p_conversion": 1.0}
 * }</pre>
 * {@code share} is the channel's conversions over total conversions.
 */
public record Credits(String model, ObjectNode parameters, double totalConversions, double totalValue,
        boolean valued, Map<String, double[]> credits, Map<String, Map<String, Double>> perChannel,
        Map<String, Double> figures) {

    static Credits of(String model, Parameters parameters, PathSummary paths, CreditBook book) {
        Map<String, double[]> copy = new LinkedHashMap<>();
        book.credits().forEach((channel, sums) -> copy.put(channel, sums.clone()));
        return new Credits(model, parameters.toJson(), paths.totalConversions(), paths.totalValue(), paths.valued(),
                copy, Map.copyOf(book.perChannel()), Map.copyOf(book.figures()));
    }

    public List<String> channels() {
        return List.copyOf(credits.keySet());
    }

    public double conversions(String channel) {
        double[] sums = credits.get(channel);
        return sums == null ? 0 : sums[0];
    }

    public double value(String channel) {
        double[] sums = credits.get(channel);
        return sums == null ? 0 : sums[1];
    }

    public double share(String channel) {
        return totalConversions == 0 ? 0 : conversions(channel) / totalConversions;
    }

    public ObjectNode toJson() {
        ObjectNode json = Json.NODES.objectNode();
        json.put("model", model);
        json.set("parameters", parameters);
        json.put("total_conversions", totalConversions);
        if (valued) {
            json.put("total_value", totalValue);
        }
        ObjectNode channels = json.putObject("credits");
        credits.forEach((channel, sums) -> {
            ObjectNode credit = channels.putObject(channel);
            credit.put("conversions", sums[0]);
            if (valued) {
                credit.put("value", sums[1]);
            }
            credit.put("share", share(channel));
        });
        perChannel.forEach((name, values) -> {
            ObjectNode figure = json.putObject(name);
            credits.keySet().forEach(channel -> figure.put(channel, values.getOrDefault(channel, 0.0)));
        });
        figures.forEach(json::put);
        return json;
    }
}
