/**
 * Local stand-ins for the three example APIs of {@code connectors/} (ads with OAuth2 and cursors,
 * a CRM with an API key and offsets, currency rates with Link headers), on loopback, able to
 * misbehave on request. Used by the tests, the api-collation demo ({@link FakeApisMain}) and the
 * collect benchmark; the engine never uses them. They live in main code only so the demo can run.
 */
package io.stepline.connector.collect.fake;
