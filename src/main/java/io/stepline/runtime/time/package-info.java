/** Time as an execution sees it (real or virtual), and cancellation of execution paths. */
package io.stepline.runtime.time;
