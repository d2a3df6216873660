package io.stepline.definition;

/** What every state has: its name, comment, effective query language and origin. */
public record StateInfo(String name, String type, String comment, QueryLanguage queryLanguage, Origin origin) {
}
