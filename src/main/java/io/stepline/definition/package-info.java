/**
 * The Amazon States Language model: inert, immutable records built from a validated document.
 * No evaluation, no I/O and no Camel types live here; {@code source} reads files and keeps
 * positions, {@link io.stepline.definition.StateMachineBinder} turns a document into the model.
 */
package io.stepline.definition;
