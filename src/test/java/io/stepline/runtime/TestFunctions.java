package io.stepline.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.connector.function.FunctionError;
import io.stepline.connector.function.LocalFunction;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Local functions that observe how the engine calls them: threads, overlap, attempts. */
public final class TestFunctions {
    /** Generous: only reached when the behaviour under test is broken. */
    public static final long LATCH_SECONDS = 20;

    private TestFunctions() {
    }

    /** Returns its payload after {@code parties} calls have all arrived; records each caller's thread. */
    public static final class Rendezvous implements LocalFunction {
        private final CountDownLatch arrived;
        private final Set<String> threads = Collections.synchronizedSet(new LinkedHashSet<>());

        public Rendezvous(int parties) {
            this.arrived = new CountDownLatch(parties);
        }

        @Override
        public JsonNode handle(JsonNode payload, io.stepline.connector.TaskControl control) throws Exception {
            threads.add(Thread.currentThread().getName());
            arrived.countDown();
            if (!arrived.await(LATCH_SECONDS, TimeUnit.SECONDS)) {
                throw new FunctionError("Test.NotConcurrent", "the other callers never arrived");
            }
            return payload;
        }

        public Set<String> threads() {
            return Set.copyOf(threads);
        }
    }

    /**
     * Counts calls running at once and keeps the high-water mark. The first {@code meet} calls
     * wait for each other, so the mark reaches {@code meet} whenever the engine lets them overlap.
     */
    public static final class ConcurrencyGauge implements LocalFunction {
        private final AtomicInteger running = new AtomicInteger();
        private final AtomicInteger highWater = new AtomicInteger();
        private final AtomicInteger calls = new AtomicInteger();
        private final CountDownLatch firstCalls;

        public ConcurrencyGauge(int meet) {
            this.firstCalls = new CountDownLatch(meet);
        }

        @Override
        public JsonNode handle(JsonNode payload, io.stepline.connector.TaskControl control) throws Exception {
            int now = running.incrementAndGet();
            highWater.accumulateAndGet(now, Math::max);
            calls.incrementAndGet();
            try {
                firstCalls.countDown();
                firstCalls.await(LATCH_SECONDS, TimeUnit.SECONDS);
                Thread.sleep(3);
                return payload;
            } finally {
                running.decrementAndGet();
            }
        }

        public int highWater() {
            return highWater.get();
        }

        public int calls() {
            return calls.get();
        }
    }

    /** Fails every call with a chosen error name and message. */
    public static LocalFunction failing(String error, String message) {
        return (payload, control) -> {
            throw new FunctionError(error, message);
        };
    }

    /** Blocks the calling thread (interruptibly) for a long time, as a hung task would. */
    public static LocalFunction hanging() {
        return (payload, control) -> {
            Thread.sleep(TimeUnit.MINUTES.toMillis(10));
            return payload;
        };
    }
}
