package io.stepline.connector.camel;

import io.stepline.config.secret.Secrets;
import io.stepline.connector.BindingException;
import io.stepline.connector.BoundTask;
import io.stepline.connector.ConnectorContext;
import io.stepline.connector.TaskConnector;
import io.stepline.connector.TaskResource;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;

/**
 * Binds {@code stepline:camel:URI} resources to endpoints of the engine's Camel context. A URI
 * without secret references is resolved here, so a bad option is a binding error; one with
 * references is resolved when the task runs (its component is checked here all the same).
 */
public final class CamelConnector implements TaskConnector {
    /** Where the one producer of a Camel context is kept: it caches producers per endpoint. */
    private static final String PRODUCER = "stepline.camel.producer";

    @Override
    public String name() {
        return "camel";
    }

    @Override
    public BoundTask bind(TaskResource resource, ConnectorContext context) throws BindingException {
        EndpointUri uri = EndpointUri.of(resource.base(), Secrets.standard());
        if (uri == null) {
            return null;
        }
        if (resource.pattern() != TaskResource.IntegrationPattern.REQUEST_RESPONSE) {
            throw new BindingException("'" + resource.text() + "': a Camel endpoint Task is request-reply only "
                    + "(drop .sync / .waitForTaskToken)");
        }
        CamelContext camel = context.registered(CamelContext.class, ConnectorContext.CAMEL_CONTEXT);
        Components.require(camel, uri);
        if (camel == null) {
            return new CamelEndpointTask(uri, null); // validation only: never invoked
        }
        if (!uri.hasSecrets()) {
            try {
                camel.getEndpoint(uri.written());
            } catch (RuntimeException e) {
                throw new BindingException(CamelErrors.of(e, EndpointUri.PREFIX + uri.shown()).cause());
            }
        }
        return new CamelEndpointTask(uri, producerOf(camel));
    }

    private static ProducerTemplate producerOf(CamelContext camel) {
        synchronized (camel) {
            ProducerTemplate producer = camel.getRegistry().lookupByNameAndType(PRODUCER, ProducerTemplate.class);
            if (producer == null) {
                producer = camel.createProducerTemplate();
                camel.getRegistry().bind(PRODUCER, ProducerTemplate.class, producer);
            }
            return producer;
        }
    }
}
