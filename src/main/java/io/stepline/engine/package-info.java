/**
 * The assembly: reads, validates and compiles definitions into one Camel context and runs
 * them. Embedding applications, the CLI, the scheduler and the server all start here.
 */
package io.stepline.engine;
