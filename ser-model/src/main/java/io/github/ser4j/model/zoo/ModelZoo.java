package io.github.ser4j.model.zoo;

import io.github.ser4j.nn.layers.Module;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The registry of networks by name. A trainer builds a model with
 * <pre>{@code
 * Module model = ModelZoo.create("ser4j-default", labels.size(), ModelZoo.entry("ser4j-default").input().exampleShape(), 42);
 * }</pre>
 * or with the shape of its own features. Names:
 * <ul>
 *   <li>{@code cnn1d-seed000}: {@link DeepCnn1d}, {@code [1, 880]};</li>
 *   <li>{@code cnn1d-compact-seed001}: {@link CompactCnn1d}, {@code [1, 50]};</li>
 *   <li>{@code resnet18-seed002}: {@link ResNet18}, {@code [1, H, W]};</li>
 *   <li>{@code crnn-seed003}: {@link Crnn}, {@code [1, 128, 259]};</li>
 *   <li>{@code mlp-seed004}: {@link MfccMlp}, {@code [F]};</li>
 *   <li>{@code crnn-attentive}: {@link AttentiveCrnn}, {@code [1, 64, 188]} ({@link LogMelSpec#DEFAULT});</li>
 *   <li>{@code ser4j-default}: {@link FunctionalsEnsemble}, {@code [706]} (the utterance functionals).</li>
 * </ul>
 * The same name, class count, shape and seed give the same initial weights, bit for bit.
 */
public final class ModelZoo {
    /** Name of the default network. */
    public static final String DEFAULT = "ser4j-default";

    private static final Map<String, ZooEntry> ENTRIES = new LinkedHashMap<>();

    static {
        register(new ZooEntry("cnn1d-seed000", DeepCnn1d.INPUT,
                "seed 000: deep CNN1D, 5 conv blocks 256-512-256-256-128, Dense 256", DeepCnn1d::new));
        register(new ZooEntry("cnn1d-compact-seed001", CompactCnn1d.INPUT,
                "seed 001: compact CNN1D 8-16-32 on mean MFCCs, Dense 128", CompactCnn1d::new));
        register(new ZooEntry("resnet18-seed002", ResNet18.INPUT,
                "seed 002: ResNet-18 with 1-channel input on spectrogram images", ResNet18::new));
        register(new ZooEntry("crnn-seed003", Crnn.INPUT,
                "seed 003: CRNN, 4 conv blocks 64-64-128-128, BiLSTM 128", Crnn::new));
        register(new ZooEntry("mlp-seed004", MfccMlp.INPUT,
                "seed 004: MLP 256-128 with batch norm on standardised MFCC statistics", MfccMlp::new));
        register(new ZooEntry("crnn-attentive", AttentiveCrnn.INPUT,
                "compact CRNN (BiGRU) with attention pooling, SpecAugment, on 64-mel log-mel",
                AttentiveCrnn::new));
        register(new ZooEntry(DEFAULT, FunctionalsEnsemble.INPUT,
                "ser4j default: ensemble of 5 MLPs on 706 utterance functionals (loudness, spectrum, MFCC, pitch, "
                        + "voice quality)", FunctionalsEnsemble::new));
    }

    private ModelZoo() {
    }

    private static void register(ZooEntry e) {
        ENTRIES.put(e.name(), e);
    }

    /** Registered names, in a fixed order. */
    public static List<String> names() {
        return List.copyOf(ENTRIES.keySet());
    }

    /** The entry called {@code name}; throws naming the known names if there is none. */
    public static ZooEntry entry(String name) {
        ZooEntry e = ENTRIES.get(name);
        if (e == null) {
            throw new IllegalArgumentException("unknown model '" + name + "'; known: " + names());
        }
        return e;
    }

    /** Builds {@code name} for {@code numClasses} classes and examples of {@code inputShape}, from {@code seed}. */
    public static Module create(String name, int numClasses, int[] inputShape, long seed) {
        return create(name, numClasses, inputShape, new SplittableRandom(seed));
    }

    /** Builds {@code name} for {@code numClasses} classes and examples of {@code inputShape}, from {@code rng}. */
    public static Module create(String name, int numClasses, int[] inputShape, RandomGenerator rng) {
        if (rng == null) {
            throw new IllegalArgumentException("rng must not be null");
        }
        return entry(name).factory().create(numClasses, inputShape, rng);
    }

    /** Builds {@code name} for {@code numClasses} classes at its designed input shape, from {@code seed}. */
    public static Module create(String name, int numClasses, long seed) {
        return create(name, numClasses, entry(name).input().exampleShape(), seed);
    }
}
