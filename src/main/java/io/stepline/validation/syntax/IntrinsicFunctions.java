package io.stepline.validation.syntax;

import java.util.Map;

/**
 * Intrinsic function calls such as {@code States.Format('{} items', $.count)}: a known name, the
 * right number of arguments, and arguments that are literals, paths or nested calls. Paths
 * inside are checked with the same {@link PathSyntax} as everywhere else.
 */
public final class IntrinsicFunctions {
    /** Arity of each of the 18 intrinsics: minimum and maximum number of arguments. */
    private record Arity(int min, int max) {
        static final int MANY = Integer.MAX_VALUE;

        String describe() {
            if (min == max) {
                return min + (min == 1 ? " argument" : " arguments");
            }
            return max == MANY ? "at least " + min + " argument" + (min == 1 ? "" : "s")
                    : min + " to " + max + " arguments";
        }
    }

    private static final Map<String, Arity> ARITY = Map.ofEntries(
            Map.entry("States.Format", new Arity(1, Arity.MANY)),
            Map.entry("States.StringToJson", new Arity(1, 1)),
            Map.entry("States.JsonToString", new Arity(1, 1)),
            Map.entry("States.Array", new Arity(0, Arity.MANY)),
            Map.entry("States.ArrayPartition", new Arity(2, 2)),
            Map.entry("States.ArrayContains", new Arity(2, 2)),
            Map.entry("States.ArrayRange", new Arity(3, 3)),
            Map.entry("States.ArrayGetItem", new Arity(2, 2)),
            Map.entry("States.ArrayLength", new Arity(1, 1)),
            Map.entry("States.ArrayUnique", new Arity(1, 1)),
            Map.entry("States.Base64Encode", new Arity(1, 1)),
            Map.entry("States.Base64Decode", new Arity(1, 1)),
            Map.entry("States.Hash", new Arity(2, 2)),
            Map.entry("States.JsonMerge", new Arity(3, 3)),
            Map.entry("States.MathRandom", new Arity(2, 3)),
            Map.entry("States.MathAdd", new Arity(2, 2)),
            Map.entry("States.StringSplit", new Arity(2, 2)),
            Map.entry("States.UUID", new Arity(0, 0)));

    private final PathSyntax paths;

    public IntrinsicFunctions(PathSyntax paths) {
        this.paths = paths;
    }

    /** True when the text looks like a call (so it should be judged as one, not as a path). */
    public static boolean looksLikeCall(String text) {
        return text.startsWith("States.");
    }

    /** Null when {@code text} is one well-formed intrinsic call, else why not. */
    public String problemWith(String text) {
        try {
            Parser parser = new Parser(text.strip());
            parser.call();
            parser.skipSpaces();
            if (!parser.atEnd()) {
                return "unexpected text after the call: '" + parser.remaining() + "'";
            }
            return null;
        } catch (SyntaxError e) {
            return e.getMessage();
        }
    }

    private static final class SyntaxError extends Exception {
        SyntaxError(String message) {
            super(message, null, false, false);
        }
    }

    /** A recursive-descent parser over one call; arguments are checked as they are read. */
    private final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        void call() throws SyntaxError {
            int open = text.indexOf('(', at);
            if (open < 0) {
                throw new SyntaxError("'" + text.substring(at) + "' is not a function call: '(' is missing");
            }
            String name = text.substring(at, open).strip();
            Arity arity = ARITY.get(name);
            if (arity == null) {
                throw new SyntaxError("'" + name + "' is not an intrinsic function"
                        + Suggestions.didYouMean(name, ARITY.keySet()));
            }
            at = open + 1;
            int count = 0;
            skipSpaces();
            if (peek() == ')') {
                at++;
            } else {
                while (true) {
                    argument();
                    count++;
                    skipSpaces();
                    char c = peek();
                    at++;
                    if (c == ')') {
                        break;
                    }
                    if (c != ',') {
                        throw new SyntaxError(atEnd(c) ? "'(' of " + name + " is never closed"
                                : "expected ',' or ')' in " + name + " but found '" + c + "'");
                    }
                }
            }
            if (count < arity.min() || count > arity.max()) {
                throw new SyntaxError(name + " takes " + arity.describe() + ", not " + count);
            }
        }

        private void argument() throws SyntaxError {
            skipSpaces();
            char c = peek();
            if (c == '\'') {
                stringLiteral();
            } else if (c == '$') {
                path();
            } else if (text.startsWith("States.", at)) {
                call();
            } else if (c == '-' || Character.isDigit(c)) {
                number();
            } else if (!keyword("true") && !keyword("false") && !keyword("null")) {
                throw new SyntaxError(atEnd(c) ? "the call ends in the middle of its arguments"
                        : "an argument must be a 'string', a number, true, false, null, a path or a call; found '"
                        + remaining() + "'");
            }
        }

        private void stringLiteral() throws SyntaxError {
            at++; // opening quote
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '\\') {
                    at++; // escaped character: \' \{ \} \\
                } else if (c == '\'') {
                    return;
                }
            }
            throw new SyntaxError("a string argument is never closed with '");
        }

        private void number() throws SyntaxError {
            int start = at;
            while (at < text.length() && "+-.eE0123456789".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            String literal = text.substring(start, at);
            try {
                Double.parseDouble(literal);
            } catch (NumberFormatException e) {
                throw new SyntaxError("'" + literal + "' is not a number");
            }
        }

        /** A path runs to the next ',' or ')' that is not inside brackets, parentheses or quotes. */
        private void path() throws SyntaxError {
            int start = at;
            int depth = 0;
            char quote = 0;
            while (at < text.length()) {
                char c = text.charAt(at);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '[' || c == '(') {
                    depth++;
                } else if (c == ']' || c == ')') {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                } else if (c == ',' && depth == 0) {
                    break;
                }
                at++;
            }
            String path = text.substring(start, at).strip();
            String problem = paths.problemWithPath(path, PathSyntax.Roots.ALL);
            if (problem != null) {
                throw new SyntaxError("the argument '" + path + "' is not a valid path: " + problem);
            }
        }

        private boolean keyword(String word) {
            if (text.startsWith(word, at)) {
                at += word.length();
                return true;
            }
            return false;
        }

        void skipSpaces() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private char peek() {
            return at < text.length() ? text.charAt(at) : 0;
        }

        private boolean atEnd(char c) {
            return c == 0;
        }

        boolean atEnd() {
            return at >= text.length();
        }

        String remaining() {
            return text.substring(Math.min(at, text.length()));
        }
    }
}
