package io.stepline.connector.function;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.BindingException;
import io.stepline.connector.ConnectorContext;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the local function for a name: first what the embedding code registered, then the
 * {@code functions} section of the configuration ({@code NAME: {class: fully.qualified.Name}}).
 */
final class FunctionRegistry {
    private final ConnectorContext context;
    private final Map<String, LocalFunction> instances = new ConcurrentHashMap<>();

    FunctionRegistry(ConnectorContext context) {
        this.context = context;
    }

    /** The function, or null when no function of that name is known. */
    LocalFunction find(String name) throws BindingException {
        LocalFunction registered = context.registered(LocalFunction.class, name);
        if (registered != null) {
            return registered;
        }
        JsonNode declared = context.section("functions").path(name);
        if (declared.isMissingNode()) {
            return null;
        }
        LocalFunction existing = instances.get(name);
        if (existing != null) {
            return existing;
        }
        LocalFunction created = instantiate(name, declared.path("class").asText(""));
        instances.put(name, created);
        return created;
    }

    /** Names of every configured function, for messages that suggest one. */
    Iterator<String> configuredNames() {
        return context.section("functions").fieldNames();
    }

    private static LocalFunction instantiate(String name, String className) throws BindingException {
        if (className.isEmpty()) {
            throw new BindingException("function '" + name + "' in the configuration has no 'class'");
        }
        try {
            Class<?> type = Class.forName(className);
            if (!LocalFunction.class.isAssignableFrom(type)) {
                throw new BindingException("function '" + name + "': class " + className
                        + " does not implement " + LocalFunction.class.getName());
            }
            return (LocalFunction) type.getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new BindingException("function '" + name + "': class " + className
                    + " is not on the class path");
        } catch (ReflectiveOperationException e) {
            throw new BindingException("function '" + name + "': class " + className
                    + " needs a public no-argument constructor");
        }
    }
}
