package io.stepline.compile;

import io.stepline.runtime.task.TaskBindings;
import java.util.concurrent.ExecutorService;
import org.apache.camel.CamelContext;

/**
 * What every state compiler of one machine shares: the Camel context routes go into, the pool
 * branches and iterations run on, the task bindings, and a unique prefix for route ids.
 */
record CompileContext(String machineId, CamelContext camel, ExecutorService executor, TaskBindings bindings) {
}
