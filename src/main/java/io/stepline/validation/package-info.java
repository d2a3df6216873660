/**
 * Static validation of ASL definitions, at least as strict as AWS's
 * ValidateStateMachineDefinition. {@link io.stepline.validation.DefinitionValidator} runs every
 * rule over a parsed {@link io.stepline.definition.source.AslDocument} and returns all problems
 * at once as {@link io.stepline.validation.Diagnostic}s (never thrown), each with a stable
 * {@link io.stepline.validation.DiagnosticCode}, a JSON Pointer and a line:column.
 * Rules live in {@code rules}, the small parsers they use (paths, intrinsic functions,
 * JSONata, timestamps) in {@code syntax}.
 */
package io.stepline.validation;
