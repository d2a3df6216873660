package io.stepline.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.store.StartOutcome;

class StoreSmokeTest {

    @OnBothDatabases
    void startsAndReads(TestStore db) {
        var execution = Fixtures.execution("{\"a\":1}");
        assertThat(db.store().start(execution).kind()).isEqualTo(StartOutcome.Kind.STARTED);
        assertThat(db.store().execution(execution.executionArn())).isPresent();
    }
}
