package io.stepline.expression.choice;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.definition.choice.Comparison;
import io.stepline.definition.choice.ComparisonOperator;
import io.stepline.expression.path.CompiledPath;
import io.stepline.expression.path.PathSyntaxException;
import io.stepline.expression.path.Paths;

/**
 * Turns one data-test expression ({@code Variable} + operator + operand) into a compiled rule.
 * Operands are checked and converted here, once: a definition that passed validation never
 * fails this step; one that did not gets an {@link IllegalArgumentException} naming the rule.
 */
final class ComparisonCompiler {
    private ComparisonCompiler() {
    }

    static CompiledRule compile(Comparison comparison) {
        CompiledPath variable = path(comparison, comparison.variable(), "Variable");
        if (comparison.operator() == ComparisonOperator.IS_PRESENT) {
            return new PresenceRule(variable, booleanLiteral(comparison));
        }
        return new DataTestRule(variable, valueCheck(comparison));
    }

    private static ValueCheck valueCheck(Comparison comparison) {
        ComparisonOperator operator = comparison.operator();
        return switch (operator.kind()) {
            case STRING -> operator.relation() == ComparisonOperator.Relation.MATCHES
                    ? stringMatches(comparison)
                    : ordered(StringKind.INSTANCE, comparison);
            case NUMERIC -> ordered(NumberKind.INSTANCE, comparison);
            case BOOLEAN -> ordered(BooleanKind.INSTANCE, comparison);
            case TIMESTAMP -> ordered(TimestampKind.INSTANCE, comparison);
            case TYPE_TEST -> new TypeCheck(typeOf(operator), booleanLiteral(comparison));
        };
    }

    private static <T> ValueCheck ordered(ValueKind<T> kind, Comparison comparison) {
        ComparisonOperator operator = comparison.operator();
        Operand<T> operand;
        if (operator.comparesWithPath()) {
            operand = new Operand.FromPath<>(path(comparison, text(comparison), operator.aslName()), kind);
        } else {
            T literal = comparison.operand() == null ? null : kind.read(comparison.operand());
            if (literal == null) {
                throw invalid(comparison, operator.aslName() + " needs a " + kind.description()
                        + " operand, got " + comparison.operand());
            }
            operand = new Operand.Literal<>(literal);
        }
        return new OrderedComparison<>(kind, operator.relation(), operand);
    }

    private static ValueCheck stringMatches(Comparison comparison) {
        String pattern = text(comparison);
        try {
            return new WildcardMatch(WildcardPattern.parse(pattern));
        } catch (IllegalArgumentException openEscape) {
            return new OpenEscapeFailure(openEscape.getMessage());
        }
    }

    private static JsonType typeOf(ComparisonOperator operator) {
        return switch (operator) {
            case IS_NULL -> JsonType.NULL;
            case IS_NUMERIC -> JsonType.NUMERIC;
            case IS_STRING -> JsonType.STRING;
            case IS_BOOLEAN -> JsonType.BOOLEAN;
            case IS_TIMESTAMP -> JsonType.TIMESTAMP;
            default -> throw new IllegalStateException(operator + " is not a type test");
        };
    }

    private static boolean booleanLiteral(Comparison comparison) {
        JsonNode operand = comparison.operand();
        if (operand == null || !operand.isBoolean()) {
            throw invalid(comparison, comparison.operator().aslName() + " needs true or false, got " + operand);
        }
        return operand.booleanValue();
    }

    private static String text(Comparison comparison) {
        JsonNode operand = comparison.operand();
        if (operand == null || !operand.isTextual()) {
            throw invalid(comparison, comparison.operator().aslName() + " needs a string, got " + operand);
        }
        return operand.textValue();
    }

    private static CompiledPath path(Comparison comparison, String text, String field) {
        try {
            return Paths.compile(text);
        } catch (PathSyntaxException e) {
            throw invalid(comparison, field + " '" + text + "' is not a valid path: " + e.getMessage());
        }
    }

    private static IllegalArgumentException invalid(Comparison comparison, String problem) {
        return new IllegalArgumentException(comparison.origin().pointer() + ": " + problem
                + " (validate the definition before compiling it)");
    }
}
