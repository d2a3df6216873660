package io.stepline.compile;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.definition.Origin;
import io.stepline.expression.intrinsic.IntrinsicParser;
import io.stepline.expression.intrinsic.IntrinsicSyntaxException;
import io.stepline.expression.path.CompiledPath;
import io.stepline.expression.template.DynamicValue;
import io.stepline.expression.path.PathSyntaxException;
import io.stepline.expression.path.Paths;
import io.stepline.expression.path.ReferencePath;
import io.stepline.expression.template.PayloadTemplate;
import io.stepline.expression.template.TemplateSyntaxException;
import io.stepline.expression.jsonata.JsonataField;
import io.stepline.expression.jsonata.JsonataSyntaxException;
import io.stepline.expression.jsonata.JsonataTemplate;
import io.stepline.runtime.io.Assignment;
import io.stepline.runtime.io.JsonataAssignment;

/**
 * Compiles the expressions a state writes, turning syntax errors (which validation reports
 * first, with positions) into compile errors naming the field.
 */
final class Expressions {
    private Expressions() {
    }

    /** A path, or null for "$" (the identity costs nothing when skipped). */
    static CompiledPath pathOrIdentity(String text, String field, Origin origin) throws CompileException {
        return text == null || text.equals("$") ? null : path(text, field, origin);
    }

    static CompiledPath path(String text, String field, Origin origin) throws CompileException {
        try {
            return Paths.compile(text);
        } catch (PathSyntaxException e) {
            throw new CompileException(origin, field + " '" + text + "' is not a valid path: " + e.getMessage());
        }
    }

    /** A path or, where AWS allows it, an intrinsic function call. */
    static DynamicValue pathOrIntrinsic(String text, String field, Origin origin) throws CompileException {
        if (IntrinsicParser.isIntrinsic(text)) {
            try {
                return new DynamicValue.Intrinsic(IntrinsicParser.parse(text));
            } catch (IntrinsicSyntaxException e) {
                throw new CompileException(origin, field + " '" + text + "' is not a valid intrinsic function: "
                        + e.getMessage());
            }
        }
        return new DynamicValue.Path(path(text, field, origin));
    }

    static ReferencePath referencePath(String text, String field, Origin origin) throws CompileException {
        try {
            return ReferencePath.compile(text);
        } catch (PathSyntaxException e) {
            throw new CompileException(origin, field + " '" + text + "' is not a valid reference path: "
                    + e.getMessage());
        }
    }

    static PayloadTemplate template(JsonNode template, String field, Origin origin) throws CompileException {
        if (template == null) {
            return null;
        }
        try {
            return PayloadTemplate.compile(template);
        } catch (TemplateSyntaxException e) {
            throw new CompileException(origin, field + " has an invalid entry '" + e.field() + "': " + e.getMessage());
        }
    }

    static JsonataTemplate jsonata(JsonNode template, Origin origin) throws CompileException {
        if (template == null) {
            return null;
        }
        try {
            return JsonataTemplate.compile(template);
        } catch (JsonataSyntaxException e) {
            throw new CompileException(origin, "invalid JSONata: " + e.getMessage());
        }
    }

    static JsonataField jsonataField(String name, JsonNode value, Origin origin) throws CompileException {
        try {
            return JsonataField.compile(name, value);
        } catch (JsonataSyntaxException e) {
            throw new CompileException(origin, name + " is not valid JSONata: " + e.getMessage());
        }
    }

    static JsonataAssignment jsonataAssignment(JsonNode assign, Origin origin) throws CompileException {
        try {
            return JsonataAssignment.compile(assign);
        } catch (JsonataSyntaxException e) {
            throw new CompileException(origin, "Assign is not valid JSONata: " + e.getMessage());
        }
    }

    static Assignment assignment(JsonNode assign, Origin origin) throws CompileException {
        try {
            return Assignment.compile(assign);
        } catch (TemplateSyntaxException e) {
            throw new CompileException(origin, "Assign has an invalid entry '" + e.field() + "': " + e.getMessage());
        }
    }
}
