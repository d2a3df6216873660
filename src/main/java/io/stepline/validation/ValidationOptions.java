package io.stepline.validation;

import java.util.Objects;

/**
 * How to validate beyond plain ASL: which Task resources are bound on this machine, and
 * whether an unbound one is an error ({@code strict}) or a warning.
 */
public record ValidationOptions(ResourceBinding resourceBinding, boolean strict) {

    public ValidationOptions {
        Objects.requireNonNull(resourceBinding, "resourceBinding");
    }

    /** ASL rules only: resources are not checked against any binding. */
    public static ValidationOptions aslOnly() {
        return new ValidationOptions(ResourceBinding.everything(), false);
    }

    public static ValidationOptions of(ResourceBinding binding) {
        return new ValidationOptions(binding, false);
    }

    public ValidationOptions strictly() {
        return new ValidationOptions(resourceBinding, true);
    }
}
