package io.stepline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code stepline}: validate, run and test state machines. */
@Command(name = "stepline", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Runs Amazon States Language state machines as data pipelines, anywhere a JVM runs.",
        subcommands = {ValidateCommand.class, RunCommand.class, TestCommand.class, ExecutionsCommand.class,
                RedriveCommand.class, TaskCommand.class, WorkerCommand.class, AttributionCommand.class,
                ServerCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (tests call this). */
    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler(new Failures());
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
