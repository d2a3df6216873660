package io.stepline.validation.rules;

import static io.stepline.validation.rules.FieldSpec.of;
import static io.stepline.validation.rules.ValueKind.ANY;
import static io.stepline.validation.rules.ValueKind.ARRAY;
import static io.stepline.validation.rules.ValueKind.DYNAMIC_INTEGER;
import static io.stepline.validation.rules.ValueKind.INTEGER;
import static io.stepline.validation.rules.ValueKind.NULLABLE_STRING;
import static io.stepline.validation.rules.ValueKind.NUMBER;
import static io.stepline.validation.rules.ValueKind.OBJECT;
import static io.stepline.validation.rules.ValueKind.STRING;

/** The schemas of ASL objects that are not states: the machine, its sub-machines, retriers, ... */
final class AslSchemas {
    static final ObjectSchema MACHINE = ObjectSchema.of("a state machine")
            .field(of("StartAt", STRING), of("States", OBJECT), of("Comment", STRING), of("Version", STRING),
                    of("TimeoutSeconds", INTEGER).between(1, StateSchemas.MAX_SECONDS),
                    of("QueryLanguage", STRING))
            .required("StartAt", "States")
            .build();

    static final ObjectSchema BRANCH = ObjectSchema.of("a Parallel branch")
            .field(of("StartAt", STRING), of("States", OBJECT), of("Comment", STRING))
            .required("StartAt", "States")
            .build();

    static final ObjectSchema PROCESSOR = ObjectSchema.of("a Map processor")
            .field(of("StartAt", STRING), of("States", OBJECT), of("Comment", STRING),
                    of("ProcessorConfig", OBJECT))
            .required("StartAt", "States")
            .build();

    static final ObjectSchema PROCESSOR_CONFIG = ObjectSchema.of("a ProcessorConfig")
            .field(of("Mode", STRING), of("ExecutionType", STRING))
            .build();

    /** Retry ranges from the AWS guide: MaxDelaySeconds below 31622401 (a year and a day). */
    static final ObjectSchema RETRIER = ObjectSchema.of("a retrier")
            .field(of("ErrorEquals", ARRAY), of("Comment", STRING),
                    of("IntervalSeconds", INTEGER).between(1, StateSchemas.MAX_SECONDS),
                    of("MaxAttempts", INTEGER).between(0, StateSchemas.MAX_SECONDS),
                    of("BackoffRate", NUMBER).atLeast(1.0),
                    of("MaxDelaySeconds", INTEGER).between(1, 31_622_400),
                    of("JitterStrategy", STRING))
            .required("ErrorEquals")
            .build();

    static final ObjectSchema CATCHER = ObjectSchema.of("a catcher")
            .field(of("ErrorEquals", ARRAY), of("Next", STRING), of("Comment", STRING),
                    of("ResultPath", NULLABLE_STRING).jsonPathOnly(), of("Output", ANY).jsonataOnly(),
                    of("Assign", OBJECT))
            .required("ErrorEquals", "Next")
            .build();

    static final ObjectSchema ITEM_READER = ObjectSchema.of("an ItemReader")
            .field(of("Resource", STRING), of("ReaderConfig", OBJECT),
                    of("Parameters", ANY).jsonPathOnly(), of("Arguments", ANY).jsonataOnly())
            .required("Resource")
            .build();

    /** ReaderConfig holds many format options; only the fields with rules are declared. */
    static final ObjectSchema READER_LIMITS = ObjectSchema.of("a ReaderConfig")
            .field(of("MaxItems", DYNAMIC_INTEGER).atLeast(1), of("MaxItemsPath", STRING).jsonPathOnly())
            .exclusive("MaxItems", "MaxItemsPath")
            .open()
            .build();

    static final ObjectSchema ITEM_BATCHER = ObjectSchema.of("an ItemBatcher")
            .field(of("MaxItemsPerBatch", DYNAMIC_INTEGER).atLeast(1),
                    of("MaxItemsPerBatchPath", STRING).jsonPathOnly(),
                    of("MaxInputBytesPerBatch", DYNAMIC_INTEGER).between(1, 262_144),
                    of("MaxInputBytesPerBatchPath", STRING).jsonPathOnly(),
                    of("BatchInput", ANY))
            .exclusive("MaxItemsPerBatch", "MaxItemsPerBatchPath")
            .exclusive("MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath")
            .build();

    static final ObjectSchema RESULT_WRITER = ObjectSchema.of("a ResultWriter")
            .field(of("Resource", STRING), of("WriterConfig", OBJECT),
                    of("Parameters", ANY).jsonPathOnly(), of("Arguments", ANY).jsonataOnly())
            .build();

    private AslSchemas() {
    }
}
