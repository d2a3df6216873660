package io.stepline.connector.spark;

/** A transform's parameter is missing or wrong; the task fails with {@code Spark.InvalidParameters}. */
public class TransformParameterException extends RuntimeException {
    public TransformParameterException(String message) {
        super(message, null, false, false);
    }
}
