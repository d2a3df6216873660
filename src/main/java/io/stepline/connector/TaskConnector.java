package io.stepline.connector;

/**
 * A family of task resources: Lambda functions bound to local code, Spark transforms, database
 * sinks... Implementations are stateless factories; per-resource state lives in the
 * {@link BoundTask} they return.
 */
public interface TaskConnector {

    /** A short name for diagnostics and docs, e.g. {@code function}. */
    String name();

    /**
     * Binds one resource, once, when a definition is compiled. Returns null when the resource
     * is not this connector's; throws {@link BindingException} when it is, but cannot be bound
     * (a function that is not registered, a connection that is not configured).
     */
    BoundTask bind(TaskResource resource, ConnectorContext context) throws BindingException;
}
