package io.stepline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.stepline.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.support.ExpressionAdapter;

/**
 * The floor: plain Camel doing the same shape of work as an ASL definition, with none of the
 * engine's semantics. It reads the definition and builds one route: each Pass state becomes an
 * inline processor handing the Jackson body on (a {@link Marks} Task, one taking a timestamp); a Map
 * state becomes a sequential split of its
 * items over its item processor's states, aggregated into an array in order. One execution is
 * one {@link ProducerTemplate} request on {@code direct:}. Arguments: see {@link Harness.Args}.
 */
public final class CamelFloor {
    /** What a Pass state does here: the body goes on as it is. */
    private static final Processor PASS = exchange -> exchange.getMessage()
            .setBody((JsonNode) exchange.getMessage().getBody());

    private CamelFloor() {
    }

    public static void main(String[] arguments) throws Exception {
        Harness.Args args = Harness.Args.parse(arguments);
        List<JsonNode> definitions = new ArrayList<>();
        List<Marks> marks = new ArrayList<>();
        for (Path file : args.definitions()) {
            definitions.add(Json.parse(Files.readString(file)));
            marks.add(new Marks());
        }
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            camel.disableJMX();
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    errorHandler(noErrorHandler());
                    for (int i = 0; i < definitions.size(); i++) {
                        RouteDefinition route = from("direct:machine" + i);
                        shape(route, definitions.get(i), marks.get(i));
                    }
                }
            });
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            JsonNode input = args.readInput();
            List<Harness.Workload> workloads = new ArrayList<>();
            for (int i = 0; i < definitions.size(); i++) {
                Endpoint machine = camel.getEndpoint("direct:machine" + i);
                workloads.add(() -> (JsonNode) template.requestBody(machine, input));
            }
            Harness.measure("camel", args, workloads, marks);
        }
    }

    /** Appends one step per state of a graph, following Next from StartAt. */
    private static void shape(ProcessorDefinition<?> route, JsonNode graph, Marks marks) {
        JsonNode states = graph.get("States");
        String name = graph.get("StartAt").asText();
        while (name != null) {
            JsonNode state = states.get(name);
            switch (state.get("Type").asText()) {
                case "Pass" -> route.process(PASS);
                case "Task" -> {
                    if (!state.get("Resource").asText().endsWith(":function:" + Marks.FUNCTION)) {
                        throw new IllegalArgumentException("the floor only runs the mark Task");
                    }
                    route.process(exchange -> marks.mark());
                }
                case "Map" -> {
                    String field = state.path("ItemsPath").asText("$").replaceFirst("^\\$\\.?", "");
                    ProcessorDefinition<?> split = route.split(new ExpressionAdapter() {
                        @Override
                        public Object evaluate(Exchange exchange) {
                            return items(exchange, field);
                        }
                    })
                            .aggregationStrategy(new Collect());
                    shape(split, state.has("ItemProcessor") ? state.get("ItemProcessor") : state.get("Iterator"),
                            marks);
                    split.end();
                }
                default -> throw new IllegalArgumentException("the floor only shapes Pass, mark Task and Map states");
            }
            name = state.has("Next") ? state.get("Next").asText() : null;
        }
    }

    private static Object items(Exchange exchange, String field) {
        JsonNode body = (JsonNode) exchange.getMessage().getBody();
        return field.isEmpty() ? body : body.get(field);
    }

    /** Gathers the split's item bodies into one array, in item order (the split is sequential). */
    private static final class Collect implements AggregationStrategy {
        @Override
        public Exchange aggregate(Exchange gathered, Exchange item) {
            JsonNode output = (JsonNode) item.getMessage().getBody();
            if (gathered == null) {
                ArrayNode all = Json.NODES.arrayNode();
                all.add(output);
                item.getMessage().setBody(all);
                return item;
            }
            ((ArrayNode) gathered.getMessage().getBody()).add(output);
            return gathered;
        }
    }
}
