/** JSON plumbing shared by every layer: one mapper, AWS's compact text form. */
package io.stepline.json;
