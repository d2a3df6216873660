package io.stepline.cli;

import io.stepline.config.ConfigException;
import io.stepline.config.secret.Redactor;
import io.stepline.engine.DefinitionException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what a command throws into a message and an exit code: user errors (a bad file, a bad
 * definition, a missing config) print what and where; only engine bugs print a stack trace.
 */
final class Failures implements IExecutionExceptionHandler {
    static final int USAGE = 2;
    static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        var err = commandLine.getErr();
        if (e instanceof DefinitionException definition) {
            definition.problems().forEach(problem -> err.println(Redactor.redact(problem)));
            return FAILED;
        }
        if (e instanceof ConfigException || e instanceof UserError
                || e instanceof io.stepline.engine.ExecutionNotFoundException
                || e instanceof io.stepline.engine.ExecutionAlreadyExistsException
                || e instanceof io.stepline.engine.TaskTokenException
                || e instanceof io.stepline.store.StoreUnavailableException) {
            err.println("stepline: " + Redactor.redact(e.getMessage()));
            return FAILED;
        }
        if (e instanceof NoSuchFileException missing) {
            err.println("stepline: " + missing.getFile() + ": no such file");
            return FAILED;
        }
        if (e instanceof IOException io) {
            err.println("stepline: " + Redactor.redact(io.getMessage()));
            return FAILED;
        }
        // Even a bug's report must not carry a secret a driver put into its message.
        var trace = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(trace));
        err.println("stepline: internal error (please report it): " + Redactor.redact(String.valueOf(e)));
        err.print(Redactor.redact(trace.toString()));
        return FAILED;
    }
}
