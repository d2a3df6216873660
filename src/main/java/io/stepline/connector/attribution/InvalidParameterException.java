package io.stepline.connector.attribution;

/** A model parameter is unknown, malformed or out of range; the message names it. */
public final class InvalidParameterException extends AttributionException {
    private final String parameter;

    public InvalidParameterException(String model, String parameter, String problem) {
        super("parameter '" + parameter + "' of model " + model + ": " + problem);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    @Override
    public String errorName() {
        return "Attribution.InvalidParameter";
    }
}
