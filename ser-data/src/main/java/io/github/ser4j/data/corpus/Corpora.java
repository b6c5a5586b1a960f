package io.github.ser4j.data.corpus;

import io.github.ser4j.data.emotion.Emotion;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds and reads corpora in folders: the entry point of this package.
 *
 * <p>A folder is walked recursively (following links); every {@code .wav} file (any case)
 * is shown to every {@link CorpusReader}. A file whose name one reader parses belongs to
 * that corpus; a name in a corpus' scheme that is invalid is reported as unparsed for that
 * corpus; a name in no scheme is reported as unrecognised. Which corpus a folder "is" is
 * decided by majority vote over its files. Other files (CSV, text) are ignored. Files
 * are visited in path order, so reading is deterministic. A sub-folder that cannot be read
 * is reported as unparsed and skipped, never aborting the scan.
 *
 * <pre>{@code
 * Corpus emodb = Corpora.read(Path.of("corpora/emodb"));            // auto-detected
 * Corpus both  = Corpus.combine(Corpora.read(ravdessDir), Corpora.read(tessDir));
 * }</pre>
 */
public final class Corpora {
    private static final List<CorpusReader> READERS = CorpusReader.all();

    private Corpora() {
    }

    /**
     * Scans a folder and reports every corpus found in it.
     *
     * @throws NoSuchFileException   if {@code dir} does not exist
     * @throws NotDirectoryException if it is not a folder
     */
    public static CorpusScan scan(Path dir) throws IOException {
        List<UnparsedFile> unrecognized = new ArrayList<>();
        List<Path> files = wavFiles(dir, unrecognized);
        Map<CorpusId, List<Utterance>> parsed = new EnumMap<>(CorpusId.class);
        Map<CorpusId, List<UnparsedFile>> rejected = new EnumMap<>(CorpusId.class);
        Map<CorpusId, Integer> votes = new EnumMap<>(CorpusId.class);
        for (Path file : files) {
            Path rel = dir.relativize(file);
            if (rel.getFileName().toString().startsWith("._")) {
                unrecognized.add(new UnparsedFile(file, "macOS resource-fork file, not audio"));
                continue;
            }
            NameParse.Parsed hit = null;
            CorpusId hitCorpus = null;
            NameParse.Rejected miss = null;
            CorpusId missCorpus = null;
            for (CorpusReader r : READERS) {
                NameParse p = r.parse(rel, file);
                if (p instanceof NameParse.Parsed ok && hit == null) {
                    hit = ok;
                    hitCorpus = r.corpus();
                } else if (p instanceof NameParse.Rejected no && miss == null) {
                    miss = no;
                    missCorpus = r.corpus();
                }
            }
            if (hit != null) {
                votes.merge(hitCorpus, 1, Integer::sum);
                parsed.computeIfAbsent(hitCorpus, k -> new ArrayList<>()).add(hit.utterance());
            } else if (miss != null) {
                votes.merge(missCorpus, 1, Integer::sum);
                rejected.computeIfAbsent(missCorpus, k -> new ArrayList<>())
                        .add(new UnparsedFile(file, missCorpus.id() + ": " + miss.reason()));
            } else {
                unrecognized.add(new UnparsedFile(file, "name follows no known corpus' naming"));
            }
        }
        CorpusScan draft = new CorpusScan(dir, List.of(), votes, unrecognized);
        Optional<CorpusId> majority = draft.majority();
        List<Corpus> corpora = new ArrayList<>();
        for (CorpusId id : votes.keySet()) {
            List<UnparsedFile> bad = new ArrayList<>(rejected.getOrDefault(id, List.of()));
            if (majority.isPresent() && majority.get() == id) {
                bad.addAll(unrecognized);
            }
            corpora.add(Corpus.of(id.id(), parsed.getOrDefault(id, List.of()), bad));
        }
        return new CorpusScan(dir, corpora, votes, unrecognized);
    }

    /** Which corpus a folder holds, by majority vote over its file names; empty if none. */
    public static Optional<CorpusId> detect(Path dir) throws IOException {
        return scan(dir).majority();
    }

    /**
     * Reads a folder, auto-detecting the corpus (or corpora) by file names. Files of
     * several corpora in one folder tree are all read; unparsed files are listed in the
     * result.
     */
    public static Corpus read(Path dir) throws IOException {
        return scan(dir).combined();
    }

    /**
     * Reads a folder as the given corpus: every WAV file that this corpus' reader does not
     * parse is reported as unparsed.
     */
    public static Corpus read(Path dir, CorpusId corpus) throws IOException {
        CorpusReader reader = CorpusReader.of(corpus);
        List<Utterance> ok = new ArrayList<>();
        List<UnparsedFile> bad = new ArrayList<>();
        for (Path file : wavFiles(dir, bad)) {
            NameParse p = reader.parse(dir.relativize(file), file);
            if (p instanceof NameParse.Parsed parsed) {
                ok.add(parsed.utterance());
            } else if (p instanceof NameParse.Rejected r) {
                bad.add(new UnparsedFile(file, corpus.id() + ": " + r.reason()));
            } else {
                bad.add(new UnparsedFile(file, "not a " + corpus.id() + " file name"));
            }
        }
        return Corpus.of(corpus.id(), ok, bad);
    }

    /** The emotions a corpus' naming scheme can express, in {@link Emotion} order. */
    public static List<Emotion> emotionsOf(CorpusId corpus) {
        return switch (corpus) {
            case RAVDESS -> List.of(Emotion.NEUTRAL, Emotion.CALM, Emotion.HAPPY, Emotion.SAD,
                    Emotion.ANGRY, Emotion.FEARFUL, Emotion.DISGUST, Emotion.SURPRISED);
            case CREMA_D -> List.of(Emotion.NEUTRAL, Emotion.HAPPY, Emotion.SAD, Emotion.ANGRY,
                    Emotion.FEARFUL, Emotion.DISGUST);
            case TESS, SAVEE, EMOVO -> List.of(Emotion.NEUTRAL, Emotion.HAPPY, Emotion.SAD,
                    Emotion.ANGRY, Emotion.FEARFUL, Emotion.DISGUST, Emotion.SURPRISED);
            case EMODB -> List.of(Emotion.NEUTRAL, Emotion.HAPPY, Emotion.SAD, Emotion.ANGRY,
                    Emotion.FEARFUL, Emotion.DISGUST, Emotion.BOREDOM);
            case SHEMO -> List.of(Emotion.NEUTRAL, Emotion.HAPPY, Emotion.SAD, Emotion.ANGRY,
                    Emotion.FEARFUL, Emotion.SURPRISED);
        };
    }

    /**
     * The WAV files under {@code dir}, sorted. A sub-folder or file that cannot be read is
     * added to {@code failures} and skipped; only an unreadable root fails.
     */
    private static List<Path> wavFiles(Path dir, List<UnparsedFile> failures) throws IOException {
        if (!Files.exists(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "no such corpus folder");
        }
        if (!Files.isDirectory(dir)) {
            throw new NotDirectoryException(dir.toString());
        }
        List<Path> out = new ArrayList<>();
        Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile() && FileNames.isWav(file)) {
                            out.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                        if (file.equals(dir)) {
                            throw e;
                        }
                        failures.add(new UnparsedFile(file, "cannot read: " + e));
                        return FileVisitResult.CONTINUE;
                    }
                });
        out.sort(null);
        return out;
    }
}
