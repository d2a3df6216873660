package io.stepline.connector.scoring;

import io.stepline.connector.BindingException;
import io.stepline.connector.BoundTask;
import io.stepline.connector.ConnectorContext;
import io.stepline.connector.TaskConnector;
import io.stepline.connector.TaskResource;
import io.stepline.connector.spark.SparkSettings;

/** Binds {@code stepline:score:MODEL}; the model is loaded when the first task runs, not here. */
public final class ScoringConnector implements TaskConnector {
    static final String PREFIX = "stepline:score:";

    @Override
    public String name() {
        return "score";
    }

    @Override
    public BoundTask bind(TaskResource resource, ConnectorContext context) throws BindingException {
        String name = resource.steplineName("score");
        if (name == null) {
            return null;
        }
        ModelRef model = Models.find(name, context);
        return new ScoringTask(model, new SparkSettings(context));
    }
}
