/**
 * {@code stepline:camel:URI}: any Apache Camel endpoint as a Task. The input is sent as the message
 * body (or {@code {"Body", "Headers"}}), the reply becomes the result, Camel failures become ASL
 * errors ({@code Http.500}, {@code Camel.Timeout}...). See docs/connectors.md.
 */
package io.stepline.connector.camel;
