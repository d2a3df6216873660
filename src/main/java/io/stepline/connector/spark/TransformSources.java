package io.stepline.connector.spark;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.BindingException;
import io.stepline.connector.ConnectorContext;
import io.stepline.connector.spark.builtin.BuiltinTransforms;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the transform a name means, in this order: {@code transforms: NAME: {class: ...}} in the
 * configuration; a built-in ({@code dedupe}, {@code join}...); a SQL file beside the pipeline
 * ({@code NAME.sql}, or {@code NAME} itself when it ends in {@code .sql}, relative to the
 * definition's directory). Classes are checked without being initialised, so Spark stays unloaded.
 */
final class TransformSources {
    static final String SECTION = "transforms";

    private TransformSources() {
    }

    static TransformSource find(String name, ConnectorContext context) throws BindingException {
        if (name.isBlank()) {
            throw new BindingException("'" + SparkConnector.PREFIX + "' needs a transform name");
        }
        JsonNode declared = context.section(SECTION).path(name);
        if (!declared.isMissingNode()) {
            return declaredClass(name, declared.path("class").asText(""));
        }
        String builtin = BuiltinTransforms.className(name);
        if (builtin != null) {
            return new TransformSource.JavaClass(name, builtin);
        }
        Path sql = context.definitionDirectory().resolve(name.endsWith(".sql") ? name : name + ".sql").normalize();
        if (Files.isRegularFile(sql)) {
            return new TransformSource.SqlFile(name, sql);
        }
        throw new BindingException("no Spark transform named '" + name + "': looked under '" + SECTION + ":' in"
                + " config/stepline.yaml (NAME: {class: ...}), among the built-ins " + BuiltinTransforms.names()
                + " and for the SQL file " + sql);
    }

    private static TransformSource declaredClass(String name, String className) throws BindingException {
        String where = SECTION + "." + name;
        if (className.isEmpty()) {
            throw new BindingException(where + " in the configuration has no 'class'");
        }
        try {
            Class<?> type = Class.forName(className, false, TransformSources.class.getClassLoader());
            if (!SparkTransform.class.isAssignableFrom(type)) {
                throw new BindingException(where + ": class " + className + " does not implement "
                        + SparkTransform.class.getName());
            }
            type.getConstructor();
        } catch (ClassNotFoundException e) {
            throw new BindingException(where + ": class " + className + " is not on the class path");
        } catch (NoSuchMethodException e) {
            throw new BindingException(where + ": class " + className + " needs a public no-argument constructor");
        }
        return new TransformSource.JavaClass(name, className);
    }
}
