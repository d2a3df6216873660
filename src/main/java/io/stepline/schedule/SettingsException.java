package io.stepline.schedule;

/** A pipeline's settings cannot be used; the message names the file and the field. */
public final class SettingsException extends Exception {
    public SettingsException(String message) {
        super(message, null, false, false);
    }
}
