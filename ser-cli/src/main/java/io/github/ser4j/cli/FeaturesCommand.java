package io.github.ser4j.cli;

import io.github.ser4j.data.features.FeatureArray;
import io.github.ser4j.data.features.FeatureCsv;
import io.github.ser4j.data.features.FeatureKind;
import io.github.ser4j.data.features.NpyWriter;
import io.github.ser4j.dsp.audio.Audio;
import io.github.ser4j.dsp.audio.AudioLoader;
import io.github.ser4j.dsp.audio.LoadOptions;
import io.github.ser4j.dsp.resample.ResampleType;
import io.github.ser4j.dsp.spectral.PadMode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ser features}: one librosa feature of a file, or of every audio file of a directory,
 * saved as {@code .npy} (float32, C order) or CSV, oriented as librosa returns it (rows are
 * coefficients or bins, columns frames).
 *
 * <pre>
 *   ser features speech.wav --feature mfcc --n-mfcc 40 --out speech.npy
 *   ser features corpus/ --feature logmel --sr 16000 --n-fft 512 --hop-length 160 --out feats/ --threads 4
 * </pre>
 *
 * <p>Options carry librosa's names and defaults: audio is loaded as {@code librosa.load(path,
 * sr=22050)} with kaiser_best resampling ({@code --sr 0} keeps the file's rate); {@code stft}
 * is the power spectrogram {@code |S|^2}; {@code logmel} is {@code power_to_db(mel, ref=1.0,
 * amin=1e-10, top_db=80)}; {@code mfcc} is {@code librosa.feature.mfcc}. A directory is walked
 * recursively and each audio file gives one output under {@code --out} with the same relative
 * path and base name, extracted on {@code --threads} threads, with a progress bar when run on
 * a terminal. Bad files are reported by path with the reason and skipped; the exit code is 1
 * if any failed.
 */
@Command(name = "features",
        mixinStandardHelpOptions = true,
        description = "Extract a librosa feature from an audio file or every audio file of a directory.",
        sortOptions = false)
public final class FeaturesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "A WAV/AIFF file, or a directory searched recursively.")
    Path in;

    @Option(names = "--feature", defaultValue = "mfcc",
            description = "mfcc, mel, logmel, stft, zcr, rms, chroma or centroid (default: ${DEFAULT-VALUE}).")
    String feature;

    @Option(names = {"-o", "--out"}, required = true,
            description = "OUT.npy or OUT.csv for a file; an output directory for a directory.")
    Path out;

    @Option(names = "--format", description = "npy or csv: the format of a directory's outputs (default npy), "
            + "or of a file's output when OUT has no .npy/.csv extension.")
    String format;

    @Option(names = "--sr", defaultValue = "22050", description = "Target sample rate, 0 = native (default: ${DEFAULT-VALUE}).")
    int sr;

    @Option(names = "--res-type", defaultValue = "kaiser_best",
            description = "kaiser_best, kaiser_fast or polyphase (default: ${DEFAULT-VALUE}).")
    String resType;

    @Option(names = "--n-fft", defaultValue = "2048", description = "FFT / frame length (default: ${DEFAULT-VALUE}).")
    int nFft;

    @Option(names = "--hop-length", description = "Hop length (default: n_fft / 4).")
    Integer hopLength;

    @Option(names = "--n-mels", defaultValue = "128", description = "Mel bands (default: ${DEFAULT-VALUE}).")
    int nMels;

    @Option(names = "--n-mfcc", defaultValue = "20", description = "MFCCs kept (default: ${DEFAULT-VALUE}).")
    int nMfcc;

    @Option(names = "--fmin", defaultValue = "0", description = "Lowest mel frequency in Hz (default: ${DEFAULT-VALUE}).")
    double fmin;

    @Option(names = "--fmax", description = "Highest mel frequency in Hz (default: sr / 2).")
    Double fmax;

    @Option(names = "--htk", description = "HTK mel scale instead of Slaney's.")
    boolean htk;

    @Option(names = "--top-db", defaultValue = "80",
            description = "top_db of power_to_db for logmel and mfcc, or 'none' (default: ${DEFAULT-VALUE}).")
    String topDb;

    @Option(names = "--ref", defaultValue = "1.0",
            description = "ref of power_to_db for logmel: a number or 'max' (default: ${DEFAULT-VALUE}).")
    String ref;

    @Option(names = "--pad-mode", defaultValue = "constant",
            description = "Padding of centred frames: constant (librosa 0.9) or reflect (librosa 0.8) (default: ${DEFAULT-VALUE}).")
    String padMode;

    @Option(names = "--threads", description = "Worker threads for a directory (default: all cores).")
    Integer threads;

    /** What went wrong with one file. */
    private record Failure(Path path, String reason) {
    }

    @Override
    public Integer call() {
        FrameFeature.Params params = params();
        LoadOptions load = loadOptions();
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (nThreads < 1) {
            throw usage("--threads must be >= 1, got " + nThreads);
        }
        if (sr > 0) {
            try {
                new FrameFeature(params, sr);
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
        }
        if (Files.isDirectory(in)) {
            return directory(params, load, nThreads);
        }
        if (!Files.exists(in)) {
            throw usage("IN: no such file or directory: " + in);
        }
        String fmt = fileFormat(out);
        Failure f = extractOne(in, out, fmt, params, load, new HashMap<>());
        if (f != null) {
            err().println("ser features: " + f.path() + ": " + f.reason());
            return 1;
        }
        return 0;
    }

    private int directory(FrameFeature.Params params, LoadOptions load, int nThreads) {
        String fmt = format == null ? "npy" : checkFormat(format);
        List<Path> files;
        try (Stream<Path> s = Files.walk(in)) {
            files = s.filter(Files::isRegularFile).filter(FeaturesCommand::isAudio).sorted().toList();
        } catch (IOException e) {
            err().println("ser features: cannot list " + in + ": " + e.getMessage());
            return 1;
        }
        if (files.isEmpty()) {
            err().println("ser features: no .wav/.aif/.aiff files under " + in);
            return 1;
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw usage("--out must be a directory when IN is a directory, got the file " + out);
        }
        long t0 = System.nanoTime();
        List<Failure> failures = new ArrayList<>();
        AtomicInteger ok = new AtomicInteger();
        ThreadLocal<Map<Integer, FrameFeature>> plans = ThreadLocal.withInitial(HashMap::new);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(nThreads, files.size()), r -> {
            Thread t = new Thread(r, "ser-features");
            t.setDaemon(true);
            return t;
        });
        try (ProgressDisplay bar = new ProgressDisplay("features")) {
            bar.started(files.size());
            List<Future<Failure>> futures = new ArrayList<>();
            for (Path f : files) {
                Path target = out.resolve(baseName(in.relativize(f).toString()) + "." + fmt);
                futures.add(pool.submit(() -> {
                    Failure fail = extractOne(f, target, fmt, params, load, plans.get());
                    bar.step();
                    return fail;
                }));
            }
            for (Future<Failure> fu : futures) {
                Failure fail;
                try {
                    fail = fu.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("feature task failed", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
                if (fail == null) {
                    ok.incrementAndGet();
                } else {
                    failures.add(fail);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        for (Failure f : failures) {
            err().println("ser features: " + f.path() + ": " + f.reason());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        out().printf(Locale.ROOT, "ser features: %d files ok, %d failed, %.2f s (%s, %d threads) -> %s%n",
                ok.get(), failures.size(), seconds, params.kind().id(), Math.min(nThreads, files.size()), out);
        out().flush();
        return failures.isEmpty() ? 0 : 1;
    }

    /** Loads, computes and writes one file; returns the failure, or null. */
    private static Failure extractOne(Path file, Path target, String fmt, FrameFeature.Params params, LoadOptions load,
                                      Map<Integer, FrameFeature> plans) {
        try {
            Audio a = AudioLoader.load(file, load);
            FrameFeature f = plans.computeIfAbsent(a.sampleRate(), rate -> new FrameFeature(params, rate));
            FeatureArray m = FeatureArray.matrix(f.compute(a.samples()));
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (fmt.equals("npy")) {
                NpyWriter.write(target, m);
            } else {
                try (BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                    FeatureCsv.writeMatrix(w, m);
                }
            }
            return null;
        } catch (java.nio.file.NoSuchFileException e) {
            return new Failure(file, "no such file");
        } catch (IOException | RuntimeException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            String prefix = file.toString() + ": ";
            return new Failure(file, m.startsWith(prefix) ? m.substring(prefix.length()) : m);
        }
    }

    private FrameFeature.Params params() {
        FeatureKind kind;
        try {
            kind = FeatureKind.fromId(feature);
        } catch (IllegalArgumentException e) {
            throw usage("--feature: " + e.getMessage());
        }
        if (sr < 0) {
            throw usage("--sr must be >= 0 (0 = native rate), got " + sr);
        }
        if (nFft < 2) {
            throw usage("--n-fft must be >= 2, got " + nFft);
        }
        int hop = hopLength == null ? nFft / 4 : hopLength;
        if (hop < 1) {
            throw usage("--hop-length must be >= 1, got " + hop);
        }
        if (nMels < 1) {
            throw usage("--n-mels must be >= 1, got " + nMels);
        }
        if (kind == FeatureKind.MFCC && (nMfcc < 1 || nMfcc > nMels)) {
            throw usage("--n-mfcc must be in [1, n_mels=" + nMels + "], got " + nMfcc);
        }
        double top;
        if (topDb.equalsIgnoreCase("none")) {
            top = Double.POSITIVE_INFINITY;
        } else {
            top = number("--top-db", topDb);
            if (top < 0) {
                throw usage("--top-db must be >= 0 or 'none', got " + topDb);
            }
        }
        double r = ref.equalsIgnoreCase("max") ? Double.NaN : number("--ref", ref);
        if (!Double.isNaN(r) && !(r > 0)) {
            throw usage("--ref must be positive or 'max', got " + ref);
        }
        PadMode pad = switch (padMode.toLowerCase(Locale.ROOT)) {
            case "constant" -> PadMode.CONSTANT;
            case "reflect" -> PadMode.REFLECT;
            default -> throw usage("--pad-mode must be constant or reflect, got '" + padMode + "'");
        };
        return new FrameFeature.Params(kind, nFft, hop, nMels, nMfcc, fmin, fmax == null ? Double.NaN : fmax, htk,
                top, r, pad);
    }

    private LoadOptions loadOptions() {
        ResampleType type;
        try {
            type = ResampleType.fromName(resType);
        } catch (IllegalArgumentException e) {
            throw usage("--res-type: " + e.getMessage());
        }
        return LoadOptions.librosaDefaults().withSampleRate(sr).withResType(type);
    }

    private double number(String option, String value) {
        try {
            double d = Double.parseDouble(value);
            if (!Double.isFinite(d)) {
                throw usage(option + " must be finite, got " + value);
            }
            return d;
        } catch (NumberFormatException e) {
            throw usage(option + " must be a number, got '" + value + "'");
        }
    }

    private String fileFormat(Path target) {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".npy")) {
            return "npy";
        }
        if (name.endsWith(".csv")) {
            return "csv";
        }
        if (format != null) {
            return checkFormat(format);
        }
        throw usage("--out must end in .npy or .csv (or give --format), got " + target);
    }

    private String checkFormat(String f) {
        String l = f.toLowerCase(Locale.ROOT);
        if (!l.equals("npy") && !l.equals("csv")) {
            throw usage("--format must be npy or csv, got '" + f + "'");
        }
        return l;
    }

    private static boolean isAudio(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".wav") || n.endsWith(".wave") || n.endsWith(".aif") || n.endsWith(".aiff");
    }

    private static String baseName(String relative) {
        int dot = relative.lastIndexOf('.');
        int slash = Math.max(relative.lastIndexOf('/'), relative.lastIndexOf('\\'));
        return dot > slash ? relative.substring(0, dot) : relative;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
