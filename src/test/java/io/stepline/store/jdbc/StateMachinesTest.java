package io.stepline.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.store.StateMachineRecord;
import java.time.Instant;
import java.util.UUID;

/** API-created machines: their type, role and deletion are kept and replaced by name. */
class StateMachinesTest {
    private static final Instant CREATED = Instant.parse("2024-03-01T10:15:30.123456Z");

    @OnBothDatabases
    void aSavedMachineComesBackAsSaved(TestStore db) {
        String name = "express-" + UUID.randomUUID();
        var machine = new StateMachineRecord(name, "EXPRESS", "arn:aws:iam::000000000000:role/x", CREATED, null);
        db.store().stateMachines().save(machine);

        assertThat(db.store().stateMachines().find(name)).contains(machine);
        assertThat(db.store().stateMachines().all()).contains(machine);
        assertThat(db.store().stateMachines().find("never-" + name)).isEmpty();
    }

    @OnBothDatabases
    void savingAgainReplacesTheRecordDeletionIncluded(TestStore db) {
        String name = "gone-" + UUID.randomUUID();
        var machine = new StateMachineRecord(name, "STANDARD", null, CREATED, null);
        db.store().stateMachines().save(machine);
        var deleted = machine.deletedAt(CREATED.plusSeconds(60));
        db.store().stateMachines().save(deleted);

        assertThat(db.store().stateMachines().find(name)).contains(deleted);
        assertThat(db.store().stateMachines().find(name).orElseThrow().deleted()).isTrue();

        var createdAgain = new StateMachineRecord(name, "EXPRESS", null, CREATED.plusSeconds(120), null);
        db.store().stateMachines().save(createdAgain);
        assertThat(db.store().stateMachines().find(name)).contains(createdAgain);
        assertThat(db.store().stateMachines().all()).filteredOn(m -> m.name().equals(name)).hasSize(1);
    }
}
