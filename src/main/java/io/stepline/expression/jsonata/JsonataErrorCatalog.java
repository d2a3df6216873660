package io.stepline.expression.jsonata;

import java.util.HashMap;
import java.util.Map;

/**
 * JSONata's message templates, keyed by error code, as jsonata-js 2.0.6 (the version AWS runs)
 * writes them. dashjoin's own catalog cannot be used: its port replaced the word "function"
 * with "Object" throughout and fills placeholders in order rather than by name.
 *
 * <p>{@code {{name}}} is replaced by {@code JSON.stringify} of a value, {@code {{{name}}}} by
 * the value itself, as jsonata-js does.
 */
final class JsonataErrorCatalog {
    private static final Map<String, String> TEMPLATES = new HashMap<>();
    private static final Map<String, String> CODES_BY_FIXED_TEXT = new HashMap<>();

    static {
        put("S0101", "String literal must be terminated by a matching quote");
        put("S0102", "Number out of range: {{token}}");
        put("S0103", "Unsupported escape sequence: \\{{token}}");
        put("S0104", "The escape sequence \\u must be followed by 4 hex digits");
        put("S0105", "Quoted property name must be terminated with a backquote (`)");
        put("S0106", "Comment has no closing tag");
        put("S0201", "Syntax error: {{token}}");
        put("S0202", "Expected {{value}}, got {{token}}");
        put("S0203", "Expected {{value}} before end of expression");
        put("S0204", "Unknown operator: {{token}}");
        put("S0205", "Unexpected token: {{token}}");
        put("S0206", "Unknown expression type: {{token}}");
        put("S0207", "Unexpected end of expression");
        put("S0208", "Parameter {{value}} of function definition must be a variable name (start with $)");
        put("S0209", "A predicate cannot follow a grouping expression in a step");
        put("S0210", "Each step can only have one grouping expression");
        put("S0211", "The symbol {{token}} cannot be used as a unary operator");
        put("S0212", "The left side of := must be a variable name (start with $)");
        put("S0213", "The literal value {{value}} cannot be used as a step within a path expression");
        put("S0214", "The right side of {{token}} must be a variable name (start with $)");
        put("S0215", "A context variable binding must precede any predicates on a step");
        put("S0216", "A context variable binding must precede the 'order-by' clause on a step");
        put("S0217", "The object representing the 'parent' cannot be derived from this expression");
        put("S0301", "Empty regular expressions are not allowed");
        put("S0302", "No terminating / in regular expression");
        put("S0402", "Choice groups containing parameterized types are not supported");
        put("S0401", "Type parameters can only be applied to functions and arrays");
        put("S0500", "Attempted to evaluate an expression containing syntax error(s)");
        put("T0410", "Argument {{index}} of function {{token}} does not match function signature");
        put("T0411", "Context value is not a compatible type with argument {{index}} of function {{token}}");
        put("T0412", "Argument {{index}} of function {{token}} must be an array of {{type}}");
        put("D1001", "Number out of range: {{value}}");
        put("D1002", "Cannot negate a non-numeric value: {{value}}");
        put("T1003", "Key in object structure must evaluate to a string; got: {{value}}");
        put("D1004", "Regular expression matches zero length string");
        put("T1005", "Attempted to invoke a non-function. Did you mean ${{{token}}}?");
        put("T1006", "Attempted to invoke a non-function");
        put("T1007", "Attempted to partially apply a non-function. Did you mean ${{{token}}}?");
        put("T1008", "Attempted to partially apply a non-function");
        put("D1009", "Multiple key definitions evaluate to same key: {{value}}");
        put("T1010", "The matcher function argument passed to function {{token}} does not return the correct object structure");
        put("T2001", "The left side of the {{token}} operator must evaluate to a number");
        put("T2002", "The right side of the {{token}} operator must evaluate to a number");
        put("T2003", "The left side of the range operator (..) must evaluate to an integer");
        put("T2004", "The right side of the range operator (..) must evaluate to an integer");
        put("D2005", "The left side of := must be a variable name (start with $)");
        put("T2006", "The right side of the function application operator ~> must be a function");
        put("T2007", "Type mismatch when comparing values {{value}} and {{value2}} in order-by clause");
        put("T2008", "The expressions within an order-by clause must evaluate to numeric or string values");
        put("T2009", "The values {{value}} and {{value2}} either side of operator {{token}} must be of the same data type");
        put("T2010", "The expressions either side of operator {{token}} must evaluate to numeric or string values");
        put("T2011", "The insert/update clause of the transform expression must evaluate to an object: {{value}}");
        put("T2012", "The delete clause of the transform expression must evaluate to a string or array of strings: {{value}}");
        put("T2013", "The transform expression clones the input object using the $clone() function.  This has been overridden in the current scope by a non-function.");
        put("D2014", "The size of the sequence allocated by the range operator (..) must not exceed 1e6.  Attempted to allocate {{value}}.");
        put("D3001", "Attempting to invoke string function on Infinity or NaN");
        put("D3010", "Second argument of replace function cannot be an empty string");
        put("D3011", "Fourth argument of replace function must evaluate to a positive number");
        put("D3012", "Attempted to replace a matched string with a non-string value");
        put("D3020", "Third argument of split function must evaluate to a positive number");
        put("D3030", "Unable to cast value to a number: {{value}}");
        put("D3040", "Third argument of match function must evaluate to a positive number");
        put("D3050", "The second argument of reduce function must be a function with at least two arguments");
        put("D3060", "The sqrt function cannot be applied to a negative number: {{value}}");
        put("D3061", "The power function has resulted in a value that cannot be represented as a JSON number: base={{value}}, exponent={{exp}}");
        put("D3070", "The single argument form of the sort function can only be applied to an array of strings or an array of numbers.  Use the second argument to specify a comparison function");
        put("D3080", "The picture string must only contain a maximum of two sub-pictures");
        put("D3081", "The sub-picture must not contain more than one instance of the 'decimal-separator' character");
        put("D3082", "The sub-picture must not contain more than one instance of the 'percent' character");
        put("D3083", "The sub-picture must not contain more than one instance of the 'per-mille' character");
        put("D3084", "The sub-picture must not contain both a 'percent' and a 'per-mille' character");
        put("D3085", "The mantissa part of a sub-picture must contain at least one character that is either an 'optional digit character' or a member of the 'decimal digit family'");
        put("D3086", "The sub-picture must not contain a passive character that is preceded by an active character and that is followed by another active character");
        put("D3087", "The sub-picture must not contain a 'grouping-separator' character that appears adjacent to a 'decimal-separator' character");
        put("D3088", "The sub-picture must not contain a 'grouping-separator' at the end of the integer part");
        put("D3089", "The sub-picture must not contain two adjacent instances of the 'grouping-separator' character");
        put("D3090", "The integer part of the sub-picture must not contain a member of the 'decimal digit family' that is followed by an instance of the 'optional digit character'");
        put("D3091", "The fractional part of the sub-picture must not contain an instance of the 'optional digit character' that is followed by a member of the 'decimal digit family'");
        put("D3092", "A sub-picture that contains a 'percent' or 'per-mille' character must not contain a character treated as an 'exponent-separator'");
        put("D3093", "The exponent part of the sub-picture must comprise only of one or more characters that are members of the 'decimal digit family'");
        put("D3100", "The radix of the formatBase function must be between 2 and 36.  It was given {{value}}");
        put("D3110", "The argument of the toMillis function must be an ISO 8601 formatted timestamp. Given {{value}}");
        put("D3120", "Syntax error in expression passed to function eval: {{value}}");
        put("D3121", "Dynamic error evaluating the expression passed to function eval: {{value}}");
        put("D3130", "Formatting or parsing an integer as a sequence starting with {{value}} is not supported by this implementation");
        put("D3131", "In a decimal digit pattern, all digits must be from the same decimal group");
        put("D3132", "Unknown component specifier {{value}} in date/time picture string");
        put("D3133", "The 'name' modifier can only be applied to months and days in the date/time picture string, not {{value}}");
        put("D3134", "The timezone integer format specifier cannot have more than four digits");
        put("D3135", "No matching closing bracket ']' in date/time picture string");
        put("D3136", "The date/time picture string is missing specifiers required to parse the timestamp");
        put("D3137", "{{{message}}}");
        put("D3138", "The $single() function expected exactly 1 matching result.  Instead it matched more.");
        put("D3139", "The $single() function expected exactly 1 matching result.  Instead it matched 0.");
        put("D3140", "Malformed URL passed to ${{{functionName}}}(): {{value}}");
        put("D3141", "{{{message}}}");
    }

    private JsonataErrorCatalog() {
    }

    private static void put(String code, String template) {
        TEMPLATES.put(code, template);
        if (!template.contains("{{")) {
            CODES_BY_FIXED_TEXT.put(template, code);
        }
    }

    /** The template for a code, or null for an unknown code. */
    static String template(String code) {
        return TEMPLATES.get(code);
    }

    /**
     * The code of a message that has no placeholders. Some dashjoin sites throw the message
     * text where the code belongs; this recovers the code AWS prints.
     */
    static String codeOfFixedText(String text) {
        return CODES_BY_FIXED_TEXT.get(text);
    }

    /** Fills a template's placeholders in order with the given values, the JSONata way. */
    static String render(String template, Object... values) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf("{{", i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            boolean raw = template.startsWith("{{{", open);
            int close = template.indexOf(raw ? "}}}" : "}}", open);
            if (close < 0) {
                out.append(template, i, template.length());
                break;
            }
            out.append(template, i, open);
            Object value = next < values.length ? values[next] : null;
            next++;
            out.append(raw ? rawText(value) : JsNotation.stringify(value));
            i = close + (raw ? 3 : 2);
        }
        return out.toString();
    }

    private static String rawText(Object value) {
        if (value == null) {
            return "undefined";
        }
        return value instanceof String text ? text : JsNotation.stringify(value);
    }
}
