package io.stepline.runtime.io;

import io.stepline.runtime.error.ErrorNames;
import java.util.List;

/** ErrorEquals over a list of names. */
final class ErrorMatch {
    private ErrorMatch() {
    }

    static boolean any(List<String> errorEquals, String error) {
        for (String candidate : errorEquals) {
            if (ErrorNames.matches(candidate, error)) {
                return true;
            }
        }
        return false;
    }
}
