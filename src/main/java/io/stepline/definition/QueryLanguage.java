package io.stepline.definition;

/** The two query languages a state may use; JSONPath is the default. */
public enum QueryLanguage {
    JSONPATH("JSONPath"),
    JSONATA("JSONata");

    private final String aslName;

    QueryLanguage(String aslName) {
        this.aslName = aslName;
    }

    /** The spelling used in definitions. */
    public String aslName() {
        return aslName;
    }

    public static QueryLanguage fromAslName(String name) {
        for (QueryLanguage language : values()) {
            if (language.aslName.equals(name)) {
                return language;
            }
        }
        throw new IllegalArgumentException("unknown QueryLanguage " + name);
    }
}
