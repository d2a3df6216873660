/**
 * How data moves through a state: {@link io.stepline.runtime.io.JsonPathFlow} (InputPath,
 * Parameters, ResultSelector, ResultPath, OutputPath) or {@link io.stepline.runtime.io.JsonataFlow}
 * (Arguments, Output), both with Assign. States call the same four steps whichever language they use.
 */
package io.stepline.runtime.io;
