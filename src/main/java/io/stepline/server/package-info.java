/**
 * {@code stepline server}: one HTTP server (Vert.x Web) over a running engine. It speaks the
 * Step Functions API (AWS JSON 1.0, {@code X-Amz-Target: AWSStepFunctions.*}) so that AWS's SDKs
 * and CLI work unchanged, serves the web UI and its JSON endpoints, per-state task logs, health,
 * readiness and Prometheus metrics. See docs/server.md.
 */
package io.stepline.server;
