package io.stepline.connector.attribution;

import io.stepline.connector.BindingException;
import io.stepline.connector.BoundTask;
import io.stepline.connector.ConnectorContext;
import io.stepline.connector.TaskConnector;
import io.stepline.connector.TaskResource;

/**
 * Binds {@code stepline:attribution:MODEL} (MODEL as in {@link Attribution#modelNames()}) to a
 * task that runs that model over the path summary in its input. An unknown model is a binding
 * error listing the models, so validation points at the state.
 */
public final class AttributionConnector implements TaskConnector {
    static final String PREFIX = "stepline:attribution:";

    @Override
    public String name() {
        return "attribution";
    }

    @Override
    public BoundTask bind(TaskResource resource, ConnectorContext context) throws BindingException {
        String model = resource.steplineName("attribution");
        if (model == null) {
            return null;
        }
        if (Attribution.model(model) == null) {
            throw new BindingException(Attribution.unknownModel(model) + " (resource " + resource.text()
                    + ": use " + PREFIX + "MODEL)");
        }
        return new AttributionTask(model);
    }
}
