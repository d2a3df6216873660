/** Running a bound task for a Task state: history events, time-outs, heartbeats, idempotency keys. */
package io.stepline.runtime.task;
