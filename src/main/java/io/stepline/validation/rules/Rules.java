package io.stepline.validation.rules;

import java.util.List;

/** Every rule, in the order they run (the order does not change the result: it is sorted). */
public final class Rules {
    public static final List<Rule> ALL = List.of(
            new StructureRules(),
            new StateNameRules(),
            new QueryLanguageRules(),
            new TransitionRules(),
            new ChoiceRules(),
            new ErrorHandlingRules(),
            new WaitRules(),
            new TaskRules(),
            new MapRules(),
            new PathRules(),
            new PayloadTemplateRules(),
            new AssignRules(),
            new JsonataRules());

    private Rules() {
    }
}
