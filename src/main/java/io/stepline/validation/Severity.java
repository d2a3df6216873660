package io.stepline.validation;

/** ERROR: AWS would reject the definition (or Stepline cannot run it). WARNING: it deploys, but look. */
public enum Severity {
    ERROR,
    WARNING
}
