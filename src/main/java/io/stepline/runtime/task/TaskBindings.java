package io.stepline.runtime.task;

import io.stepline.connector.BindingException;
import io.stepline.connector.BoundTask;
import io.stepline.connector.ConnectorContext;
import io.stepline.connector.TaskConnector;
import io.stepline.connector.TaskResource;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds the connector for a Task resource. Connectors come from {@link ServiceLoader}; an
 * embedding application (or {@code stepline test}, for mocks) may put its own first. The first
 * connector that claims a resource binds it.
 */
public final class TaskBindings {
    private final List<TaskConnector> connectors;
    private final ConnectorContext context;

    public TaskBindings(List<TaskConnector> connectors, ConnectorContext context) {
        this.connectors = List.copyOf(connectors);
        this.context = context;
    }

    /** The discovered connectors, after {@code first}. */
    public static TaskBindings discover(ConnectorContext context, List<TaskConnector> first) {
        List<TaskConnector> all = new ArrayList<>(first);
        ServiceLoader.load(TaskConnector.class).forEach(all::add);
        return new TaskBindings(all, context);
    }

    /** Binds a resource; the message says what to configure when nothing can run it. */
    public BoundTask bind(String resource) throws BindingException {
        TaskResource parsed = TaskResource.parse(resource);
        for (TaskConnector connector : connectors) {
            BoundTask bound = connector.bind(parsed, context);
            if (bound != null) {
                return bound;
            }
        }
        throw new BindingException("no connector on this machine runs '" + resource + "'"
                + (resource.startsWith("arn:aws:") ? " (it stays valid for AWS; bind it locally to run it here)" : ""));
    }

    /** True when the resource can run here; validation warns about those that cannot. */
    public boolean isBound(String resource) {
        try {
            bind(resource);
            return true;
        } catch (BindingException e) {
            return false;
        }
    }

    /** Why a resource cannot run here, or null when it can. */
    public String whyUnbound(String resource) {
        try {
            bind(resource);
            return null;
        } catch (BindingException e) {
            return e.getMessage();
        }
    }
}
