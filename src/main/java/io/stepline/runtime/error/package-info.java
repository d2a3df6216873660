/** ASL errors at run time: the failure type Retry and Catch see, error-name matching, and policies. */
package io.stepline.runtime.error;
