package io.github.ser4j.data.emotion;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The emotion categories of ser4j: the union of the categories the supported corpora label.
 *
 * <p>Each corpus' own codes (RAVDESS {@code 05}, CREMA-D {@code ANG}, EMO-DB {@code W},
 * EMOVO {@code rab}, ShEMO {@code A}, SAVEE {@code a}, TESS {@code angry}) are mapped onto
 * one of these constants by the corpus readers. The declaration order is the order used
 * for printing; label encoders sort by {@link #label()} (as scikit-learn sorts strings).
 *
 * <table>
 *   <caption>Corpora that use each category</caption>
 *   <tr><th>emotion</th><th>corpora</th></tr>
 *   <tr><td>neutral</td><td>all</td></tr>
 *   <tr><td>calm</td><td>RAVDESS</td></tr>
 *   <tr><td>happy</td><td>all (EMO-DB Freude, EMOVO gioia, ShEMO happiness)</td></tr>
 *   <tr><td>sad</td><td>all</td></tr>
 *   <tr><td>angry</td><td>all</td></tr>
 *   <tr><td>fearful</td><td>all</td></tr>
 *   <tr><td>disgust</td><td>RAVDESS, CREMA-D, TESS, SAVEE, EMO-DB, EMOVO</td></tr>
 *   <tr><td>surprised</td><td>RAVDESS, TESS (pleasant surprise), SAVEE, EMOVO, ShEMO</td></tr>
 *   <tr><td>boredom</td><td>EMO-DB (Langeweile)</td></tr>
 * </table>
 */
public enum Emotion {
    /** No particular emotion expressed. */
    NEUTRAL("neutral"),
    /** Low-arousal, mildly positive (RAVDESS only). */
    CALM("calm"),
    /** Happiness, joy. */
    HAPPY("happy"),
    /** Sadness. */
    SAD("sad"),
    /** Anger. */
    ANGRY("angry"),
    /** Fear. */
    FEARFUL("fearful"),
    /** Disgust. */
    DISGUST("disgust"),
    /** Surprise (TESS: pleasant surprise). */
    SURPRISED("surprised"),
    /** Boredom (EMO-DB only). */
    BOREDOM("boredom");

    private static final Map<String, Emotion> NAMES = new TreeMap<>();

    static {
        for (Emotion e : values()) {
            NAMES.put(e.label, e);
            NAMES.put(e.name().toLowerCase(Locale.ROOT), e);
        }
        // Spellings used by corpus documentation and by the seed projects.
        String[][] synonyms = {
            {"anger", "angry"}, {"mad", "angry"},
            {"happiness", "happy"}, {"joy", "happy"},
            {"sadness", "sad"},
            {"fear", "fearful"}, {"afraid", "fearful"},
            {"disgusted", "disgust"},
            {"surprise", "surprised"}, {"pleasant_surprise", "surprised"},
            {"pleasant_surprised", "surprised"}, {"ps", "surprised"},
            {"bored", "boredom"},
        };
        for (String[] s : synonyms) {
            NAMES.put(s[0], NAMES.get(s[1]));
        }
    }

    private final String label;

    Emotion(String label) {
        this.label = label;
    }

    /** The lower-case name used in reports, JSON and label encoders, e.g. {@code "fearful"}. */
    public String label() {
        return label;
    }

    /**
     * Looks up an emotion by its label, its constant name or a common synonym
     * ({@code anger}, {@code happiness}, {@code joy}, {@code fear}, {@code surprise},
     * {@code ps}, {@code pleasant_surprise}, ...), ignoring case and surrounding blanks.
     *
     * @return the emotion, or empty if the name is unknown
     */
    public static Optional<Emotion> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Optional.ofNullable(NAMES.get(key));
    }

    /**
     * Like {@link #find(String)} but fails on an unknown name.
     *
     * @throws IllegalArgumentException naming the value and the known labels
     */
    public static Emotion parse(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown emotion '" + name + "'; known: " + NAMES.keySet()));
    }

    @Override
    public String toString() {
        return label;
    }
}
