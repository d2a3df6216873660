/** One Camel route step per ASL state type, plus the runners for Parallel branches and Map iterations. */
package io.stepline.runtime.step;
