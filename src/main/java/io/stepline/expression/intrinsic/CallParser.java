package io.stepline.expression.intrinsic;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.stepline.expression.intrinsic.IntrinsicSyntaxException.Kind;
import io.stepline.expression.path.PathSyntaxException;
import io.stepline.expression.path.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive descent over one call:
 * <pre>
 * call     = "States." name "(" [ argument { "," argument } ] ")"
 * argument = string | number | "true" | "false" | "null" | path | call
 * string   = "'" { char | "\'" | "\{" | "\}" | "\\" } "'"
 * </pre>
 * Whitespace may separate tokens. A path runs to the next top-level comma or parenthesis, so
 * brackets and filters inside it ({@code $.a[?(@.b, 1)]}) are its own business.
 */
final class CallParser {
    private static final String PREFIX = "States.";
    /** Only a guard against stack exhaustion; AWS documents nesting "up to 10" calls. */
    private static final int MAX_DEPTH = 64;

    private final String text;
    private int pos;
    private int depth;

    CallParser(String text) {
        this.text = text;
    }

    FunctionCall parseTopLevel() throws IntrinsicSyntaxException {
        skipWhitespace();
        if (!text.startsWith(PREFIX, pos)) {
            throw error(pos, "an intrinsic function call starts with 'States.'");
        }
        FunctionCall call = parseCall();
        skipWhitespace();
        if (pos < text.length()) {
            throw error(pos, "unexpected " + describe(pos) + " after the closing ')' of " + call.function().name());
        }
        return call;
    }

    private FunctionCall parseCall() throws IntrinsicSyntaxException {
        int start = pos;
        if (++depth > MAX_DEPTH) {
            throw error(start, "intrinsic calls are nested more than " + MAX_DEPTH + " deep");
        }
        pos += PREFIX.length();
        int nameStart = pos;
        while (pos < text.length() && isNameChar(text.charAt(pos))) {
            pos++;
        }
        String name = PREFIX + text.substring(nameStart, pos);
        if (pos == nameStart) {
            throw error(nameStart, "expected a function name after 'States.', found " + describe(pos));
        }
        IntrinsicFunction function = IntrinsicFunctions.find(name);
        if (function == null) {
            throw new IntrinsicSyntaxException(text, start, Kind.UNKNOWN_FUNCTION, unknownFunction(name));
        }
        skipWhitespace();
        if (!consume('(')) {
            throw error(pos, "expected '(' after " + name + ", found " + describe(pos));
        }
        List<Argument> arguments = parseArguments(function, start);
        if (!function.arity().accepts(arguments.size())) {
            throw new IntrinsicSyntaxException(text, start, Kind.WRONG_ARITY,
                    name + " takes " + function.arity().describe() + ", got " + arguments.size());
        }
        depth--;
        return FunctionCall.bind(function, arguments);
    }

    private List<Argument> parseArguments(IntrinsicFunction function, int callStart)
            throws IntrinsicSyntaxException {
        List<Argument> arguments = new ArrayList<>();
        skipWhitespace();
        if (consume(')')) {
            return arguments;
        }
        while (true) {
            skipWhitespace();
            arguments.add(parseArgument(function, arguments.size() + 1));
            skipWhitespace();
            if (consume(')')) {
                return arguments;
            }
            if (pos >= text.length()) {
                throw error(callStart, function.name() + "( is missing its closing ')'");
            }
            if (!consume(',')) {
                throw error(pos, "expected ',' or ')' after argument " + arguments.size() + " of "
                        + function.name() + ", found " + describe(pos));
            }
        }
    }

    private Argument parseArgument(IntrinsicFunction function, int number) throws IntrinsicSyntaxException {
        if (pos >= text.length()) {
            throw error(pos, "expected argument " + number + " of " + function.name() + ", found the end of the text");
        }
        char c = text.charAt(pos);
        if (c == '\'') {
            return parseString();
        }
        if (c == '$') {
            return parsePath();
        }
        if (c == '-' || isDigit(c)) {
            Literal literal = NumberLiteralParser.parse(text, pos);
            pos += literal.source().length();
            return literal;
        }
        if (text.startsWith(PREFIX, pos)) {
            return parseCall();
        }
        if (isNameChar(c)) {
            return parseWord();
        }
        if (c == ',' || c == ')') {
            throw error(pos, "argument " + number + " of " + function.name() + " is missing");
        }
        throw error(pos, "unexpected " + describe(pos) + " where argument " + number + " of "
                + function.name() + " should be");
    }

    private Literal parseWord() throws IntrinsicSyntaxException {
        int start = pos;
        while (pos < text.length() && isNameChar(text.charAt(pos))) {
            pos++;
        }
        String word = text.substring(start, pos);
        return switch (word) {
            case "true" -> new Literal(BooleanNode.TRUE, word);
            case "false" -> new Literal(BooleanNode.FALSE, word);
            case "null" -> new Literal(NullNode.instance, word);
            default -> throw error(start, "unexpected '" + word + "': an argument is a quoted 'string', a number,"
                    + " true, false, null, a path starting with '$' or a States.* call");
        };
    }

    private StringLiteral parseString() throws IntrinsicSyntaxException {
        int quote = pos++;
        StringBuilder value = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\'') {
                String raw = text.substring(quote + 1, pos++);
                return new StringLiteral(raw, TextNode.valueOf(value.toString()));
            }
            if (c == '\\') {
                char escaped = pos + 1 < text.length() ? text.charAt(pos + 1) : 0;
                if (escaped != '\'' && escaped != '{' && escaped != '}' && escaped != '\\') {
                    throw error(pos, "invalid escape " + (escaped == 0 ? "'\\' at the end" : "'\\" + escaped + "'")
                            + " in a string; only \\', \\{, \\} and \\\\ are escapes (write \\\\ for a backslash)");
                }
                value.append(escaped);
                pos += 2;
            } else {
                value.append(c);
                pos++;
            }
        }
        throw error(quote, "unterminated string: no closing quote for the ' at offset " + quote);
    }

    private PathArgument parsePath() throws IntrinsicSyntaxException {
        int start = pos;
        StringBuilder open = new StringBuilder();
        char quote = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (quote != 0) {
                if (c == '\\') {
                    pos++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[' || c == '(') {
                open.append(c);
            } else if (c == ']' || c == ')') {
                if (open.isEmpty()) {
                    break;
                }
                char opening = open.charAt(open.length() - 1);
                if (opening != (c == ']' ? '[' : '(')) {
                    throw error(pos, "'" + c + "' in path '" + text.substring(start, pos + 1) + "' does not close its '"
                            + opening + "'");
                }
                open.setLength(open.length() - 1);
            } else if (open.isEmpty() && (c == ',' || Character.isWhitespace(c))) {
                break;
            }
            pos++;
        }
        String path = text.substring(start, Math.min(pos, text.length()));
        if (quote != 0 || !open.isEmpty()) {
            throw error(start, "unterminated path '" + path + "': a quote or bracket is never closed");
        }
        try {
            return new PathArgument(Paths.compile(path));
        } catch (PathSyntaxException e) {
            throw error(start, "invalid path '" + path + "': " + e.getMessage());
        }
    }

    private boolean consume(char expected) {
        if (pos < text.length() && text.charAt(pos) == expected) {
            pos++;
            return true;
        }
        return false;
    }

    private void skipWhitespace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private String describe(int at) {
        return at >= text.length() ? "the end of the text" : "'" + text.charAt(at) + "'";
    }

    private static String unknownFunction(String name) {
        String message = "unknown intrinsic function '" + name + "'";
        for (String known : IntrinsicFunctions.names()) {
            if (known.equalsIgnoreCase(name)) {
                return message + "; did you mean '" + known + "'?";
            }
        }
        return message;
    }

    private IntrinsicSyntaxException error(int offset, String message) {
        return new IntrinsicSyntaxException(text, offset, message);
    }

    private static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
