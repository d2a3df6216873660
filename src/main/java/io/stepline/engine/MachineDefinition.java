package io.stepline.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A state machine's definition as a durable execution starts it: its name, its text, and the
 * file it was read from (null for text given through the API), whose directory holds the files
 * its tasks read (SQL, models) wherever the execution is later resumed.
 */
public record MachineDefinition(String name, String text, Path file) {

    /** Reads {@code file}; the machine is named after it ({@code orders.asl.json} is {@code orders}). */
    public static MachineDefinition read(Path file) throws IOException {
        return read(Stepline.nameOf(file), file);
    }

    /** Reads {@code file} as the definition of machine {@code name}. */
    public static MachineDefinition read(String name, Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        return new MachineDefinition(name, Files.readString(absolute, StandardCharsets.UTF_8), absolute);
    }

    /** A definition given as text, with no directory of its own. */
    public static MachineDefinition text(String name, String text) {
        return new MachineDefinition(name, text, null);
    }
}
