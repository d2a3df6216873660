package io.stepline.store.jdbc;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Runs a test once on H2 and once on PostgreSQL, with a {@link TestStore} argument. The stores
 * belong to the test class (see {@link BothDatabases}): JUnit must not close them after each test.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}", autoCloseArguments = false)
@ArgumentsSource(BothDatabases.class)
@interface OnBothDatabases {
}
