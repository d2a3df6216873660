package io.stepline.connector.function;

import io.stepline.connector.BindingException;
import io.stepline.connector.BoundTask;
import io.stepline.connector.BoundTask.HistoryShape;
import io.stepline.connector.ConnectorContext;
import io.stepline.connector.TaskConnector;
import io.stepline.connector.TaskResource;

/** Binds Lambda resources to {@link LocalFunction}s registered by name. */
public final class FunctionConnector implements TaskConnector {
    static final String LAMBDA_INVOKE = "arn:aws:states:::lambda:invoke";

    @Override
    public String name() {
        return "function";
    }

    @Override
    public BoundTask bind(TaskResource resource, ConnectorContext context) throws BindingException {
        FunctionRegistry registry = new FunctionRegistry(context);
        String base = resource.base();
        if (base.equals(LAMBDA_INVOKE)) {
            return new LambdaInvokeTask(registry);
        }
        if (FunctionRef.isLambdaArn(base)) {
            FunctionRef ref = FunctionRef.parse(base);
            if (ref == null) {
                throw new BindingException("'" + base + "' is not a valid Lambda function ARN");
            }
            return new LambdaFunctionTask(base, require(registry, ref.name(), base), HistoryShape.LAMBDA_FUNCTION);
        }
        String name = resource.steplineName("function");
        if (name != null) {
            return new LambdaFunctionTask(base, require(registry, name, base), HistoryShape.TASK);
        }
        return null;
    }

    private static LocalFunction require(FunctionRegistry registry, String name, String resource)
            throws BindingException {
        LocalFunction function = registry.find(name);
        if (function == null) {
            throw new BindingException("no local function named '" + name + "' is bound for " + resource
                    + ": declare it under 'functions:' in config/stepline.yaml (NAME: {class: ...})"
                    + " or mock it in a test case");
        }
        return function;
    }
}
