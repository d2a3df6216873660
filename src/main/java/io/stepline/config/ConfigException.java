package io.stepline.config;

/** The configuration file is missing or malformed; the message says which file and where. */
public final class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message, null, false, false);
    }
}
