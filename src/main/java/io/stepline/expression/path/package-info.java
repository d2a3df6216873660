/**
 * JSONPath as ASL uses it: paths over the input, the context object and variables
 * ({@link io.stepline.expression.path.Paths}), and reference paths that say where a result
 * goes ({@link io.stepline.expression.path.ReferencePath}).
 */
package io.stepline.expression.path;
