package io.github.ser4j.nn.kernels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ParallelismTest {
    @AfterEach
    void restore() {
        Parallelism.setThreads(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void everyTaskRunsExactlyOnceOnDaemonThreads() {
        Parallelism.setThreads(3);
        AtomicIntegerArray runs = new AtomicIntegerArray(3);
        ConcurrentHashMap<Thread, Boolean> threads = new ConcurrentHashMap<>();
        Parallelism.forEach(3, t -> {
            runs.incrementAndGet(t);
            threads.put(Thread.currentThread(), true);
        });
        for (int t = 0; t < 3; t++) {
            assertThat(runs.get(t)).isEqualTo(1);
        }
        assertThat(threads.keySet()).contains(Thread.currentThread());
        threads.keySet().stream().filter(th -> th != Thread.currentThread())
                .forEach(th -> assertThat(th.isDaemon()).as(th.getName()).isTrue());
    }

    @Test
    void singleThreadedRunsInTheCaller() {
        Parallelism.setThreads(1);
        assertThat(Parallelism.tasksFor(100)).isEqualTo(1);
        Thread caller = Thread.currentThread();
        Parallelism.forEach(4, t -> assertThat(Thread.currentThread()).isSameAs(caller));
    }

    @Test
    void callsFromAForkJoinWorkerRunInsideThatWorker() throws Exception {
        Parallelism.setThreads(2);
        AtomicIntegerArray inner = new AtomicIntegerArray(1);
        java.util.concurrent.ForkJoinPool outer = new java.util.concurrent.ForkJoinPool(1);
        try {
            outer.submit(() -> {
                assertThat(Parallelism.tasksFor(100)).isEqualTo(1);
                Thread worker = Thread.currentThread();
                Parallelism.forEach(3, u -> {
                    assertThat(Thread.currentThread()).isSameAs(worker);
                    inner.incrementAndGet(0);
                });
            }).get();
        } finally {
            outer.shutdown();
        }
        assertThat(inner.get(0)).isEqualTo(3);
    }

    @Test
    void exceptionsInTasksReachTheCaller() {
        Parallelism.setThreads(2);
        assertThatThrownBy(() -> Parallelism.forEach(2, t -> {
            if (t == 1) {
                throw new IllegalStateException("task 1 failed");
            }
        })).hasMessageContaining("task 1 failed");
    }

    @Test
    void splitStartCoversTheRangeWithAlignedDisjointParts() {
        for (int n : new int[]{0, 1, 7, 17, 1023}) {
            for (int parts : new int[]{1, 2, 3, 5}) {
                assertThat(Parallelism.splitStart(n, parts, 0, 4)).isZero();
                assertThat(Parallelism.splitStart(n, parts, parts, 4)).isEqualTo(n);
                for (int p = 0; p < parts; p++) {
                    int s = Parallelism.splitStart(n, parts, p, 4);
                    int e = Parallelism.splitStart(n, parts, p + 1, 4);
                    assertThat(e).isGreaterThanOrEqualTo(s);
                    assertThat(s % 4 == 0 || s == n).isTrue();
                }
            }
        }
    }

    @Test
    void rejectsNonPositiveThreadCounts() {
        assertThatThrownBy(() -> Parallelism.setThreads(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
    }
}
