package io.stepline.connector.collect;

import io.stepline.connector.BindingException;
import io.stepline.connector.BoundTask;
import io.stepline.connector.ConnectorContext;
import io.stepline.connector.TaskConnector;
import io.stepline.connector.TaskResource;
import java.nio.file.Path;

/**
 * {@code stepline:collect:CONNECTOR} and {@code stepline:collect:CONNECTOR.STREAM}: collects a
 * stream of an API declared in {@code connectors/CONNECTOR.yaml}. An unknown connector or stream,
 * or an invalid manifest, fails binding, so {@code stepline validate} reports it at the state.
 */
public final class CollectConnector implements TaskConnector {

    @Override
    public String name() {
        return "collect";
    }

    @Override
    public BoundTask bind(TaskResource resource, ConnectorContext context) throws BindingException {
        String name = resource.steplineName("collect");
        if (name == null) {
            return null;
        }
        int dot = name.indexOf('.');
        String connector = dot < 0 ? name : name.substring(0, dot);
        String stream = dot < 0 ? null : name.substring(dot + 1);
        Manifest manifest = Manifests.find(connector, context);
        if (stream != null && !manifest.streams().containsKey(stream)) {
            throw new BindingException("connector '" + connector + "' (" + manifest.file() + ") has no stream '" + stream
                    + "'; its streams: " + manifest.streams().keySet().stream().sorted().toList());
        }
        SecretValues secrets = new SecretValues(context);
        String unknown = secrets.unknownConnection(String.valueOf(manifest.auth()));
        if (unknown != null) {
            throw new BindingException("connector '" + connector + "' (" + manifest.file() + ") takes a secret from connection '"
                    + unknown + "', which is not in connections: of config/stepline.yaml");
        }
        var settings = context.section("collect");
        Path stateDirectory = Path.of(settings.path("stateDirectory").asText("data/collect/state"));
        Path outputDirectory = Path.of(settings.path("outputDirectory").asText("data/collect/out"));
        return new CollectTask(manifest, stream, secrets, new CollectorState(stateDirectory), outputDirectory,
                context);
    }
}
