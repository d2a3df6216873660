package io.stepline.validation;

/**
 * Tells the validator which Task resources this installation can run. Any AWS URI is valid ASL,
 * so an unbound {@code arn:} resource is only a warning (an error in strict mode): the file stays
 * deployable to AWS even when this machine cannot run every task in it. A {@code stepline:}
 * resource runs nowhere else, so one that names a transform, connection or function that does not
 * exist is an error.
 */
@FunctionalInterface
public interface ResourceBinding {

    /** Why {@code resource} cannot run here (what to configure), or null when it can. */
    String whyUnbound(String resource);

    /** Every resource counts as bound: no UNBOUND_RESOURCE diagnostics at all. */
    static ResourceBinding everything() {
        return resource -> null;
    }

    /** No binding information: every resource is reported as unbound. */
    static ResourceBinding nothing() {
        return resource -> "nothing on this machine is configured to run it";
    }
}
