package io.stepline.validation;

/**
 * Every problem the validator reports. The names are stable: tools, tests and users match on
 * them, so rename never, add freely. Each carries its usual severity and what it means.
 */
public enum DiagnosticCode {
    // The shape of objects: which fields exist, their JSON types and values.
    SCHEMA_MISSING_FIELD("a required field is absent"),
    SCHEMA_UNKNOWN_FIELD("a field that ASL does not define at this place (often a typo)"),
    FIELD_NOT_ALLOWED("an ASL field used on a state type or object that does not take it"),
    SCHEMA_TYPE("a value has the wrong JSON type (string, number, boolean, object, array)"),
    SCHEMA_INVALID_VALUE("a value is not one of those allowed (state Type, QueryLanguage, Mode, ...)"),
    SCHEMA_OUT_OF_RANGE("a number is outside its allowed range (e.g. IntervalSeconds below 1)"),
    SCHEMA_EMPTY_ARRAY("an array that needs at least one element is empty (Choices, Branches, ErrorEquals, And, Or)"),
    SCHEMA_EXCLUSIVE_FIELDS("two fields that exclude each other are both present (e.g. Error and ErrorPath)"),
    TRANSITION_NEXT_AND_END("a state has both Next and End"),
    TRANSITION_MISSING("a non-terminal state has neither Next nor End: true"),
    DUPLICATE_KEY("a key appears twice in one JSON object; parsers silently keep the last value"),
    DUPLICATE_STATE_NAME("a state name is used twice; names are unique across the whole machine, branches included"),
    INVALID_STATE_NAME("a state name is empty or longer than 80 characters"),

    // The graph of states.
    START_AT_NOT_FOUND("StartAt names no state of its States object"),
    MISSING_TRANSITION_TARGET("Next, Default or a Catch Next names no state of the same scope"),
    UNREACHABLE_STATE("no path from StartAt leads to the state"),
    NO_TERMINAL_STATE("no path from StartAt reaches a Succeed, a Fail or an End: true state"),

    // Choice states.
    INVALID_CHOICE_RULE("a Choice rule has the wrong shape (no operator, two operators, Next where not allowed, ...)"),
    CHOICE_OPERAND_TYPE("a comparison operand has the wrong type for its operator (e.g. NumericEquals with a string)"),
    INVALID_TIMESTAMP("a timestamp is not RFC 3339 (e.g. 2016-03-14T01:59:00Z)"),

    // Retry and Catch.
    STATES_ALL_NOT_ALONE("States.ALL shares its ErrorEquals with other error names"),
    STATES_ALL_NOT_LAST("States.ALL appears in a retrier or catcher that is not the last one"),
    UNKNOWN_STATES_ERROR(Severity.WARNING, "an error name starts with the reserved States. prefix but is not a predefined error"),

    // Paths, payload templates and intrinsic functions (JSONPath states).
    INVALID_JSONPATH("a path is not valid JSONPath (or does not start with $)"),
    INVALID_REFERENCE_PATH("a reference path uses more than names and indices (filters, wildcards, ..) or targets what it may not"),
    INVALID_PAYLOAD_TEMPLATE("a \"name.$\" entry of a payload template does not hold a path or an intrinsic function"),
    PAYLOAD_KEY_CONFLICT("a payload template has both \"name\" and \"name.$\""),
    INVALID_INTRINSIC("an intrinsic function call is malformed, unknown, or has the wrong number of arguments"),

    // Query languages.
    INVALID_JSONATA("a {% ... %} expression does not parse as JSONata, or a field that needs one has none"),
    JSONPATH_FIELD_IN_JSONATA_STATE("a JSONPath-only field (InputPath, Parameters, ResultPath, *Path, ...) in a JSONata state"),
    JSONATA_FIELD_IN_JSONPATH_STATE("a JSONata-only field (Arguments, Output, Items, Condition) in a JSONPath state"),
    QUERY_LANGUAGE_CONFLICT("a state sets JSONPath although the state machine's QueryLanguage is JSONata"),

    // Variables.
    INVALID_VARIABLE_NAME(Severity.WARNING, "an Assign key is not a Unicode identifier, so expressions cannot reference it as $name"),
    RESERVED_VARIABLE("an Assign key names the reserved variable $states"),

    // Task states.
    INVALID_RESOURCE("a Task Resource is not a URI"),
    INVALID_STEPLINE_RESOURCE("a stepline: resource does not read stepline:KIND:NAME"),
    UNBOUND_RESOURCE(Severity.WARNING, "a Task resource is valid ASL but nothing on this machine runs it"),
    HEARTBEAT_NOT_BELOW_TIMEOUT("HeartbeatSeconds is not smaller than TimeoutSeconds"),

    // Map states.
    MAP_DISTRIBUTED_ONLY_FIELD("ItemReader, ItemBatcher, ResultWriter or Label on a Map that is not DISTRIBUTED");

    private final Severity defaultSeverity;
    private final String explanation;

    DiagnosticCode(String explanation) {
        this(Severity.ERROR, explanation);
    }

    DiagnosticCode(Severity defaultSeverity, String explanation) {
        this.defaultSeverity = defaultSeverity;
        this.explanation = explanation;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** One line saying what the code means, for docs and {@code stepline validate --explain}. */
    public String explanation() {
        return explanation;
    }
}
