/** Reading JSON and YAML definitions into a tree that remembers where every node came from. */
package io.stepline.definition.source;
