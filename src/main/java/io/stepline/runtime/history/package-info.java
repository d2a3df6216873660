/**
 * Execution history in Step Functions' model: event types, their details, and recorders. The
 * history is the record of what happened; the cause texts quote its event ids.
 */
package io.stepline.runtime.history;
