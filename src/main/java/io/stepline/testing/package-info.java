/**
 * Unit-testing state machines without AWS: test cases (definition, input, expected result,
 * Lambda mocks) run on virtual time and compared with what Step Functions would return. The
 * format is the one of the recorded AWS conformance cases; {@code stepline test} reads it.
 */
package io.stepline.testing;
