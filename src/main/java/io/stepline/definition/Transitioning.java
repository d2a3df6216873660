package io.stepline.definition;

/** States that end with {@code Next} or {@code End}. */
public interface Transitioning {
    Transition transition();
}
