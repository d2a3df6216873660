package io.stepline.cli;

import io.stepline.config.ConfigLoader;
import io.stepline.config.ConfigException;
import io.stepline.engine.DurableExecutions;
import io.stepline.engine.Stepline;
import java.nio.file.Path;

/** An engine and its durable executions for one command, closed when the command is done. */
record DurableSession(Stepline engine, DurableExecutions durable) implements AutoCloseable {

    static DurableSession open(Path config) throws ConfigException {
        Stepline engine = Stepline.start(ConfigLoader.load(config));
        return new DurableSession(engine, engine.durable());
    }

    static DurableSession openAs(Path config, String owner) throws ConfigException {
        Stepline engine = Stepline.start(ConfigLoader.load(config));
        return new DurableSession(engine, engine.durable(owner));
    }

    @Override
    public void close() {
        engine.close();
    }
}
