/**
 * Small recognisers for the text inside ASL strings: JSONPath and reference paths, intrinsic
 * function calls, JSONata expressions, RFC 3339 timestamps and variable names. Each answers
 * "valid, or why not" as a sentence fragment; none evaluates anything.
 */
package io.stepline.validation.syntax;
