/**
 * Marketing attribution models over a path summary: first and last touch, linear, position
 * based, time decay, participation, Markov removal effect, Shapley value, Shao-Li and Google's
 * fractribution. Pure Java; Spark (or anything else) only has to summarise journeys into
 * {@link io.stepline.connector.attribution.PathSummary} rows. The task connector
 * {@code stepline:attribution:MODEL} and the {@code stepline attribution} command run the same
 * models. Which published convention each model follows is documented on each model and in
 * docs/attribution.md.
 */
package io.stepline.connector.attribution;
