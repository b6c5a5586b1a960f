package io.github.ser4j.model.experiment;

import io.github.ser4j.data.corpus.Corpora;
import io.github.ser4j.data.corpus.Corpus;
import io.github.ser4j.data.corpus.CorpusId;
import io.github.ser4j.data.corpus.Utterance;
import io.github.ser4j.data.emotion.Emotion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The corpora of an experiment, read from their folders (each auto-detected by its file
 * names), restricted to the classes the experiment distinguishes.
 *
 * <p>The classes are the requested emotions (all, when none are requested) that the data
 * holds; for a cross-corpus experiment, only those present both in the training corpus (the
 * first) and in the test corpora (the others), since a model can be neither trained nor
 * scored on a class one side lacks. Utterances of other emotions are dropped.
 *
 * @param corpora one corpus per source folder (or per corpus found in it), filtered to {@code classes}
 * @param classes the emotions to tell apart, in {@link Emotion} order, at least two
 * @param dropped requested emotions that are absent (or not shared), for the report
 */
public record CorpusSelection(List<Corpus> corpora, List<Emotion> classes, List<Emotion> dropped) {
    /** Copies the lists. */
    public CorpusSelection {
        corpora = List.copyOf(corpora);
        classes = List.copyOf(classes);
        dropped = List.copyOf(dropped);
    }

    /**
     * Reads the folders and keeps the classes.
     *
     * @param dirs     corpus folders, at least one
     * @param emotions requested emotions; empty for every emotion in the data
     * @param crossCorpus whether the first corpus trains and the others test (classes must be shared)
     * @throws ExperimentException if a folder is missing or unreadable, holds no recognised
     *                             utterance, or fewer than two classes remain
     */
    public static CorpusSelection load(List<Path> dirs, Collection<Emotion> emotions, boolean crossCorpus) {
        if (dirs.isEmpty()) {
            throw new ExperimentException("no corpus folder given");
        }
        List<Corpus> read = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.exists(dir)) {
                throw new ExperimentException("corpus folder does not exist: " + dir);
            }
            if (!Files.isDirectory(dir)) {
                throw new ExperimentException("corpus path is not a folder: " + dir);
            }
            Corpus c;
            try {
                c = Corpora.read(dir);
            } catch (IOException e) {
                throw new ExperimentException("cannot read corpus folder " + dir + ": " + e.getMessage(), e);
            }
            if (c.size() == 0) {
                throw new ExperimentException("no utterance of a known corpus (RAVDESS, CREMA-D, TESS, SAVEE, "
                        + "EMO-DB, EMOVO, ShEMO naming) found in " + dir
                        + (c.unparsed().isEmpty() ? "" : " (" + c.unparsed().size() + " unparsed .wav files)"));
            }
            if (crossCorpus && dirs.size() == 1 && c.sources().size() > 1) {
                // One folder holding several corpora: each is a side of the cross-corpus test.
                read.addAll(c.bySource().values());
            } else {
                read.add(c);
            }
        }
        return restrict(read, emotions, crossCorpus);
    }

    /** {@link #load} for corpora already in memory. */
    public static CorpusSelection restrict(List<Corpus> corpora, Collection<Emotion> emotions, boolean crossCorpus) {
        if (crossCorpus && corpora.size() < 2) {
            throw new ExperimentException("a cross-corpus split needs two corpora (train on the first, test on "
                    + "the others), got " + corpora.size());
        }
        Set<Emotion> present = EnumSet.noneOf(Emotion.class);
        if (crossCorpus) {
            Set<Emotion> test = EnumSet.noneOf(Emotion.class);
            corpora.subList(1, corpora.size()).forEach(c -> test.addAll(c.emotionCounts().keySet()));
            present.addAll(corpora.get(0).emotionCounts().keySet());
            present.retainAll(test);
        } else {
            corpora.forEach(c -> present.addAll(c.emotionCounts().keySet()));
        }
        Set<Emotion> keep = EnumSet.noneOf(Emotion.class);
        List<Emotion> dropped = new ArrayList<>();
        if (emotions.isEmpty()) {
            keep.addAll(present);
        } else {
            for (Emotion e : EnumSet.copyOf(emotions)) {
                if (present.contains(e)) {
                    keep.add(e);
                } else {
                    dropped.add(e);
                }
            }
        }
        if (keep.size() < 2) {
            throw new ExperimentException("need at least two emotions to tell apart, got " + labels(keep)
                    + (emotions.isEmpty() ? "" : " of the requested " + labels(emotions))
                    + "; the data holds " + labels(present));
        }
        List<Corpus> filtered = new ArrayList<>();
        for (Corpus c : corpora) {
            filtered.add(c.filter(u -> keep.contains(u.emotion())));
        }
        return new CorpusSelection(filtered, List.copyOf(keep), dropped);
    }

    /** Every utterance of every corpus, as one corpus. */
    public Corpus combined() {
        return corpora.size() == 1 ? corpora.get(0) : Corpus.combine(corpora);
    }

    /** All utterances. */
    public List<Utterance> utterances() {
        return combined().utterances();
    }

    /** The class labels ({@link Emotion#label()}), in class order. */
    public List<String> labels() {
        return classes.stream().map(Emotion::label).toList();
    }

    /** One line per corpus: name, utterances, speakers, utterances per class. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        for (Corpus c : corpora) {
            sb.append(String.format(Locale.ROOT, "%s: %d utterances, %d speakers;", c.name(), c.size(),
                    c.speakers().size()));
            Map<Emotion, Integer> counts = c.emotionCounts();
            for (Emotion e : classes) {
                sb.append(' ').append(e.label()).append(' ').append(counts.getOrDefault(e, 0));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The corpus ids found, for the report. */
    public Set<CorpusId> sources() {
        Set<CorpusId> s = EnumSet.noneOf(CorpusId.class);
        corpora.forEach(c -> s.addAll(c.sources()));
        return s;
    }

    private static String labels(Collection<Emotion> es) {
        return es.stream().map(Emotion::label).toList().toString();
    }
}
