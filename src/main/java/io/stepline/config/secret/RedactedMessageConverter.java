package io.stepline.config.secret;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.pattern.ConverterKeys;
import org.apache.logging.log4j.core.pattern.LogEventPatternConverter;
import org.apache.logging.log4j.core.pattern.PatternConverter;

/**
 * {@code %redactedMessage} in a log4j2 pattern: the message and its exception's stack trace, with
 * every resolved secret masked. Used by {@code log4j2.xml} in place of {@code %msg%throwable}, so
 * a library that logs a connection string or a failing request cannot print a credential.
 */
@Plugin(name = "RedactedMessageConverter", category = PatternConverter.CATEGORY)
@ConverterKeys({"redactedMessage"})
public final class RedactedMessageConverter extends LogEventPatternConverter {

    private RedactedMessageConverter() {
        super("redactedMessage", "message");
    }

    /** Log4j's factory method for pattern converters. */
    public static RedactedMessageConverter newInstance(String[] options) {
        return new RedactedMessageConverter();
    }

    @Override
    public void format(LogEvent event, StringBuilder to) {
        StringBuilder text = new StringBuilder(event.getMessage().getFormattedMessage());
        Throwable thrown = event.getThrown();
        if (thrown != null) {
            StringWriter trace = new StringWriter();
            thrown.printStackTrace(new PrintWriter(trace));
            text.append(System.lineSeparator()).append(trace.toString().stripTrailing());
        }
        to.append(Redactor.redact(text.toString()));
    }
}
