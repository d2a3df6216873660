/**
 * The validation rules, one class per concern (structure, transitions, Choice rules, error
 * handling, paths, payload templates, JSONata, ...), sharing one walk of the tree
 * ({@link io.stepline.validation.rules.DefinitionIndex}) and one
 * {@link io.stepline.validation.rules.ValidationRun} that collects their diagnostics. Field
 * schemas are declared as data ({@link io.stepline.validation.rules.StateSchemas}).
 */
package io.stepline.validation.rules;
