package io.stepline.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.definition.QueryLanguage;
import io.stepline.definition.source.SourceMap;
import io.stepline.json.Json;
import io.stepline.validation.DiagnosticCode;
import io.stepline.validation.syntax.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields an ASL object may have, declared once (per state type, for retriers, catchers,
 * ItemBatcher, ...), and the generic checks that follow from the declaration: unknown or
 * misplaced fields, fields of the other query language, JSON types, number ranges, required
 * fields and fields that exclude each other.
 */
public final class ObjectSchema {
    private final String noun;
    private final Map<String, FieldSpec> fields;
    private final List<String> required;
    private final List<List<String>> exclusive;
    private final Set<String> knownElsewhere;
    private final boolean open;

    private ObjectSchema(String noun, Map<String, FieldSpec> fields, List<String> required,
                         List<List<String>> exclusive, Set<String> knownElsewhere, boolean open) {
        this.noun = noun;
        this.fields = fields;
        this.required = required;
        this.exclusive = exclusive;
        this.knownElsewhere = knownElsewhere;
        this.open = open;
    }

    /** Starts a schema for objects messages call {@code noun} ("a Task state", "a retrier"). */
    public static Builder of(String noun) {
        return new Builder(noun);
    }

    public Set<String> fieldNames() {
        return fields.keySet();
    }

    /**
     * Checks {@code object} (already known to be an object) at {@code pointer}; {@code owner}
     * names it in messages ("State 'Load'", "Retrier 2 of state 'Load'").
     */
    public void check(ValidationRun run, String pointer, JsonNode object, QueryLanguage language, String owner) {
        boolean jsonata = language == QueryLanguage.JSONATA;
        List<String> usable = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            String name = entry.getKey();
            String fieldPointer = SourceMap.child(pointer, name);
            FieldSpec spec = fields.get(name);
            if (spec == null) {
                if (!open) {
                    unknown(run, fieldPointer, name, owner);
                }
            } else if (!spec.allowedIn(language)) {
                wrongLanguage(run, fieldPointer, name, language, owner);
            } else {
                usable.add(name);
                checkValue(run, fieldPointer, spec, entry.getValue(), jsonata, owner);
            }
        }
        for (String field : required) {
            if (!object.has(field)) {
                run.report(DiagnosticCode.SCHEMA_MISSING_FIELD, pointer,
                        owner + " has no " + field + ", which " + noun + " requires");
            }
        }
        for (List<String> group : exclusive) {
            List<String> present = group.stream().filter(usable::contains).toList();
            if (present.size() > 1) {
                run.reportAtKey(DiagnosticCode.SCHEMA_EXCLUSIVE_FIELDS, SourceMap.child(pointer, present.get(1)),
                        owner + " has both " + String.join(" and ", present) + "; use only one of them");
            }
        }
    }

    private void unknown(ValidationRun run, String fieldPointer, String name, String owner) {
        if (knownElsewhere.contains(name)) {
            run.reportAtKey(DiagnosticCode.FIELD_NOT_ALLOWED, fieldPointer,
                    owner + " has field '" + name + "', which " + noun + " does not take");
        } else {
            run.reportAtKey(DiagnosticCode.SCHEMA_UNKNOWN_FIELD, fieldPointer,
                    owner + " has field '" + name + "', which " + noun + " does not have"
                            + Suggestions.didYouMean(name, fields.keySet()));
        }
    }

    private static void wrongLanguage(ValidationRun run, String fieldPointer, String name, QueryLanguage language,
                                      String owner) {
        if (language == QueryLanguage.JSONATA) {
            run.reportAtKey(DiagnosticCode.JSONPATH_FIELD_IN_JSONATA_STATE, fieldPointer,
                    owner + " uses JSONata, where " + name + " does not exist; " + LanguageHints.forJsonata(name, run));
        } else {
            run.reportAtKey(DiagnosticCode.JSONATA_FIELD_IN_JSONPATH_STATE, fieldPointer,
                    owner + " uses JSONPath, where " + name + " does not exist; " + LanguageHints.forJsonPath(name));
        }
    }

    private static void checkValue(ValidationRun run, String fieldPointer, FieldSpec spec, JsonNode value,
                                   boolean jsonata, String owner) {
        if (!spec.kind().accepts(value, jsonata)) {
            run.report(DiagnosticCode.SCHEMA_TYPE, fieldPointer, owner + ": " + spec.name() + " must be "
                    + spec.kind().description(jsonata) + ", not " + describe(value));
            return;
        }
        if (value.isNumber() && (spec.min() != null || spec.max() != null)) {
            double number = value.doubleValue();
            boolean tooSmall = spec.min() != null && number < spec.min();
            boolean tooLarge = spec.max() != null && number > spec.max();
            if (tooSmall || tooLarge) {
                run.report(DiagnosticCode.SCHEMA_OUT_OF_RANGE, fieldPointer, owner + ": " + spec.name()
                        + " must be " + range(spec) + ", not " + value.asText());
            }
        }
    }

    private static String range(FieldSpec spec) {
        if (spec.max() == null) {
            return "at least " + plain(spec.min());
        }
        return spec.min() == null ? "at most " + plain(spec.max())
                : "between " + plain(spec.min()) + " and " + plain(spec.max());
    }

    private static String plain(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
    }

    static String describe(JsonNode value) {
        String type = Json.typeName(value);
        return type.equals("null") ? "null" : (type.equals("array") || type.equals("object") ? "an " : "a ") + type;
    }

    /** Declares a schema field by field. */
    public static final class Builder {
        private final String noun;
        private final Map<String, FieldSpec> fields = new LinkedHashMap<>();
        private final List<String> required = new ArrayList<>();
        private final List<List<String>> exclusive = new ArrayList<>();
        private Set<String> knownElsewhere = Set.of();
        private boolean open;

        private Builder(String noun) {
            this.noun = noun;
        }

        public Builder field(FieldSpec... specs) {
            for (FieldSpec spec : specs) {
                fields.put(spec.name(), spec);
            }
            return this;
        }

        public Builder required(String... names) {
            required.addAll(List.of(names));
            return this;
        }

        public Builder exclusive(String... names) {
            exclusive.add(List.of(names));
            return this;
        }

        /** Field names valid on sibling kinds of object: using one here is "not allowed", not "unknown". */
        public Builder knownElsewhere(Set<String> names) {
            knownElsewhere = Set.copyOf(names);
            return this;
        }

        /** Other fields are allowed and left alone (objects whose options AWS keeps extending). */
        public Builder open() {
            open = true;
            return this;
        }

        public ObjectSchema build() {
            return new ObjectSchema(noun, Map.copyOf(fields), List.copyOf(required), List.copyOf(exclusive),
                    knownElsewhere, open);
        }
    }
}
