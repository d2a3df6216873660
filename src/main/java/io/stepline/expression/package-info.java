/**
 * Evaluating what a definition writes as text: JSONPath and reference paths, payload
 * templates, intrinsic functions, JSONata, and Choice rules. Pure functions over JSON values;
 * no Camel, no I/O.
 */
package io.stepline.expression;
