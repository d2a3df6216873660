/**
 * Compiles the ASL model into Camel routes: one route step per state, one route per straight
 * chain of states, one {@link io.stepline.runtime.Scope} per graph. This is the only package that
 * builds Camel route models. One small compiler per state type ({@code *Compiler}).
 */
package io.stepline.compile;
