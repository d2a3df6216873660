package io.stepline.validation.rules;

/** One concern of validation (transitions, Choice rules, paths, ...); reports into the run. */
public interface Rule {

    void check(ValidationRun run);
}
