package io.stepline.validation.rules;

import io.stepline.definition.source.DuplicateKey;
import io.stepline.definition.source.SourceMap;
import io.stepline.validation.DiagnosticCode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * State names: 1 to 80 characters, unique across the whole machine (the ASL spec: "State names
 * MUST be unique within the scope of the whole state machine", branches included), and keys
 * that the file repeats within one object, which JSON parsers would silently collapse.
 */
public final class StateNameRules implements Rule {
    static final int MAX_NAME_LENGTH = 80;

    @Override
    public void check(ValidationRun run) {
        Map<String, StateRef> first = new HashMap<>();
        for (StateRef state : run.index().states()) {
            if (state.name().isEmpty() || state.name().length() > MAX_NAME_LENGTH) {
                run.reportAtKey(DiagnosticCode.INVALID_STATE_NAME, state.pointer(), "State name '" + state.name()
                        + "' has " + state.name().length() + " characters; names have 1 to " + MAX_NAME_LENGTH);
            }
            StateRef earlier = first.putIfAbsent(state.name(), state);
            if (earlier != null) {
                run.reportAtKey(DiagnosticCode.DUPLICATE_STATE_NAME, state.pointer(), "State name '" + state.name()
                        + "' is already used at " + run.document().keyPositionOf(earlier.pointer())
                        + "; state names must be unique across the whole state machine, branches included");
            }
        }
        duplicateKeys(run);
    }

    private static void duplicateKeys(ValidationRun run) {
        Set<String> statesObjects = new HashSet<>();
        run.index().scopes().forEach(scope -> statesObjects.add(scope.pointerOf("States")));
        for (DuplicateKey duplicate : run.document().duplicateKeys()) {
            String parent = SourceMap.parentOf(duplicate.pointer());
            if (statesObjects.contains(parent)) {
                run.reportAtKeyPosition(DiagnosticCode.DUPLICATE_STATE_NAME, duplicate, "State '" + duplicate.key()
                        + "' is defined twice in the same States object; only the last definition would be kept");
            } else {
                run.reportAtKeyPosition(DiagnosticCode.DUPLICATE_KEY, duplicate, "Key '" + duplicate.key()
                        + "' appears more than once in the same object; only the last value would be kept");
            }
        }
    }
}
