package io.stepline.validation.rules;

import static io.stepline.validation.rules.FieldSpec.of;
import static io.stepline.validation.rules.ValueKind.ANY;
import static io.stepline.validation.rules.ValueKind.ARRAY;
import static io.stepline.validation.rules.ValueKind.BOOLEAN;
import static io.stepline.validation.rules.ValueKind.DYNAMIC_INTEGER;
import static io.stepline.validation.rules.ValueKind.DYNAMIC_NUMBER;
import static io.stepline.validation.rules.ValueKind.ITEMS;
import static io.stepline.validation.rules.ValueKind.NULLABLE_STRING;
import static io.stepline.validation.rules.ValueKind.OBJECT;
import static io.stepline.validation.rules.ValueKind.STRING;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of each of the eight state types, as the AWS developer guide lists them
 * ("Task state", "Pass state", ... and the JSONata/JSONPath variants of each field).
 * Limits: AWS caps second counts at 99999999.
 */
public final class StateSchemas {
    static final double MAX_SECONDS = 99_999_999;

    private static final FieldSpec TYPE = of("Type", STRING);
    private static final FieldSpec COMMENT = of("Comment", STRING);
    private static final FieldSpec QUERY_LANGUAGE = of("QueryLanguage", STRING);
    private static final FieldSpec INPUT_PATH = of("InputPath", NULLABLE_STRING).jsonPathOnly();
    private static final FieldSpec OUTPUT_PATH = of("OutputPath", NULLABLE_STRING).jsonPathOnly();
    private static final FieldSpec OUTPUT = of("Output", ANY).jsonataOnly();
    private static final FieldSpec NEXT = of("Next", STRING);
    private static final FieldSpec END = of("End", BOOLEAN);
    private static final FieldSpec ASSIGN = of("Assign", OBJECT);
    private static final FieldSpec PARAMETERS = of("Parameters", ANY).jsonPathOnly();
    private static final FieldSpec ARGUMENTS = of("Arguments", ANY).jsonataOnly();
    private static final FieldSpec RESULT_PATH = of("ResultPath", NULLABLE_STRING).jsonPathOnly();
    private static final FieldSpec RESULT_SELECTOR = of("ResultSelector", ANY).jsonPathOnly();
    private static final FieldSpec RETRY = of("Retry", ARRAY);
    private static final FieldSpec CATCH = of("Catch", ARRAY);

    private static final Map<String, ObjectSchema> BY_TYPE = new LinkedHashMap<>();

    static {
        Map<String, List<FieldSpec>> fields = new LinkedHashMap<>();
        fields.put("Pass", List.of(INPUT_PATH, OUTPUT_PATH, OUTPUT, NEXT, END, ASSIGN, PARAMETERS,
                of("Result", ANY).jsonPathOnly(), RESULT_PATH));
        fields.put("Task", List.of(INPUT_PATH, OUTPUT_PATH, OUTPUT, NEXT, END, ASSIGN, PARAMETERS, ARGUMENTS,
                RESULT_PATH, RESULT_SELECTOR, RETRY, CATCH,
                of("Resource", STRING),
                of("TimeoutSeconds", DYNAMIC_INTEGER).between(1, MAX_SECONDS),
                of("TimeoutSecondsPath", STRING).jsonPathOnly(),
                of("HeartbeatSeconds", DYNAMIC_INTEGER).between(1, MAX_SECONDS),
                of("HeartbeatSecondsPath", STRING).jsonPathOnly(),
                of("Credentials", OBJECT)));
        fields.put("Choice", List.of(INPUT_PATH, OUTPUT_PATH, OUTPUT, ASSIGN,
                of("Choices", ARRAY), of("Default", STRING)));
        fields.put("Wait", List.of(INPUT_PATH, OUTPUT_PATH, OUTPUT, NEXT, END, ASSIGN,
                of("Seconds", DYNAMIC_INTEGER).between(0, MAX_SECONDS),
                of("SecondsPath", STRING).jsonPathOnly(),
                of("Timestamp", STRING),
                of("TimestampPath", STRING).jsonPathOnly()));
        fields.put("Succeed", List.of(INPUT_PATH, OUTPUT_PATH, OUTPUT));
        fields.put("Fail", List.of(of("Error", STRING), of("ErrorPath", STRING).jsonPathOnly(),
                of("Cause", STRING), of("CausePath", STRING).jsonPathOnly()));
        fields.put("Parallel", List.of(INPUT_PATH, OUTPUT_PATH, OUTPUT, NEXT, END, ASSIGN, PARAMETERS, ARGUMENTS,
                RESULT_PATH, RESULT_SELECTOR, RETRY, CATCH, of("Branches", ARRAY)));
        fields.put("Map", List.of(INPUT_PATH, OUTPUT_PATH, OUTPUT, NEXT, END, ASSIGN, PARAMETERS,
                RESULT_PATH, RESULT_SELECTOR, RETRY, CATCH,
                of("ItemProcessor", OBJECT), of("Iterator", OBJECT),
                of("ItemsPath", NULLABLE_STRING).jsonPathOnly(), of("Items", ITEMS).jsonataOnly(),
                of("ItemSelector", ANY),
                of("MaxConcurrency", DYNAMIC_INTEGER).atLeast(0),
                of("MaxConcurrencyPath", STRING).jsonPathOnly(),
                of("ToleratedFailureCount", DYNAMIC_INTEGER).atLeast(0),
                of("ToleratedFailureCountPath", STRING).jsonPathOnly(),
                of("ToleratedFailurePercentage", DYNAMIC_NUMBER).between(0, 100),
                of("ToleratedFailurePercentagePath", STRING).jsonPathOnly(),
                of("ItemReader", OBJECT), of("ItemBatcher", OBJECT), of("ResultWriter", OBJECT),
                of("Label", STRING)));

        Set<String> allFields = new HashSet<>();
        fields.values().forEach(list -> list.forEach(spec -> allFields.add(spec.name())));
        allFields.addAll(List.of("Type", "Comment", "QueryLanguage"));
        fields.forEach((type, list) -> {
            ObjectSchema.Builder builder = ObjectSchema.of("a " + type + " state")
                    .field(TYPE, COMMENT, QUERY_LANGUAGE)
                    .field(list.toArray(FieldSpec[]::new))
                    .knownElsewhere(allFields);
            exclusions(type, builder);
            BY_TYPE.put(type, builder.build());
        });
    }

    private StateSchemas() {
    }

    private static void exclusions(String type, ObjectSchema.Builder builder) {
        switch (type) {
            case "Task" -> builder.required("Resource")
                    .exclusive("TimeoutSeconds", "TimeoutSecondsPath")
                    .exclusive("HeartbeatSeconds", "HeartbeatSecondsPath");
            case "Choice" -> builder.required("Choices");
            case "Wait" -> builder.exclusive("Seconds", "SecondsPath", "Timestamp", "TimestampPath");
            case "Fail" -> builder.exclusive("Error", "ErrorPath").exclusive("Cause", "CausePath");
            case "Parallel" -> builder.required("Branches");
            case "Map" -> builder.exclusive("ItemProcessor", "Iterator")
                    .exclusive("ItemsPath", "Items")
                    .exclusive("ItemSelector", "Parameters")
                    .exclusive("MaxConcurrency", "MaxConcurrencyPath")
                    .exclusive("ToleratedFailureCount", "ToleratedFailureCountPath")
                    .exclusive("ToleratedFailurePercentage", "ToleratedFailurePercentagePath");
            default -> { }
        }
    }

    /** The schema of a state type, or null when the type is not one of the eight. */
    public static ObjectSchema forType(String type) {
        return BY_TYPE.get(type);
    }

    public static Set<String> types() {
        return BY_TYPE.keySet();
    }
}
