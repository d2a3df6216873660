/**
 * Lambda functions bound to local Java code: {@code arn:aws:lambda:...:function:NAME},
 * {@code arn:aws:states:::lambda:invoke} and {@code stepline:function:NAME}. The same definition
 * deploys to AWS unchanged; here the function name picks a registered {@link io.stepline.connector.function.LocalFunction}.
 */
package io.stepline.connector.function;
