package io.stepline.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.definition.JsonataText;
import io.stepline.definition.choice.ComparisonOperator;
import io.stepline.validation.DiagnosticCode;
import io.stepline.validation.syntax.PathSyntax;
import io.stepline.validation.syntax.Rfc3339;
import io.stepline.validation.syntax.Suggestions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Choice rules. JSONPath: each rule is exactly one comparison (Variable plus one operator with
 * an operand of the operator's type) or one of And, Or (non-empty arrays) and Not (an object);
 * top-level rules need Next, nested ones must not have it. JSONata: each rule is a Condition.
 */
public final class ChoiceRules implements Rule {
    private static final Set<String> COMBINATORS = Set.of("And", "Or", "Not");
    private static final Set<String> JSONATA_RULE_FIELDS = Set.of("Condition", "Next", "Comment", "Assign", "Output");
    private static final Set<String> JSONPATH_RULE_FIELDS = jsonPathRuleFields();

    @Override
    public void check(ValidationRun run) {
        for (StateRef state : run.index().states()) {
            JsonNode choices = state.field("Choices");
            if (!state.is("Choice") || choices == null || !choices.isArray()) {
                continue;
            }
            if (choices.isEmpty()) {
                run.report(DiagnosticCode.SCHEMA_EMPTY_ARRAY, state.pointerOf("Choices"),
                        state.label() + " has no Choice rules; Choices needs at least one");
            }
            for (int i = 0; i < choices.size(); i++) {
                String owner = "Choice rule " + (i + 1) + " of state '" + state.name() + "'";
                rule(run, state, choices.get(i), state.pointerOf("Choices") + "/" + i, owner, true);
            }
        }
    }

    private static void rule(ValidationRun run, StateRef state, JsonNode rule, String pointer, String owner,
                             boolean topLevel) {
        if (!rule.isObject()) {
            run.report(DiagnosticCode.SCHEMA_TYPE, pointer, owner + " must be an object, not "
                    + ObjectSchema.describe(rule));
            return;
        }
        fields(run, state, rule, pointer, owner, topLevel);
        JsonNode next = rule.get("Next");
        if (topLevel && next == null) {
            run.report(DiagnosticCode.SCHEMA_MISSING_FIELD, pointer, owner + " has no Next; every top-level rule "
                    + "names the state to go to when it matches");
        } else if (topLevel && !next.isTextual()) {
            run.report(DiagnosticCode.SCHEMA_TYPE, pointer + "/Next", owner + ": Next must be a string");
        } else if (!topLevel && next != null) {
            run.reportAtKey(DiagnosticCode.INVALID_CHOICE_RULE, pointer + "/Next", owner
                    + " has Next, but only top-level Choice rules transition; remove it from the nested rule");
        }
        if (!topLevel && rule.has("Assign")) {
            run.reportAtKey(DiagnosticCode.FIELD_NOT_ALLOWED, pointer + "/Assign", owner
                    + " has Assign, which only top-level Choice rules take");
        }
        if (state.isJsonata()) {
            condition(run, rule, pointer, owner);
        } else {
            expression(run, state, rule, pointer, owner);
        }
    }

    /** Unknown fields, and fields of the other query language. */
    private static void fields(ValidationRun run, StateRef state, JsonNode rule, String pointer, String owner,
                               boolean topLevel) {
        Set<String> own = state.isJsonata() ? JSONATA_RULE_FIELDS : JSONPATH_RULE_FIELDS;
        Set<String> other = state.isJsonata() ? JSONPATH_RULE_FIELDS : JSONATA_RULE_FIELDS;
        Iterator<String> names = rule.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (own.contains(name)) {
                continue;
            }
            if (other.contains(name)) {
                DiagnosticCode code = state.isJsonata() ? DiagnosticCode.JSONPATH_FIELD_IN_JSONATA_STATE
                        : DiagnosticCode.JSONATA_FIELD_IN_JSONPATH_STATE;
                String hint = state.isJsonata() ? LanguageHints.forJsonata(name, run) : LanguageHints.forJsonPath(name);
                run.reportAtKey(code, pointer + "/" + name, owner + " has " + name + ", which a "
                        + state.language().aslName() + " Choice rule does not take; " + hint);
            } else {
                run.reportAtKey(DiagnosticCode.SCHEMA_UNKNOWN_FIELD, pointer + "/" + name, owner + " has field '"
                        + name + "', which a Choice rule does not have" + Suggestions.didYouMean(name, own));
            }
        }
    }

    private static void condition(ValidationRun run, JsonNode rule, String pointer, String owner) {
        JsonNode condition = rule.get("Condition");
        if (condition == null) {
            run.report(DiagnosticCode.SCHEMA_MISSING_FIELD, pointer, owner + " has no Condition; a JSONata Choice "
                    + "rule is a Condition holding a {% ... %} expression");
        } else if (!condition.isBoolean() && !ValueKind.isExpression(condition)) {
            run.report(DiagnosticCode.INVALID_JSONATA, pointer + "/Condition", owner
                    + ": Condition must be a {% ... %} JSONata expression (or a boolean), not " + condition);
        }
    }

    /** A JSONPath boolean expression: one comparison or one combinator. */
    private static void expression(ValidationRun run, StateRef state, JsonNode rule, String pointer, String owner) {
        List<String> operators = new ArrayList<>();
        rule.fieldNames().forEachRemaining(name -> {
            if (COMBINATORS.contains(name) || ComparisonOperator.byAslName(name) != null) {
                operators.add(name);
            }
        });
        if (operators.isEmpty()) {
            run.report(DiagnosticCode.INVALID_CHOICE_RULE, pointer, owner
                    + " has no comparison operator (StringEquals, NumericGreaterThan, ...) and no And, Or or Not");
            return;
        }
        if (operators.size() > 1) {
            run.reportAtKey(DiagnosticCode.INVALID_CHOICE_RULE, pointer + "/" + operators.get(1), owner + " has "
                    + String.join(", ", operators) + "; a rule holds exactly one operator (combine rules with And/Or)");
            return;
        }
        String operator = operators.get(0);
        if (COMBINATORS.contains(operator)) {
            combinator(run, state, rule, pointer, owner, operator);
        } else {
            comparison(run, rule, pointer, owner, ComparisonOperator.byAslName(operator));
        }
    }

    private static void combinator(ValidationRun run, StateRef state, JsonNode rule, String pointer, String owner,
                                   String operator) {
        if (rule.has("Variable")) {
            run.reportAtKey(DiagnosticCode.INVALID_CHOICE_RULE, pointer + "/Variable", owner + " has Variable next to "
                    + operator + "; Variable belongs in the nested comparisons");
        }
        JsonNode operand = rule.get(operator);
        String operandPointer = pointer + "/" + operator;
        if (operator.equals("Not")) {
            if (!operand.isObject()) {
                run.report(DiagnosticCode.SCHEMA_TYPE, operandPointer, owner + ": Not must hold one rule object, not "
                        + ObjectSchema.describe(operand));
            } else {
                rule(run, state, operand, operandPointer, owner + " (inside Not)", false);
            }
            return;
        }
        if (!operand.isArray()) {
            run.report(DiagnosticCode.SCHEMA_TYPE, operandPointer, owner + ": " + operator
                    + " must be an array of rules, not " + ObjectSchema.describe(operand));
            return;
        }
        if (operand.isEmpty()) {
            run.report(DiagnosticCode.SCHEMA_EMPTY_ARRAY, operandPointer, owner + ": " + operator
                    + " needs at least one rule");
        }
        for (int i = 0; i < operand.size(); i++) {
            rule(run, state, operand.get(i), operandPointer + "/" + i,
                    owner + " (" + operator + " rule " + (i + 1) + ")", false);
        }
    }

    private static void comparison(ValidationRun run, JsonNode rule, String pointer, String owner,
                                   ComparisonOperator operator) {
        JsonNode variable = rule.get("Variable");
        if (variable == null) {
            run.report(DiagnosticCode.SCHEMA_MISSING_FIELD, pointer, owner + " uses " + operator.aslName()
                    + " but has no Variable to compare");
        } else if (!variable.isTextual()) {
            run.report(DiagnosticCode.SCHEMA_TYPE, pointer + "/Variable", owner + ": Variable must be a path string");
        } else {
            referencePath(run, pointer + "/Variable", owner, "Variable", variable.textValue());
        }
        JsonNode operand = rule.get(operator.aslName());
        String operandPointer = pointer + "/" + operator.aslName();
        if (operator.comparesWithPath()) {
            if (operand.isTextual()) {
                referencePath(run, operandPointer, owner, operator.aslName(), operand.textValue());
            } else {
                operandType(run, operandPointer, owner, operator, "a path string", operand);
            }
            return;
        }
        switch (operator.kind()) {
            case STRING -> {
                if (!operand.isTextual()) {
                    operandType(run, operandPointer, owner, operator, "a string", operand);
                }
            }
            case NUMERIC -> {
                if (!operand.isNumber()) {
                    operandType(run, operandPointer, owner, operator, "a number", operand);
                }
            }
            case BOOLEAN, TYPE_TEST -> {
                if (!operand.isBoolean()) {
                    operandType(run, operandPointer, owner, operator, "true or false", operand);
                }
            }
            case TIMESTAMP -> {
                if (!operand.isTextual()) {
                    operandType(run, operandPointer, owner, operator, "an RFC 3339 timestamp string", operand);
                } else if (!Rfc3339.isTimestamp(operand.textValue())) {
                    run.report(DiagnosticCode.INVALID_TIMESTAMP, operandPointer, owner + ": " + operator.aslName()
                            + " '" + operand.textValue() + "' is not an RFC 3339 timestamp such as 2016-03-14T01:59:00Z");
                }
            }
        }
    }

    private static void operandType(ValidationRun run, String pointer, String owner, ComparisonOperator operator,
                                    String expected, JsonNode operand) {
        run.report(DiagnosticCode.CHOICE_OPERAND_TYPE, pointer, owner + ": " + operator.aslName() + " compares with "
                + expected + ", not " + ObjectSchema.describe(operand) + " (" + operand + ")");
    }

    private static void referencePath(ValidationRun run, String pointer, String owner, String field, String path) {
        if (JsonataText.isJsonata(path) || path.startsWith("States.")) {
            run.report(DiagnosticCode.INVALID_REFERENCE_PATH, pointer, owner + ": " + field + " must be a reference "
                    + "path such as $.status, not an expression ('" + path + "')");
            return;
        }
        String problem = run.paths().problemWithReferencePath(path, PathSyntax.Roots.ALL);
        if (problem != null) {
            run.report(DiagnosticCode.INVALID_REFERENCE_PATH, pointer, owner + ": " + field + " '" + path
                    + "' is not a valid reference path: " + problem);
        }
    }

    private static Set<String> jsonPathRuleFields() {
        Set<String> fields = new LinkedHashSet<>(List.of("Variable", "Next", "Comment", "Assign", "And", "Or", "Not"));
        for (ComparisonOperator operator : ComparisonOperator.values()) {
            fields.add(operator.aslName());
        }
        return Set.copyOf(fields);
    }
}
