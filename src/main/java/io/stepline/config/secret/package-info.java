/**
 * Secret references in configuration ({@code ${env:NAME}}, {@code ${file:PATH}}, pluggable
 * schemes), resolved at run time, and the {@link io.stepline.config.secret.Redactor} that keeps
 * every resolved value out of history, logs, errors and the UI.
 */
package io.stepline.config.secret;
