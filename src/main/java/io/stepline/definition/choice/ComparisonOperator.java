package io.stepline.definition.choice;

import java.util.HashMap;
import java.util.Map;

/** Every JSONPath Choice comparison operator, with the type it compares and how. */
public enum ComparisonOperator {
    STRING_EQUALS("StringEquals", Kind.STRING, Relation.EQ),
    STRING_EQUALS_PATH("StringEqualsPath", Kind.STRING, Relation.EQ),
    STRING_LESS_THAN("StringLessThan", Kind.STRING, Relation.LT),
    STRING_LESS_THAN_PATH("StringLessThanPath", Kind.STRING, Relation.LT),
    STRING_GREATER_THAN("StringGreaterThan", Kind.STRING, Relation.GT),
    STRING_GREATER_THAN_PATH("StringGreaterThanPath", Kind.STRING, Relation.GT),
    STRING_LESS_THAN_EQUALS("StringLessThanEquals", Kind.STRING, Relation.LE),
    STRING_LESS_THAN_EQUALS_PATH("StringLessThanEqualsPath", Kind.STRING, Relation.LE),
    STRING_GREATER_THAN_EQUALS("StringGreaterThanEquals", Kind.STRING, Relation.GE),
    STRING_GREATER_THAN_EQUALS_PATH("StringGreaterThanEqualsPath", Kind.STRING, Relation.GE),
    STRING_MATCHES("StringMatches", Kind.STRING, Relation.MATCHES),
    NUMERIC_EQUALS("NumericEquals", Kind.NUMERIC, Relation.EQ),
    NUMERIC_EQUALS_PATH("NumericEqualsPath", Kind.NUMERIC, Relation.EQ),
    NUMERIC_LESS_THAN("NumericLessThan", Kind.NUMERIC, Relation.LT),
    NUMERIC_LESS_THAN_PATH("NumericLessThanPath", Kind.NUMERIC, Relation.LT),
    NUMERIC_GREATER_THAN("NumericGreaterThan", Kind.NUMERIC, Relation.GT),
    NUMERIC_GREATER_THAN_PATH("NumericGreaterThanPath", Kind.NUMERIC, Relation.GT),
    NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", Kind.NUMERIC, Relation.LE),
    NUMERIC_LESS_THAN_EQUALS_PATH("NumericLessThanEqualsPath", Kind.NUMERIC, Relation.LE),
    NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", Kind.NUMERIC, Relation.GE),
    NUMERIC_GREATER_THAN_EQUALS_PATH("NumericGreaterThanEqualsPath", Kind.NUMERIC, Relation.GE),
    BOOLEAN_EQUALS("BooleanEquals", Kind.BOOLEAN, Relation.EQ),
    BOOLEAN_EQUALS_PATH("BooleanEqualsPath", Kind.BOOLEAN, Relation.EQ),
    TIMESTAMP_EQUALS("TimestampEquals", Kind.TIMESTAMP, Relation.EQ),
    TIMESTAMP_EQUALS_PATH("TimestampEqualsPath", Kind.TIMESTAMP, Relation.EQ),
    TIMESTAMP_LESS_THAN("TimestampLessThan", Kind.TIMESTAMP, Relation.LT),
    TIMESTAMP_LESS_THAN_PATH("TimestampLessThanPath", Kind.TIMESTAMP, Relation.LT),
    TIMESTAMP_GREATER_THAN("TimestampGreaterThan", Kind.TIMESTAMP, Relation.GT),
    TIMESTAMP_GREATER_THAN_PATH("TimestampGreaterThanPath", Kind.TIMESTAMP, Relation.GT),
    TIMESTAMP_LESS_THAN_EQUALS("TimestampLessThanEquals", Kind.TIMESTAMP, Relation.LE),
    TIMESTAMP_LESS_THAN_EQUALS_PATH("TimestampLessThanEqualsPath", Kind.TIMESTAMP, Relation.LE),
    TIMESTAMP_GREATER_THAN_EQUALS("TimestampGreaterThanEquals", Kind.TIMESTAMP, Relation.GE),
    TIMESTAMP_GREATER_THAN_EQUALS_PATH("TimestampGreaterThanEqualsPath", Kind.TIMESTAMP, Relation.GE),
    IS_NULL("IsNull", Kind.TYPE_TEST, Relation.IS),
    IS_PRESENT("IsPresent", Kind.TYPE_TEST, Relation.IS),
    IS_NUMERIC("IsNumeric", Kind.TYPE_TEST, Relation.IS),
    IS_STRING("IsString", Kind.TYPE_TEST, Relation.IS),
    IS_BOOLEAN("IsBoolean", Kind.TYPE_TEST, Relation.IS),
    IS_TIMESTAMP("IsTimestamp", Kind.TYPE_TEST, Relation.IS);

    /** What the operator compares; type tests take a boolean operand. */
    public enum Kind { STRING, NUMERIC, BOOLEAN, TIMESTAMP, TYPE_TEST }

    public enum Relation { EQ, LT, GT, LE, GE, MATCHES, IS }

    private static final Map<String, ComparisonOperator> BY_NAME = new HashMap<>();

    static {
        for (ComparisonOperator operator : values()) {
            BY_NAME.put(operator.aslName, operator);
        }
    }

    private final String aslName;
    private final Kind kind;
    private final Relation relation;

    ComparisonOperator(String aslName, Kind kind, Relation relation) {
        this.aslName = aslName;
        this.kind = kind;
        this.relation = relation;
    }

    public String aslName() {
        return aslName;
    }

    public Kind kind() {
        return kind;
    }

    public Relation relation() {
        return relation;
    }

    /** True for the {@code ...Path} forms, whose operand names a value instead of holding it. */
    public boolean comparesWithPath() {
        return aslName.endsWith("Path");
    }

    /** The operator with this ASL name, or null. */
    public static ComparisonOperator byAslName(String name) {
        return BY_NAME.get(name);
    }
}
