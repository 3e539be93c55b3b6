package org.saydo.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {

    @Test
    void keepsResultsUntilInvalidated() {
        AtomicInteger calls = new AtomicInteger();
        Memo<String, String> memo = new Memo<>(k -> k + calls.incrementAndGet(), 10);
        assertThat(memo.get("a")).isEqualTo("a1");
        assertThat(memo.get("a")).isEqualTo("a1");
        assertThat(memo.get("b")).isEqualTo("b2");
        memo.invalidate();
        assertThat(memo.get("a")).isEqualTo("a3");
    }

    @Test
    void aNewVersionOfTheRecordIsComputedAfreshWithoutInvalidation() {
        AtomicInteger calls = new AtomicInteger();
        java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();
        Memo<String, String> memo = new Memo<>(k -> k + calls.incrementAndGet(), 10, version::get);
        assertThat(memo.get("a")).isEqualTo("a1");
        assertThat(memo.get("a")).isEqualTo("a1");
        version.incrementAndGet(); // a write committed by another path than the server's ingest
        assertThat(memo.get("a")).isEqualTo("a2");
        assertThat(memo.get("a")).isEqualTo("a2");
    }

    @Test
    void capacityZeroComputesEveryTime() {
        AtomicInteger calls = new AtomicInteger();
        Memo<String, Integer> memo = new Memo<>(k -> calls.incrementAndGet(), 0);
        memo.get("a");
        memo.get("a");
        assertThat(calls).hasValue(2);
    }

    @Test
    void failuresAreNotKept() {
        AtomicInteger calls = new AtomicInteger();
        Memo<String, Integer> memo = new Memo<>(k -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("boom");
            }
            return calls.get();
        }, 10);
        assertThatThrownBy(() -> memo.get("a")).hasMessage("boom");
        assertThat(memo.get("a")).isEqualTo(2);
    }

    @Test
    void equalRequestsInFlightShareOneComputation() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        Memo<String, Integer> memo = new Memo<>(k -> {
            calls.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 42;
        }, 10);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> all = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                all.add(pool.submit(() -> memo.get("same")));
            }
            Thread.sleep(200);
            release.countDown();
            for (Future<Integer> f : all) {
                assertThat(f.get()).isEqualTo(42);
            }
            assertThat(calls).hasValue(1);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void staysWithinCapacity() {
        Memo<Integer, Integer> memo = new Memo<>(k -> k * 2, 3);
        for (int i = 0; i < 100; i++) {
            assertThat(memo.get(i)).isEqualTo(i * 2);
        }
    }
}
