package io.github.ser4j.data.features;

import io.github.ser4j.dsp.resample.ResampleType;
import io.github.ser4j.dsp.spectral.PadMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The canonical text form of a {@link FeatureRecipe}: a header line, then one {@code key=value}
 * line per field in a fixed order, one {@code feature=} line per feature (in output order) with
 * its librosa parameters as {@code name=value} words. Numbers are written by
 * {@link Double#toString} (so they parse back to the same double); switched-off stages and
 * {@code None} values are written {@code none}.
 *
 * <pre>
 * ser4j-feature-recipe 1
 * name=seed003
 * load.sr=44100
 * load.res_type=kaiser_best
 * load.mono=true
 * load.offset=0.0
 * load.duration=none
 * effects.trim_top_db=60.0
 * effects.wiener_mysize=3
 * effects.preemphasis=none
 * effects.fix_duration=3.0
 * feature=logmel n_fft=2048 hop_length=512 pad_mode=constant n_mels=128 fmin=0.0 fmax=none htk=false top_db=80.0 deltas=0
 * pooling=frames
 * </pre>
 * Each feature line carries exactly the parameters its kind uses. The parser accepts blank
 * lines and {@code #} comments, keys in any order, and rejects unknown, missing or repeated
 * keys, naming the line.
 */
final class RecipeText {
    static final String HEADER = "ser4j-feature-recipe 1";
    private static final List<String> KEYS = List.of("name", "load.sr", "load.res_type", "load.mono", "load.offset",
            "load.duration", "effects.trim_top_db", "effects.wiener_mysize", "effects.preemphasis",
            "effects.fix_duration", "pooling");

    private RecipeText() {
    }

    static String format(FeatureRecipe r) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        line(sb, "name", r.name());
        line(sb, "load.sr", Integer.toString(r.load().sampleRate()));
        line(sb, "load.res_type", r.load().resType().librosaName());
        line(sb, "load.mono", Boolean.toString(r.load().mono()));
        line(sb, "load.offset", num(r.load().offsetSeconds()));
        line(sb, "load.duration", num(r.load().durationSeconds()));
        EffectsSpec e = r.effects();
        line(sb, "effects.trim_top_db", num(e.trimTopDb()));
        line(sb, "effects.wiener_mysize", e.wienerSize() == 0 ? "none" : Integer.toString(e.wienerSize()));
        line(sb, "effects.preemphasis", e.preEmphasis() == 0 ? "none" : num(e.preEmphasis()));
        line(sb, "effects.fix_duration", e.fixDurationSeconds() == 0 ? "none" : num(e.fixDurationSeconds()));
        for (FeatureSpec f : r.features()) {
            line(sb, "feature", feature(f));
        }
        line(sb, "pooling", r.pooling().id());
        return sb.toString();
    }

    static String feature(FeatureSpec f) {
        StringBuilder sb = new StringBuilder(f.kind().id());
        if (f.kind().isUtteranceLevel()) {
            return sb.toString();
        }
        word(sb, "n_fft", Integer.toString(f.nFft()));
        word(sb, "hop_length", Integer.toString(f.hopLength()));
        if (f.kind() != FeatureKind.ZCR) {
            word(sb, "pad_mode", f.padMode().name().toLowerCase(Locale.ROOT));
        }
        if (f.kind().usesMel()) {
            word(sb, "n_mels", Integer.toString(f.nMels()));
            word(sb, "fmin", num(f.fmin()));
            word(sb, "fmax", num(f.fmax()));
            word(sb, "htk", Boolean.toString(f.htk()));
        }
        if (f.kind() == FeatureKind.MFCC) {
            word(sb, "n_mfcc", Integer.toString(f.nMfcc()));
        }
        if (f.kind().usesDb()) {
            word(sb, "top_db", num(f.topDb()));
        }
        word(sb, "deltas", Integer.toString(f.deltas()));
        return sb.toString();
    }

    private static void line(StringBuilder sb, String key, String value) {
        sb.append(key).append('=').append(value).append('\n');
    }

    private static void word(StringBuilder sb, String key, String value) {
        sb.append(' ').append(key).append('=').append(value);
    }

    /** NaN and infinities are {@code none} (off / None); other values round-trip through Double.toString. */
    private static String num(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "none" : Double.toString(v);
    }

    // ----------------------------------------------------------------------------- parse

    static FeatureRecipe parse(String text) {
        if (text == null) {
            throw new RecipeFormatException("recipe text is null");
        }
        String[] lines = text.split("\r?\n", -1);
        int i = 0;
        while (i < lines.length && skip(lines[i])) {
            i++;
        }
        if (i == lines.length || !lines[i].trim().equals(HEADER)) {
            throw new RecipeFormatException("recipe text must start with '" + HEADER + "'"
                    + (i < lines.length ? ", got '" + lines[i].trim() + "' on line " + (i + 1) : ", got nothing"));
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        List<FeatureSpec> features = new ArrayList<>();
        for (i = i + 1; i < lines.length; i++) {
            String raw = lines[i];
            if (skip(raw)) {
                continue;
            }
            int eq = raw.indexOf('=');
            if (eq < 0) {
                throw new RecipeFormatException("recipe line " + (i + 1) + ": expected key=value, got '" + raw.trim() + "'");
            }
            String key = raw.substring(0, eq).trim();
            String value = raw.substring(eq + 1).trim();
            if (key.equals("feature")) {
                features.add(parseFeature(value, i + 1));
                continue;
            }
            if (!KEYS.contains(key)) {
                throw new RecipeFormatException("recipe line " + (i + 1) + ": unknown key '" + key + "'");
            }
            if (values.put(key, value) != null) {
                throw new RecipeFormatException("recipe line " + (i + 1) + ": key '" + key + "' given twice");
            }
            lineOf.put(key, i + 1);
        }
        for (String k : KEYS) {
            if (!values.containsKey(k)) {
                throw new RecipeFormatException("recipe text lacks the key '" + k + "'");
            }
        }
        if (features.isEmpty()) {
            throw new RecipeFormatException("recipe text has no 'feature=' line");
        }
        Fields f = new Fields(values, lineOf);
        try {
            LoadSpec load = new LoadSpec(f.integer("load.sr"), f.resType("load.res_type"), f.bool("load.mono"),
                    f.number("load.offset", Double.NaN), f.number("load.duration", Double.POSITIVE_INFINITY));
            EffectsSpec effects = new EffectsSpec(f.number("effects.trim_top_db", Double.NaN),
                    f.optionalInt("effects.wiener_mysize"), f.number("effects.preemphasis", 0.0),
                    f.number("effects.fix_duration", 0.0));
            return new FeatureRecipe(values.get("name"), load, effects, features, f.pooling("pooling"));
        } catch (RecipeFormatException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new RecipeFormatException("invalid recipe: " + e.getMessage(), e);
        }
    }

    private static boolean skip(String line) {
        String t = line.trim();
        return t.isEmpty() || t.startsWith("#");
    }

    private static FeatureSpec parseFeature(String value, int line) {
        String[] words = value.trim().split("\\s+");
        FeatureKind kind;
        try {
            kind = FeatureKind.fromId(words[0]);
        } catch (IllegalArgumentException e) {
            throw new RecipeFormatException("recipe line " + line + ": " + e.getMessage(), e);
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int w = 1; w < words.length; w++) {
            int eq = words[w].indexOf('=');
            if (eq <= 0) {
                throw new RecipeFormatException("recipe line " + line + ": expected name=value, got '" + words[w] + "'");
            }
            if (params.put(words[w].substring(0, eq), words[w].substring(eq + 1)) != null) {
                throw new RecipeFormatException("recipe line " + line + ": " + kind + " parameter '"
                        + words[w].substring(0, eq) + "' given twice");
            }
        }
        if (kind.isUtteranceLevel()) {
            if (!params.isEmpty()) {
                throw new RecipeFormatException("recipe line " + line + ": " + kind + " takes no parameters, got '"
                        + params.keySet().iterator().next() + "'");
            }
            return FeatureSpec.functionals();
        }
        List<String> expected = new ArrayList<>(List.of("n_fft", "hop_length", "deltas"));
        if (kind != FeatureKind.ZCR) {
            expected.add("pad_mode");
        }
        if (kind.usesMel()) {
            expected.addAll(List.of("n_mels", "fmin", "fmax", "htk"));
        }
        if (kind == FeatureKind.MFCC) {
            expected.add("n_mfcc");
        }
        if (kind.usesDb()) {
            expected.add("top_db");
        }
        for (String p : params.keySet()) {
            if (!expected.contains(p)) {
                throw new RecipeFormatException("recipe line " + line + ": " + kind + " takes no parameter '" + p
                        + "' (it takes " + String.join(", ", expected) + ")");
            }
        }
        for (String p : expected) {
            if (!params.containsKey(p)) {
                throw new RecipeFormatException("recipe line " + line + ": " + kind + " lacks the parameter '" + p + "'");
            }
        }
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (String p : params.keySet()) {
            lines.put(p, line);
        }
        Fields f = new Fields(params, lines);
        try {
            PadMode pad = kind == FeatureKind.ZCR ? PadMode.EDGE : f.padMode("pad_mode");
            return new FeatureSpec(kind, f.integer("n_fft"), f.integer("hop_length"),
                    kind.usesMel() ? f.integer("n_mels") : FeatureSpec.DEFAULT_N_MELS,
                    kind == FeatureKind.MFCC ? f.integer("n_mfcc") : FeatureSpec.DEFAULT_N_MFCC,
                    kind.usesMel() ? f.number("fmin", Double.NaN) : 0.0,
                    kind.usesMel() ? f.number("fmax", Double.NaN) : Double.NaN,
                    kind.usesMel() && f.bool("htk"), pad,
                    kind.usesDb() ? f.number("top_db", Double.POSITIVE_INFINITY) : FeatureSpec.DEFAULT_TOP_DB,
                    f.integer("deltas"));
        } catch (RecipeFormatException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new RecipeFormatException("recipe line " + line + ": " + e.getMessage(), e);
        }
    }

    /** Typed access to parsed values, with errors naming the line and key. */
    private record Fields(Map<String, String> values, Map<String, Integer> lines) {
        private RecipeFormatException bad(String key, String expected) {
            return new RecipeFormatException("recipe line " + lines.get(key) + ": " + key + ": expected " + expected
                    + ", got '" + values.get(key) + "'");
        }

        int integer(String key) {
            try {
                return Integer.parseInt(values.get(key));
            } catch (NumberFormatException e) {
                throw bad(key, "an integer");
            }
        }

        int optionalInt(String key) {
            return "none".equals(values.get(key)) ? 0 : integer(key);
        }

        /** A number, or {@code none} meaning {@code noneValue} (NaN means none is not allowed). */
        double number(String key, double noneValue) {
            String v = values.get(key);
            if ("none".equals(v)) {
                if (Double.isNaN(noneValue) && !key.equals("effects.trim_top_db") && !key.equals("fmax")) {
                    throw bad(key, "a number");
                }
                return noneValue;
            }
            try {
                double d = Double.parseDouble(v);
                if (!Double.isFinite(d)) {
                    throw bad(key, "a finite number or 'none'");
                }
                return d;
            } catch (NumberFormatException e) {
                throw bad(key, "a number or 'none'");
            }
        }

        boolean bool(String key) {
            String v = values.get(key);
            if (v.equals("true") || v.equals("false")) {
                return Boolean.parseBoolean(v);
            }
            throw bad(key, "true or false");
        }

        ResampleType resType(String key) {
            try {
                return ResampleType.fromName(values.get(key));
            } catch (IllegalArgumentException e) {
                throw bad(key, "kaiser_best, kaiser_fast or polyphase");
            }
        }

        PadMode padMode(String key) {
            String v = values.get(key);
            if (v.equals("constant")) {
                return PadMode.CONSTANT;
            }
            if (v.equals("reflect")) {
                return PadMode.REFLECT;
            }
            throw bad(key, "constant or reflect");
        }

        Pooling pooling(String key) {
            try {
                return Pooling.fromId(values.get(key));
            } catch (IllegalArgumentException e) {
                throw bad(key, "frames, mean, stats or flatten");
            }
        }
    }
}
