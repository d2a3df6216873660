package io.stepline.compile;

import io.stepline.runtime.task.TaskBindings;
import org.apache.camel.CamelContext;

/**
 * What every state compiler of one machine shares: the Camel context routes go into, the task bindings, and a unique prefix for route ids.
 */
record CompileContext(String machineId, CamelContext camel, TaskBindings bindings) {
}
