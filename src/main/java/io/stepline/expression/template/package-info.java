/** JSONPath payload templates: Parameters, ResultSelector, ItemSelector and Assign with {@code .$} keys. */
package io.stepline.expression.template;
