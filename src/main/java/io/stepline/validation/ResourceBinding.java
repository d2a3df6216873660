package io.stepline.validation;

/**
 * Tells the validator which Task resources this installation can run. Any URI is valid ASL,
 * so an unbound resource is only a warning (an error in strict mode): the file stays
 * deployable to AWS even when this machine cannot run every task in it.
 */
@FunctionalInterface
public interface ResourceBinding {

    boolean isBound(String resource);

    /** Every resource counts as bound: no UNBOUND_RESOURCE diagnostics at all. */
    static ResourceBinding everything() {
        return resource -> true;
    }

    /** No binding information: every resource is reported as unbound. */
    static ResourceBinding nothing() {
        return resource -> false;
    }
}
