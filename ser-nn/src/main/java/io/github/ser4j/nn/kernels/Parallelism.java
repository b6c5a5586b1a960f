package io.github.ser4j.nn.kernels;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.IntConsumer;

/**
 * The one thread pool every kernel shares, and the number of threads it may use.
 *
 * <p>The count comes from {@link #setThreads(int)}, else the system property
 * {@code ser4j.threads}, else {@link Runtime#availableProcessors()}. One thread means every
 * kernel runs in the calling thread and no pool is created. The pool is a
 * {@link ForkJoinPool} of daemon threads (it never keeps the JVM alive) sized to the count;
 * the calling thread takes part in the work, so {@code n} threads means the caller plus
 * {@code n - 1} workers. Changing the count replaces the pool; calls already running finish
 * on the old one.
 *
 * <p>Kernels split their <em>output</em> into disjoint parts and give each part to one task;
 * no reduction is ever split across tasks, so results do not depend on the thread count.
 * A call made from a fork/join worker thread (a task of this pool calling another parallel
 * kernel, or a parallel stream) runs in that thread: the caller is already parallel, and
 * nesting would only oversubscribe the cores.
 */
public final class Parallelism {
    private static volatile int threads = initialThreads();
    private static ForkJoinPool pool;

    private Parallelism() {
    }

    private static int initialThreads() {
        String p = System.getProperty("ser4j.threads");
        if (p != null && !p.isBlank()) {
            try {
                int n = Integer.parseInt(p.trim());
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // fall through to the default; the property is a hint, not a contract
            }
            System.getLogger("io.github.ser4j.nn.kernels").log(System.Logger.Level.WARNING,
                    "ignoring ser4j.threads=" + p + " (expected a positive integer)");
        }
        return Runtime.getRuntime().availableProcessors();
    }

    /** @return the number of threads kernels may use (at least 1) */
    public static int threads() {
        return threads;
    }

    /**
     * Sets the number of threads kernels may use; 1 makes every kernel single-threaded.
     *
     * @param n the thread count, at least 1
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public static synchronized void setThreads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + n);
        }
        if (n != threads) {
            threads = n;
            if (pool != null) {
                pool.shutdown(); // idle daemon workers exit; running tasks finish
                pool = null;
            }
        }
    }

    private static synchronized ForkJoinPool pool() {
        if (pool == null) {
            // The caller runs one task itself, so threads - 1 workers keep `threads` cores busy.
            pool = new ForkJoinPool(Math.max(1, threads - 1), p -> {
                ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
                t.setName("ser4j-kernel-" + t.getPoolIndex());
                t.setDaemon(true);
                return t;
            }, null, false);
        }
        return pool;
    }

    /**
     * How many tasks a kernel should split {@code work} units into: 1 when single-threaded
     * or when called from inside the pool, else at most {@link #threads()}.
     *
     * @param work the number of independent units (rows, tiles, batch items)
     * @return a task count between 1 and {@code min(work, threads())}
     */
    public static int tasksFor(int work) {
        if (threads == 1 || work <= 1 || Thread.currentThread() instanceof ForkJoinWorkerThread) {
            return 1;
        }
        return Math.min(work, threads);
    }

    /**
     * Runs {@code body.accept(t)} for every {@code t} in {@code [0, tasks)}, in parallel on
     * the shared pool with the calling thread taking task 0, and returns when all are done.
     * An exception in any task is rethrown here.
     *
     * @param tasks the number of tasks (usually from {@link #tasksFor(int)})
     * @param body the task body; tasks must write disjoint outputs
     */
    public static void forEach(int tasks, IntConsumer body) {
        if (tasks <= 1 || threads == 1 || Thread.currentThread() instanceof ForkJoinWorkerThread) {
            for (int t = 0; t < tasks; t++) {
                body.accept(t);
            }
            return;
        }
        ForkJoinPool p = pool();
        ForkJoinTask<?>[] forked = new ForkJoinTask<?>[tasks];
        for (int t = 1; t < tasks; t++) {
            final int task = t;
            try {
                forked[t] = p.submit(() -> body.accept(task));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                forked[t] = null; // the pool was replaced by setThreads meanwhile: run it here
            }
        }
        RuntimeException failure = null;
        try {
            body.accept(0);
        } catch (RuntimeException e) {
            failure = e;
        }
        for (int t = 1; t < tasks; t++) {
            try {
                if (forked[t] == null) {
                    body.accept(t);
                    continue;
                }
                forked[t].join();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Splits {@code [0, n)} into {@code parts} contiguous ranges whose boundaries are
     * multiples of {@code align} (except the end) and returns the start of range {@code part}.
     *
     * @param n the length to split
     * @param parts the number of ranges
     * @param part which range, {@code 0 <= part <= parts}; {@code part == parts} gives {@code n}
     * @param align the granularity of the boundaries, at least 1
     * @return the first index of range {@code part}
     */
    public static int splitStart(int n, int parts, int part, int align) {
        int units = (n + align - 1) / align;
        long startUnit = (long) units * part / parts;
        return (int) Math.min(n, startUnit * align);
    }
}
