/**
 * The 18 intrinsic functions of JSONPath states ({@code States.Format}, {@code States.ArrayRange},
 * ...): {@link io.stepline.expression.intrinsic.IntrinsicParser} compiles a call once into a
 * thread-safe {@link io.stepline.expression.intrinsic.IntrinsicExpression}; evaluating it reads
 * the scope and fails the way AWS does ({@code States.Runtime}, "Invalid arguments in States.X").
 * Where AWS's behaviour differs from its documentation (truncated indexes, lenient Base64,
 * unordered {@code ArrayUnique}), the observed behaviour wins and the code says so.
 */
package io.stepline.expression.intrinsic;
