/**
 * Running state machines: executions, frames (one per path), the context object, variables,
 * and the steps that carry out each state type ({@code step}), with data flow ({@code io}),
 * errors ({@code error}), history ({@code history}), time ({@code time}) and tasks ({@code task}).
 */
package io.stepline.runtime;
