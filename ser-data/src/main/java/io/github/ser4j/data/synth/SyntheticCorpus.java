package io.github.ser4j.data.synth;

import io.github.ser4j.data.corpus.Gender;
import io.github.ser4j.data.emotion.Emotion;
import io.github.ser4j.dsp.audio.Audio;
import io.github.ser4j.dsp.audio.WavWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A deterministic synthetic emotional speech corpus in RAVDESS layout:
 * {@code Actor_NN/03-01-EE-II-SS-RR-NN.wav}, 16-bit PCM mono, about 1.5-3 s each, with
 * RAVDESS' eight emotions (neutral, calm, happy, sad, angry, fearful, disgust, surprised),
 * two intensities, two statements and two repetitions. It reads back through the RAVDESS
 * reader like the real corpus, so every part of the pipeline can be run and tested
 * without downloading anything.
 *
 * <p>Every file is a function of the seed and its name only (its random generator is
 * seeded from both), so the same configuration writes byte-identical files, in any order.
 * Each actor is a random {@link Voice}; each file applies the {@link EmotionProfile} of
 * its emotion, exaggerated 1.45 times at strong intensity and by the actor's
 * expressiveness, then perturbed per token, so that classes overlap as acted emotions do.
 */
public final class SyntheticCorpus {
    private static final Emotion[] RAVDESS_ORDER = {Emotion.NEUTRAL, Emotion.CALM, Emotion.HAPPY, Emotion.SAD,
        Emotion.ANGRY, Emotion.FEARFUL, Emotion.DISGUST, Emotion.SURPRISED};
    /** (intensity, statement, repetition) in the order files are taken for an emotion. */
    private static final int[][] TAKES = {{1, 1, 1}, {1, 2, 1}, {2, 1, 1}, {2, 2, 1},
        {1, 1, 2}, {1, 2, 2}, {2, 1, 2}, {2, 2, 2}};
    private static final double STRONG = 1.45;

    private final SynthConfig config;
    private final SpeechSynthesizer synthesizer;

    /** A corpus with the given configuration. */
    public SyntheticCorpus(SynthConfig config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
        this.synthesizer = new SpeechSynthesizer(config.sampleRate());
    }

    /** The configuration. */
    public SynthConfig config() {
        return config;
    }

    /** The emotions written, in RAVDESS code order (code = index + 1). */
    public static List<Emotion> emotions() {
        return List.of(RAVDESS_ORDER);
    }

    /** The voice of actor {@code actor} (1-based; odd = male). */
    public Voice voice(int actor) {
        checkActor(actor);
        return Voice.random(actor % 2 == 1 ? Gender.MALE : Gender.FEMALE,
                new SplittableRandom(mix(config.seed(), actor)));
    }

    /**
     * Synthesises one utterance.
     *
     * @param actor      1..speakers
     * @param emotion    one of {@link #emotions()}
     * @param intensity  1 normal, 2 strong (neutral only 1)
     * @param statement  1 or 2
     * @param repetition 1 or 2
     */
    public Audio utterance(int actor, Emotion emotion, int intensity, int statement, int repetition) {
        checkActor(actor);
        int code = code(emotion);
        if (intensity != 1 && intensity != 2 || (emotion == Emotion.NEUTRAL && intensity == 2)) {
            throw new IllegalArgumentException("intensity must be 1 or 2 (neutral: 1), got " + intensity
                    + " for " + emotion);
        }
        if (repetition != 1 && repetition != 2) {
            throw new IllegalArgumentException("repetition must be 1 or 2, got " + repetition);
        }
        Voice voice = voice(actor);
        SplittableRandom rng = new SplittableRandom(
                mix(mix(mix(config.seed(), actor), code * 100L + intensity * 10L + statement), repetition));
        EmotionProfile neutral = EmotionProfile.of(Emotion.NEUTRAL);
        double factor = (intensity == 2 ? STRONG : 1.0) * voice.expressiveness();
        EmotionProfile p = EmotionProfile.of(emotion).scaledFrom(neutral, factor).perturbed(rng);
        return synthesizer.synthesize(voice, p, statement, rng);
    }

    /** The RAVDESS file name of an utterance, e.g. {@code 03-01-05-02-01-01-12.wav}. */
    public static String fileName(int actor, Emotion emotion, int intensity, int statement, int repetition) {
        return String.format(Locale.ROOT, "03-01-%02d-%02d-%02d-%02d-%02d.wav", code(emotion), intensity,
                statement, repetition, actor);
    }

    /**
     * Writes the corpus under {@code dir} (created if absent; existing files of the same
     * names are replaced).
     *
     * @return the files written, actor by actor, emotion by emotion
     */
    public List<Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        List<int[]> jobs = new ArrayList<>();
        for (int actor = 1; actor <= config.speakers(); actor++) {
            Files.createDirectories(dir.resolve(String.format(Locale.ROOT, "Actor_%02d", actor)));
            for (Emotion e : RAVDESS_ORDER) {
                int taken = 0;
                for (int[] take : TAKES) {
                    if (taken == config.perEmotion()) {
                        break;
                    }
                    if (e == Emotion.NEUTRAL && take[0] == 2) {
                        continue;
                    }
                    files.add(dir.resolve(String.format(Locale.ROOT, "Actor_%02d", actor))
                            .resolve(fileName(actor, e, take[0], take[1], take[2])));
                    jobs.add(new int[] {actor, code(e), take[0], take[1], take[2]});
                    taken++;
                }
            }
        }
        // every file depends only on its own seed, so files can be made in parallel
        try {
            IntStream.range(0, jobs.size()).parallel().forEach(i -> {
                int[] j = jobs.get(i);
                try {
                    WavWriter.write(files.get(i), utterance(j[0], RAVDESS_ORDER[j[1] - 1], j[2], j[3], j[4]));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return List.copyOf(files);
    }

    private void checkActor(int actor) {
        if (actor < 1 || actor > config.speakers()) {
            throw new IllegalArgumentException("actor must be in [1, " + config.speakers() + "], got " + actor);
        }
    }

    private static int code(Emotion e) {
        for (int i = 0; i < RAVDESS_ORDER.length; i++) {
            if (RAVDESS_ORDER[i] == e) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("the synthetic corpus has no " + e + " (RAVDESS emotions only)");
    }

    /** SplitMix64's finaliser over a combined key: a well-spread seed per (seed, key). */
    private static long mix(long seed, long key) {
        long z = seed + 0x9E3779B97F4A7C15L * (key + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
