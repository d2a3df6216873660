/**
 * JSONata as AWS Step Functions evaluates it (JSONata 2.0.6 semantics), on the dashjoin engine.
 *
 * <p>Public API: {@link io.stepline.expression.jsonata.JsonataExpression} (one {@code {% %}}
 * expression), {@link io.stepline.expression.jsonata.JsonataTemplate} (a field value with
 * expressions anywhere in it), {@link io.stepline.expression.jsonata.JsonataField} (a field that
 * must produce an array, a boolean, an integer in range, ...), and
 * {@link io.stepline.expression.jsonata.JsonataBindings} ({@code $states} and the variables of
 * one state execution). Compiled forms are immutable and thread-safe; bindings belong to one
 * state execution and convert each value at most once, on first use.
 *
 * <p>Where AWS's behaviour comes from. Recorded against AWS (LocalStack snapshots and the
 * project's conformance cases): "returned nothing (undefined)", the Items type message, the
 * Wait Timestamp message, "threw an error during evaluation. T1006: ..." for an unknown function.
 * Measured against AWS by a third party (Floci, an AWS emulator): the "threw an error" form for
 * other codes with jsonata-js 2.0.6 wording, {@code $eval} answering T1006, the semantics of the
 * Step Functions functions listed in {@code StepFunctionsFunctions}, {@code /key} and
 * {@code [i]} in nested field paths, non-finite numbers written as strings, and the
 * {@code $range} memory limit. Guesses, marked in the code: the type message for types other
 * than array, the integer and range messages, the unsupported-result message, and the
 * {@code $hash} and {@code $parse} failure messages.
 */
package io.stepline.expression.jsonata;
