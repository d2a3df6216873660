package io.stepline.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.config.secret.Redactor;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.DefaultConfiguration;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.apache.logging.log4j.message.SimpleMessage;
import org.junit.jupiter.api.Test;

/** The pattern the shipped log4j2.xml uses masks secrets in messages and in stack traces. */
class RedactedLogTest {

    @Test
    void messagesAndStackTracesLoseTheirSecrets() {
        Redactor.register("log-secret-58e0");
        PatternLayout layout = PatternLayout.newBuilder().withConfiguration(new DefaultConfiguration())
                .withPattern("%redactedMessage").withAlwaysWriteExceptions(false).build();
        var event = Log4jLogEvent.newBuilder().setLevel(Level.ERROR).setLoggerName("test")
                .setMessage(new SimpleMessage("connecting to jdbc:x?password=log-secret-58e0"))
                .setThrown(new IllegalStateException("login log-secret-58e0 refused")).build();

        String line = layout.toSerializable(event);

        assertThat(line).contains("password=****", "IllegalStateException: login **** refused")
                .doesNotContain("log-secret-58e0");
    }
}
