package io.stepline.store.jdbc;

import static io.stepline.store.jdbc.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.store.MachineVersion;
import java.util.List;
import java.util.stream.IntStream;

class MachineVersionsTest {
    private static final int THREADS = 8;

    @OnBothDatabases
    void newContentGetsTheNextVersionAndTheSameContentTheLatest(TestStore db) {
        String machine = unique("orders");

        MachineVersion first = db.store().registerVersion(machine, "{\"StartAt\":\"A\"}", "hash-a", null);
        MachineVersion second = db.store().registerVersion(machine, "{\"StartAt\":\"B\"}", "hash-b", null);
        MachineVersion again = db.store().registerVersion(machine, "{\"StartAt\":\"B\"}", "hash-b", null);

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(again).isEqualTo(second);
        assertThat(db.store().latestVersion(machine)).contains(second);
        assertThat(db.store().version(machine, 1)).contains(first);
        assertThat(db.store().version(machine, 3)).isEmpty();
    }

    @OnBothDatabases
    void returningToAnOlderContentMakesANewVersion(TestStore db) {
        String machine = unique("orders");
        db.store().registerVersion(machine, "a", "hash-a", null);
        db.store().registerVersion(machine, "b", "hash-b", null);

        assertThat(db.store().registerVersion(machine, "a", "hash-a", null).version()).isEqualTo(3);
    }

    @OnBothDatabases
    void theSameContentReadFromAnotherFileMakesANewVersion(TestStore db) {
        String machine = unique("moved");
        MachineVersion first = db.store().registerVersion(machine, "a", "hash-a", "/old/place/moved.asl.json");

        MachineVersion moved = db.store().registerVersion(machine, "a", "hash-a", "/new/place/moved.asl.json");

        assertThat(moved.version()).isEqualTo(first.version() + 1);
        assertThat(moved.sourceFile()).isEqualTo("/new/place/moved.asl.json");
        assertThat(db.store().version(machine, first.version()).orElseThrow().sourceFile())
                .isEqualTo("/old/place/moved.asl.json");
        assertThat(db.store().registerVersion(machine, "a", "hash-a", "/new/place/moved.asl.json")).isEqualTo(moved);
    }

    @OnBothDatabases
    void machinesListsEachMachineWithItsLatestVersionByName(TestStore db) {
        String zebra = unique("zz-zebra");
        String alpha = unique("aa-alpha");
        db.store().registerVersion(zebra, "z1", "z1", null);
        db.store().registerVersion(alpha, "a1", "a1", null);
        MachineVersion alphaLatest = db.store().registerVersion(alpha, "a2", "a2", null);

        List<MachineVersion> machines = db.store().machines();

        assertThat(machines).extracting(MachineVersion::machineName).isSorted().contains(alpha, zebra);
        assertThat(machines).filteredOn(m -> m.machineName().equals(alpha)).containsExactly(alphaLatest);
    }

    @OnBothDatabases
    void unknownMachinesHaveNoVersions(TestStore db) {
        assertThat(db.store().latestVersion(unique("nobody"))).isEmpty();
    }

    @OnBothDatabases
    void concurrentRegistrationsOfDifferentContentGetDistinctConsecutiveVersions(TestStore db) throws Exception {
        String machine = unique("busy");

        List<MachineVersion> versions = Concurrently.run(THREADS, i -> db.store().registerVersion(machine, "v" + i, "hash-" + i, null));

        assertThat(versions).extracting(MachineVersion::version)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, THREADS).boxed().toList());
        assertThat(db.store().latestVersion(machine).orElseThrow().version()).isEqualTo(THREADS);
    }

    @OnBothDatabases
    void concurrentRegistrationsOfTheSameContentMakeOneVersion(TestStore db) throws Exception {
        String machine = unique("busy");

        List<MachineVersion> versions = Concurrently.run(THREADS, i -> db.store().registerVersion(machine, "same", "same-hash", null));

        assertThat(versions).extracting(MachineVersion::version).containsOnly(1);
        assertThat(db.count("SELECT COUNT(*) FROM machine_versions WHERE machine_name = ?", machine)).isEqualTo(1);
    }
}
