/**
 * The configuration: where {@code stepline.yaml} is looked for and how it is read, environment
 * overrides ({@code STEPLINE__SECTION__KEY}), named connections, and secrets (subpackage
 * {@code secret}).
 */
package io.stepline.config;
