package io.stepline.expression.intrinsic;

/** How many arguments a function takes: {@code min} to {@code max} (null: no upper bound). */
record Arity(int min, Integer max) {

    static Arity exactly(int count) {
        return new Arity(count, count);
    }

    static Arity between(int min, int max) {
        return new Arity(min, max);
    }

    static Arity atLeast(int min) {
        return new Arity(min, null);
    }

    boolean accepts(int count) {
        return count >= min && (max == null || count <= max);
    }

    /** "3 arguments", "2 or 3 arguments", "at least 1 argument", "no arguments". */
    String describe() {
        if (max == null) {
            return "at least " + plural(min);
        }
        if (min == max) {
            return min == 0 ? "no arguments" : plural(min);
        }
        return max == min + 1 ? min + " or " + plural(max) : min + " to " + plural(max);
    }

    private static String plural(int count) {
        return count == 1 ? "1 argument" : count + " arguments";
    }
}
