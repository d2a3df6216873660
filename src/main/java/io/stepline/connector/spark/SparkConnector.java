package io.stepline.connector.spark;

import io.stepline.connector.BindingException;
import io.stepline.connector.BoundTask;
import io.stepline.connector.ConnectorContext;
import io.stepline.connector.TaskConnector;
import io.stepline.connector.TaskResource;

/**
 * Binds {@code stepline:spark:NAME} to a transform. Binding only finds the transform (a class
 * name or a file); Spark itself starts when the first such task runs.
 */
public final class SparkConnector implements TaskConnector {
    static final String PREFIX = "stepline:spark:";

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public BoundTask bind(TaskResource resource, ConnectorContext context) throws BindingException {
        String name = resource.steplineName("spark");
        if (name == null) {
            return null;
        }
        TransformSource source = TransformSources.find(name, context);
        return new SparkTransformTask(resource.base(), source, new SparkSettings(context));
    }
}
