/**
 * Durable (STANDARD) executions: the journal that writes every transition to the
 * {@link io.stepline.store.ExecutionStore} before the next state starts, and the restorer that
 * rebuilds an execution's paths from their checkpoints after a restart or for a redrive.
 */
package io.stepline.runtime.durable;
