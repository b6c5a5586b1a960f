package io.github.ser4j.data.features;

import io.github.ser4j.data.corpus.Utterance;
import io.github.ser4j.data.split.AugmentedUtterance;
import io.github.ser4j.data.split.TrainingExample;
import io.github.ser4j.dsp.audio.Audio;
import io.github.ser4j.dsp.audio.AudioLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Extracts a recipe's features from many utterances in parallel, with a disk cache, progress
 * reports, and bad files reported and skipped.
 *
 * <pre>{@code
 * FeatureExtractor ex = FeatureExtractor.builder(FeatureRecipe.defaultRecipe())
 *         .threads(4).cache(FeatureCache.at(Path.of("cache"))).build();
 * FeatureSet train = ex.extractExamples(split.train().augmented(2, augmenter, 42).examples());
 * FeatureSet test  = ex.extract(split.test().utterances());
 * }</pre>
 *
 * <h2>How a run goes</h2>
 * Examples are grouped by audio file, and each group is one task on a fixed pool of
 * {@code threads} daemon threads: the file is read once; its original's features come from the
 * cache when there, else the file is decoded and processed by the thread's own
 * {@link FeaturePipeline} (plans are built once per thread) and the result is cached; each
 * augmented copy renders the decoded source with its own seed ({@link AugmentedUtterance#render})
 * before the recipe's effects and features, so copy {@code i} is the same on every run and with
 * any thread count.
 *
 * <p><b>Augmented copies are not cached.</b> Their augmenter is an arbitrary function (often a
 * lambda) with no stable identity to put in a key: a key made from its class name or
 * {@code toString} would silently serve stale copies after the augmentation changed. Copies
 * are also the part a user varies between experiments (copies, seed, chain), so there is
 * little to reuse; the source decode is shared with the original within a task.
 *
 * <p><b>Failures.</b> A file that cannot be read or decoded, or whose features fail (too short
 * for deltas, an empty window), is recorded as an {@link ExtractionFailure} naming the path
 * and the reason, and the run goes on; in strict mode the first failure stops the run with a
 * {@link FeatureExtractionException}. A damaged cache entry is not a failure: it is
 * recomputed.
 */
public final class FeatureExtractor {
    private final FeatureRecipe recipe;
    private final int threads;
    private final FeatureCache cache;
    private final boolean strict;
    private final ExtractionListener listener;
    private final String recipeHash;

    private FeatureExtractor(Builder b) {
        this.recipe = b.recipe;
        this.recipeHash = b.recipe.hash();
        this.threads = b.threads;
        this.cache = b.cache;
        this.strict = b.strict;
        this.listener = b.listener;
    }

    /** A builder: all cores, no cache, lenient (bad files skipped), no listener. */
    public static Builder builder(FeatureRecipe recipe) {
        return new Builder(recipe);
    }

    /** The recipe. */
    public FeatureRecipe recipe() {
        return recipe;
    }

    /** Worker threads. */
    public int threads() {
        return threads;
    }

    /** Features of utterances used as recorded (evaluation, test, or unaugmented training). */
    public FeatureSet extract(List<Utterance> utterances) {
        List<Job> jobs = new ArrayList<>(utterances.size());
        for (Utterance u : utterances) {
            jobs.add(new Job(Objects.requireNonNull(u, "utterance"), null));
        }
        return run(jobs);
    }

    /** Features of training examples: originals and augmented copies. */
    public FeatureSet extractExamples(List<? extends TrainingExample> examples) {
        List<Job> jobs = new ArrayList<>(examples.size());
        for (TrainingExample e : examples) {
            jobs.add(new Job(e.source(), e instanceof AugmentedUtterance a ? a : null));
        }
        return run(jobs);
    }

    /** One example: a source utterance, and the copy to render (null for the original). */
    private record Job(Utterance source, AugmentedUtterance copy) {
        int copyIndex() {
            return copy == null ? 0 : copy.copyIndex();
        }
    }

    /** Outcome of one job: features or a failure, and whether the cache supplied it. */
    private record Outcome(FeatureArray features, ExtractionFailure failure, Throwable cause, boolean cached) {
    }

    private FeatureSet run(List<Job> jobs) {
        long t0 = System.nanoTime();
        Map<Path, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < jobs.size(); i++) {
            groups.computeIfAbsent(jobs.get(i).source().path(), k -> new ArrayList<>()).add(i);
        }
        Outcome[] outcomes = new Outcome[jobs.size()];
        AtomicInteger done = new AtomicInteger();
        Object lock = new Object();
        listener.started(jobs.size());
        if (cache != null) {
            try {
                cache.describe(recipe);
            } catch (IOException e) {
                // the description is a courtesy; entries are still keyed by the hash
            }
        }
        ThreadLocal<FeaturePipeline> pipelines = ThreadLocal.withInitial(() -> FeaturePipeline.of(recipe));
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, groups.size())),
                daemonThreads());
        try {
            List<Future<?>> futures = new ArrayList<>(groups.size());
            for (Map.Entry<Path, List<Integer>> g : groups.entrySet()) {
                futures.add(pool.submit(() -> {
                    processGroup(g.getKey(), g.getValue(), jobs, outcomes, pipelines.get());
                    synchronized (lock) {
                        for (int i : g.getValue()) {
                            int n = done.incrementAndGet();
                            listener.completed(n, jobs.size(), g.getKey(), outcomes[i].failure());
                        }
                    }
                    if (strict) {
                        for (int i : g.getValue()) {
                            if (outcomes[i].failure() != null) {
                                throw new FeatureExtractionException(outcomes[i].failure(), outcomes[i].cause());
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof FeatureExtractionException fe) {
                        throw fe;
                    }
                    throw new IllegalStateException("feature extraction task failed", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("feature extraction interrupted", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        List<FeatureSet.Entry> entries = new ArrayList<>();
        List<ExtractionFailure> failures = new ArrayList<>();
        int computed = 0;
        int hits = 0;
        for (int i = 0; i < jobs.size(); i++) {
            Outcome o = outcomes[i];
            if (o.failure() != null) {
                failures.add(o.failure());
            } else {
                entries.add(new FeatureSet.Entry(jobs.get(i).source(), jobs.get(i).copyIndex(), o.features()));
                if (o.cached()) {
                    hits++;
                } else {
                    computed++;
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new FeatureSet(recipe, entries, failures, new FeatureSet.Stats(computed, hits, failures.size(), seconds));
    }

    /** Reads the file once, then serves the original (cache or compute) and renders the copies. */
    private void processGroup(Path path, List<Integer> members, List<Job> jobs, Outcome[] outcomes,
                              FeaturePipeline pipeline) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException | RuntimeException e) {
            for (int i : members) {
                outcomes[i] = fail(jobs.get(i), e);
            }
            return;
        }
        byte[] key = cache == null ? null : FeatureCache.contentKey(bytes);
        Audio decoded = null;
        Exception decodeError = null;
        for (int i : members) {
            Job job = jobs.get(i);
            try {
                if (job.copy() == null && cache != null) {
                    Optional<FeatureArray> hit = cache.read(recipeHash, key);
                    if (hit.isPresent() && Arrays.equals(hit.get().shape(), expectedShape(hit.get()))) {
                        outcomes[i] = new Outcome(hit.get(), null, null, true);
                        continue;
                    }
                }
                if (decoded == null && decodeError == null) {
                    try {
                        decoded = AudioLoader.load(new ByteArrayInputStream(bytes), path.toString(),
                                recipe.load().options());
                    } catch (IOException | RuntimeException e) {
                        decodeError = e;
                    }
                }
                if (decodeError != null) {
                    outcomes[i] = fail(job, decodeError);
                    continue;
                }
                Audio audio = job.copy() == null ? decoded : job.copy().render(decoded);
                FeatureArray features = pipeline.process(audio);
                if (job.copy() == null && cache != null) {
                    cache.write(recipeHash, key, features);
                }
                outcomes[i] = new Outcome(features, null, null, false);
            } catch (IOException | RuntimeException e) {
                outcomes[i] = fail(job, e);
            }
        }
    }

    /** A cached array must have the recipe's shape where the recipe fixes it. */
    private int[] expectedShape(FeatureArray a) {
        int[] s = recipe.outputShape();
        int[] got = a.shape();
        if (s.length != got.length) {
            return s;
        }
        for (int i = 0; i < s.length; i++) {
            if (s[i] < 0) {
                s[i] = got[i];
            }
        }
        return s;
    }

    private static Outcome fail(Job job, Throwable e) {
        return new Outcome(null, new ExtractionFailure(job.source().path(), job.copyIndex(), reason(job.source().path(), e)),
                e, false);
    }

    /** The error's message without the path it usually starts with (the failure names the path). */
    static String reason(Path path, Throwable e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        String p = path.toString();
        if (m.startsWith(p + ": ")) {
            m = m.substring(p.length() + 2);
        }
        return m;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "ser4j-features-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Options of a {@link FeatureExtractor}. */
    public static final class Builder {
        private final FeatureRecipe recipe;
        private int threads = Runtime.getRuntime().availableProcessors();
        private FeatureCache cache;
        private boolean strict;
        private ExtractionListener listener = ExtractionListener.NONE;

        private Builder(FeatureRecipe recipe) {
            this.recipe = Objects.requireNonNull(recipe, "recipe");
        }

        /** Worker threads, {@code >= 1} (default: all cores). */
        public Builder threads(int value) {
            if (value < 1 || value > 1024) {
                throw new IllegalArgumentException("threads must be in [1, 1024], got " + value);
            }
            threads = value;
            return this;
        }

        /** A disk cache for originals (null for none). */
        public Builder cache(FeatureCache value) {
            cache = value;
            return this;
        }

        /** Stop at the first failure instead of skipping bad files. */
        public Builder strict(boolean value) {
            strict = value;
            return this;
        }

        /** Receives progress. */
        public Builder listener(ExtractionListener value) {
            listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /** The extractor. */
        public FeatureExtractor build() {
            return new FeatureExtractor(this);
        }
    }
}
