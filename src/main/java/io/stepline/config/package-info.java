/** Loading {@code stepline.yaml}: where it is looked for, and how it is read. */
package io.stepline.config;
