/**
 * Evaluating the JSONPath Choice state's rules: every comparison operator ({@code String*},
 * {@code Numeric*}, {@code Boolean*}, {@code Timestamp*}, their {@code ...Path} forms,
 * {@code StringMatches} and the {@code Is*} type tests) and {@code And}/{@code Or}/{@code Not}.
 *
 * <p>{@link io.stepline.expression.choice.ChoiceRules#compile} turns a rule of the model into a
 * {@link io.stepline.expression.choice.CompiledRule} once: paths are compiled, literal operands
 * are converted (timestamps parsed, wildcard patterns split), so evaluating a rule on every
 * Choice transition does no parsing. Semantics follow what AWS Step Functions does, recorded in
 * {@code src/test/resources/conformance/aws}: a value of the wrong type makes a comparison
 * false, while a {@code Variable} (or {@code ...Path} operand) that selects nothing fails with
 * {@code States.Runtime}, except under {@code IsPresent}.
 *
 * <p>JSONata {@code Condition} rules are not here: the runtime evaluates them.
 */
package io.stepline.expression.choice;
