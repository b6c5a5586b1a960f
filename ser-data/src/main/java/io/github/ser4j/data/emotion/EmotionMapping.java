package io.github.ser4j.data.emotion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable relabelling of emotions: each source {@link Emotion} maps to one target
 * emotion, or is dropped. It turns a corpus' full label set into the label set of an
 * experiment, e.g. "merge calm into neutral" or "keep only angry, happy, sad, neutral".
 *
 * <p>Every operation returns a new mapping; the {@linkplain #labels() target labels} are
 * the distinct targets in {@link Emotion} declaration order.
 *
 * <pre>{@code
 * EmotionMapping four = EmotionMapping.identity()
 *         .merge(Emotion.CALM, Emotion.NEUTRAL)
 *         .keepOnly(EnumSet.of(ANGRY, HAPPY, SAD, NEUTRAL));
 * four.map(Emotion.CALM);     // Optional[neutral]
 * four.map(Emotion.DISGUST);  // Optional.empty
 * // the same, from text:
 * EmotionMapping.parse("angry,happy,sad,neutral,calm=neutral");
 * }</pre>
 */
public final class EmotionMapping {
    private final Map<Emotion, Emotion> targets;

    private EmotionMapping(Map<Emotion, Emotion> targets) {
        Map<Emotion, Emotion> copy = new EnumMap<>(Emotion.class);
        copy.putAll(targets);
        this.targets = Collections.unmodifiableMap(copy);
    }

    /** Every emotion maps to itself. */
    public static EmotionMapping identity() {
        Map<Emotion, Emotion> m = new EnumMap<>(Emotion.class);
        for (Emotion e : Emotion.values()) {
            m.put(e, e);
        }
        return new EmotionMapping(m);
    }

    /** Keeps exactly the given emotions (each to itself) and drops the rest. */
    public static EmotionMapping subset(Collection<Emotion> keep) {
        return identity().keepOnly(keep);
    }

    /**
     * Parses a comma-separated specification: a bare label keeps that emotion,
     * {@code from=to} merges {@code from} into {@code to}. When at least one bare label is
     * given, only the listed targets are kept; with merges only, all others stay.
     * Example: {@code "angry,happy,sad,neutral,calm=neutral"}.
     *
     * @throws IllegalArgumentException naming the bad item
     */
    public static EmotionMapping parse(String spec) {
        Objects.requireNonNull(spec, "spec");
        EmotionMapping m = identity();
        Set<Emotion> kept = EnumSet.noneOf(Emotion.class);
        for (String raw : spec.split(",")) {
            String item = raw.strip();
            if (item.isEmpty()) {
                continue;
            }
            int eq = item.indexOf('=');
            if (eq < 0) {
                kept.add(Emotion.parse(item));
            } else {
                Emotion from = Emotion.parse(item.substring(0, eq));
                Emotion to = Emotion.parse(item.substring(eq + 1));
                m = m.merge(from, to);
            }
        }
        return kept.isEmpty() ? m : m.keepOnly(kept);
    }

    /**
     * Returns a mapping where every source currently labelled {@code from} gets the label
     * that {@code into} currently has (e.g. {@code merge(CALM, NEUTRAL)}). If {@code into}
     * is dropped, those sources are dropped too.
     */
    public EmotionMapping merge(Emotion from, Emotion into) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(into, "into");
        if (from == into) {
            return this;
        }
        Emotion target = targets.get(into);
        Map<Emotion, Emotion> m = new EnumMap<>(Emotion.class);
        targets.forEach((src, dst) -> {
            if (dst != from) {
                m.put(src, dst);
            } else if (target != null) {
                m.put(src, target);
            }
        });
        return new EmotionMapping(m);
    }

    /** Returns a mapping that drops every source whose target is not in {@code keep}. */
    public EmotionMapping keepOnly(Collection<Emotion> keep) {
        Objects.requireNonNull(keep, "keep");
        if (keep.isEmpty()) {
            throw new IllegalArgumentException("keep must name at least one emotion");
        }
        Map<Emotion, Emotion> m = new EnumMap<>(Emotion.class);
        targets.forEach((src, dst) -> {
            if (keep.contains(dst)) {
                m.put(src, dst);
            }
        });
        return new EmotionMapping(m);
    }

    /** The target of {@code source}, or empty if it is dropped. */
    public Optional<Emotion> map(Emotion source) {
        return Optional.ofNullable(targets.get(source));
    }

    /** Whether {@code source} is kept (maps to some target). */
    public boolean keeps(Emotion source) {
        return targets.containsKey(source);
    }

    /** The distinct target labels, in {@link Emotion} declaration order. */
    public List<Emotion> labels() {
        Set<Emotion> s = EnumSet.noneOf(Emotion.class);
        s.addAll(targets.values());
        return List.copyOf(new ArrayList<>(s));
    }

    /** The whole mapping, source to target, dropped sources absent. */
    public Map<Emotion, Emotion> asMap() {
        return targets;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmotionMapping other && targets.equals(other.targets);
    }

    @Override
    public int hashCode() {
        return targets.hashCode();
    }

    /** Prints the non-identity entries and the targets, e.g. {@code [calm=neutral] -> [neutral, happy]}. */
    @Override
    public String toString() {
        List<String> merges = new ArrayList<>();
        targets.forEach((s, t) -> {
            if (s != t) {
                merges.add(s + "=" + t);
            }
        });
        return merges + " -> " + labels();
    }
}
