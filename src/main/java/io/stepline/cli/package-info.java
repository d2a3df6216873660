/**
 * The {@code stepline} command line (picocli). Commands print what a person needs and exit
 * 0 on success; bad input gets a message with file:line:col, never a stack trace.
 */
package io.stepline.cli;
