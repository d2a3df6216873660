package io.stepline.cli;

/** A mistake on the command line or in an input file; printed as is, without a trace. */
final class UserError extends Exception {
    UserError(String message) {
        super(message, null, false, false);
    }
}
