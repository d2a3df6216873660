package io.stepline.store;

import java.util.List;
import java.util.Optional;

/**
 * The state machines created, updated and deleted through the API, so that their type and their
 * deletion outlive a restart (definitions are versions: {@link ExecutionStore#registerVersion}).
 */
public interface StateMachines {

    /** Records {@code machine} under its name, replacing what was recorded (a deletion too). */
    void save(StateMachineRecord machine);

    Optional<StateMachineRecord> find(String name);

    /** Every recorded machine, deleted ones included, by name. */
    List<StateMachineRecord> all();

    /** Keeps nothing: for stores without a place for it (machines then live as long as the process). */
    StateMachines NONE = new StateMachines() {
        @Override
        public void save(StateMachineRecord machine) {
        }

        @Override
        public Optional<StateMachineRecord> find(String name) {
            return Optional.empty();
        }

        @Override
        public List<StateMachineRecord> all() {
            return List.of();
        }
    };
}
