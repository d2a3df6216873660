package io.stepline.config;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;

/**
 * Everything every logger writes while open, formatted by the layout of the shipped log4j2.xml's
 * {@code stderr} appender (the real pattern, with {@code %redactedMessage}). Every logger is turned
 * up to ALL meanwhile: a secret must stay out of logs even when an operator asks for debug output.
 */
final class LogCapture implements AutoCloseable {
    private final LoggerContext context = (LoggerContext) LogManager.getContext(false);
    private final StringWriter text = new StringWriter();
    private final Map<LoggerConfig, Level> levels = new HashMap<>();
    private final Appender appender;

    LogCapture() {
        Configuration configuration = context.getConfiguration();
        Layout<?> shipped = configuration.getAppender("stderr").getLayout();
        appender = WriterAppender.newBuilder().setName("secret-leak-scan").setLayout(shipped).setTarget(text).build();
        appender.start();
        configuration.addAppender(appender);
        configuration.getRootLogger().addAppender(appender, Level.ALL, null);
        for (LoggerConfig logger : configuration.getLoggers().values()) {
            levels.put(logger, logger.getLevel());
            logger.setLevel(Level.ALL);
        }
        context.updateLoggers();
    }

    /** The layout's pattern, to show the capture goes through the shipped one. */
    String pattern() {
        return String.valueOf(appender.getLayout().getContentFormat().get("format"));
    }

    String text() {
        return text.toString();
    }

    @Override
    public void close() {
        Configuration configuration = context.getConfiguration();
        configuration.getRootLogger().removeAppender(appender.getName());
        levels.forEach(LoggerConfig::setLevel);
        context.updateLoggers();
        appender.stop();
    }
}
