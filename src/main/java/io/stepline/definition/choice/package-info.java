/** Choice rules: JSONPath comparisons, boolean combinators and JSONata conditions. */
package io.stepline.definition.choice;
