/**
 * The task SPI: how a Task state's {@code Resource} reaches real work. A connector is found with
 * {@link java.util.ServiceLoader} (listed in {@code META-INF/services/io.stepline.connector.TaskConnector}),
 * binds the resources it understands at compile time, and is invoked per attempt. Connectors depend
 * on this package only, never on the engine's runtime. See docs/connectors.md.
 */
package io.stepline.connector;
