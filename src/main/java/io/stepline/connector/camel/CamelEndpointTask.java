package io.stepline.connector.camel;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.config.secret.SecretException;
import io.stepline.connector.BoundTask;
import io.stepline.connector.TaskFailedException;
import io.stepline.connector.TaskRequest;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.ProducerTemplate;

/**
 * One {@code stepline:camel:URI} Task: each attempt sends the input to the endpoint as a
 * request-reply exchange and turns the reply into the result. Secret references in the URI are
 * resolved per attempt, so a rotated secret is picked up and the written URI is all that is kept.
 */
final class CamelEndpointTask implements BoundTask {
    private final EndpointUri uri;
    private final ProducerTemplate producer;

    CamelEndpointTask(EndpointUri uri, ProducerTemplate producer) {
        this.uri = uri;
        this.producer = producer;
    }

    @Override
    public String resourceType() {
        return "stepline-camel";
    }

    @Override
    public String resourceName() {
        return uri.shown();
    }

    @Override
    public JsonNode invoke(TaskRequest request) throws TaskFailedException, InterruptedException {
        CamelRequest message = CamelRequest.of(request.input());
        String target = target();
        Exchange exchange;
        try {
            exchange = producer.send(target, ExchangePattern.InOut, out -> message.writeTo(out.getMessage()));
        } catch (RuntimeException e) { // the URI, secrets resolved, is not a valid endpoint
            throw CamelErrors.of(e, uri.shown());
        }
        Exception failure = exchange.getException();
        if (failure != null) {
            if (Thread.interrupted() || hasCause(failure, InterruptedException.class)) {
                throw new InterruptedException("stopped while calling " + uri.shown());
            }
            throw CamelErrors.of(failure, uri.shown());
        }
        return CamelReply.of(exchange.getMessage(), message.resultHeaders());
    }

    private String target() throws TaskFailedException {
        if (!uri.hasSecrets()) {
            return uri.written();
        }
        try {
            return uri.resolve();
        } catch (SecretException e) {
            throw new TaskFailedException(CamelErrors.SECRET_UNAVAILABLE, e.getMessage());
        }
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (type.isInstance(e)) {
                return true;
            }
        }
        return false;
    }
}
