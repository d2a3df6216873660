/**
 * The marketing-attribution pipeline's own code (pipelines/marketing-attribution): a seeded sample-data
 * generator (touchpoints and conversions as CSV), the Spark transforms that clean them and cut them
 * into journeys, and the function that runs the generator from a pipeline. The attribution models
 * themselves live in {@code io.stepline.connector.attribution}; this package only feeds them.
 */
package io.stepline.marketing;
