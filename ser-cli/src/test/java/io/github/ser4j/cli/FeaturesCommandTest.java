package io.github.ser4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ser4j.dsp.audio.Audio;
import io.github.ser4j.dsp.audio.AudioLoader;
import io.github.ser4j.dsp.audio.LoadOptions;
import io.github.ser4j.dsp.audio.WavWriter;
import io.github.ser4j.dsp.features.Features;
import io.github.ser4j.dsp.features.MelSpectrogramConfig;
import io.github.ser4j.dsp.spectral.DbConfig;
import io.github.ser4j.dsp.spectral.StftConfig;
import io.github.ser4j.dsp.testing.Npy;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ser features} run in-process on generated WAVs and on the librosa golden input. */
class FeaturesCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int ser(String... args) {
        CommandLine cl = SerCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private static Path wav(Path p, int sampleRate, double seconds, long seed) throws IOException {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] y = new float[(int) (seconds * sampleRate)];
        double f = 150 + 100 * rng.nextDouble();
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) (0.3 * Math.sin(2 * Math.PI * f * i / sampleRate)
                    + 0.1 * Math.sin(2 * Math.PI * 3.7 * f * i / sampleRate) + 0.01 * (rng.nextDouble() - 0.5));
        }
        Files.createDirectories(p.getParent());
        WavWriter.write(p, new Audio(y, sampleRate), WavWriter.Encoding.PCM_16);
        return p;
    }

    private static Path golden(String name) throws URISyntaxException {
        return Path.of(FeaturesCommandTest.class.getResource("/golden/librosa/" + name).toURI());
    }

    private static double maxRelativeError(float[] actual, double[] expected) {
        assertThat(actual).hasSize(expected.length);
        double err = 0;
        double scale = 1;
        for (int i = 0; i < expected.length; i++) {
            err = Math.max(err, Math.abs(actual[i] - expected[i]));
            scale = Math.max(scale, Math.abs(expected[i]));
        }
        return err / scale;
    }

    @Test
    void mfccNpyOfTheGoldenInputMatchesLibrosa() throws Exception {
        Path o = dir.resolve("m.npy");
        assertThat(ser("features", golden("input_44100_pcm16.wav").toString(), "--feature", "mfcc", "--n-mfcc", "40",
                "--out", o.toString())).isZero();
        Npy.Array got = Npy.read(o);
        Npy.Array want = Npy.read(golden("mfcc40.npy"));
        assertThat(got.dtype()).isEqualTo("<f4");
        assertThat(got.shape()).containsExactly(40, 151);
        double rel = maxRelativeError(got.toFloats(), want.data());
        System.out.printf("ser features mfcc vs librosa: max error relative to max |golden| %.3g%n", rel);
        assertThat(rel).isLessThan(3e-5);
    }

    @Test
    void logmelCsvOfTheGoldenInputMatchesLibrosaRowsAreMelBands() throws Exception {
        Path o = dir.resolve("lm.csv");
        assertThat(ser("features", golden("input_44100_pcm16.wav").toString(), "--feature", "logmel",
                "--out", o.toString())).isZero();
        List<String> lines = Files.readAllLines(o);
        assertThat(lines).hasSize(128);
        float[] got = new float[128 * 151];
        for (int i = 0; i < 128; i++) {
            String[] cells = lines.get(i).split(",");
            assertThat(cells).hasSize(151);
            for (int j = 0; j < 151; j++) {
                got[i * 151 + j] = Float.parseFloat(cells[j]);
            }
        }
        double rel = maxRelativeError(got, Npy.read(golden("logmel_ref_1_top80.npy")).data());
        System.out.printf("ser features logmel vs librosa: max error relative to max |golden| %.3g%n", rel);
        assertThat(rel).isLessThan(3e-5);
    }

    @Test
    void optionsReachTheLibraryCallExactly() throws IOException {
        Path w = wav(dir.resolve("a.wav"), 16000, 1.3, 1);
        Path o = dir.resolve("a.npy");
        assertThat(ser("features", w.toString(), "--feature", "logmel", "--sr", "16000", "--n-fft", "512",
                "--hop-length", "160", "--n-mels", "64", "--fmin", "50", "--fmax", "7600", "--htk", "--top-db", "60",
                "--ref", "max", "--out", o.toString())).isZero();
        float[] y = AudioLoader.load(w, LoadOptions.librosaDefaults().withSampleRate(16000)).samples();
        MelSpectrogramConfig mel = MelSpectrogramConfig.of(16000, 512, 160, 64);
        mel = mel.withMel(mel.mel().withRange(50, 7600).withHtk(true));
        float[][] expected = Features.logMel(y, mel, DbConfig.power().withRefMax().withTopDb(60));
        Npy.Array got = Npy.read(o);
        assertThat(got.shape()).containsExactly(64, expected[0].length);
        assertThat(got.toFloatMatrix()).isDeepEqualTo(expected);

        Path s = dir.resolve("s.npy");
        assertThat(ser("features", w.toString(), "--feature", "stft", "--sr", "0", "--n-fft", "256",
                "--pad-mode", "reflect", "--out", s.toString())).isZero();
        float[] native16 = AudioLoader.load(w, LoadOptions.nativeRate()).samples();
        float[][] power = Features.stftPower(native16, StftConfig.of(256, 64).withPadMode(
                io.github.ser4j.dsp.spectral.PadMode.REFLECT));
        assertThat(Npy.read(s).shape()).containsExactly(129, power[0].length);
        assertThat(Npy.read(s).toFloatMatrix()).isDeepEqualTo(power);
    }

    @Test
    void directoryWritesOneOutputPerFileSkipsTheCorruptOneAndExitsWithOne() throws IOException {
        Path corpus = dir.resolve("corpus");
        wav(corpus.resolve("a.wav"), 22050, 1.0, 1);
        wav(corpus.resolve("b.wav"), 16000, 0.8, 2);
        wav(corpus.resolve("sub/c.wav"), 44100, 0.5, 3);
        wav(corpus.resolve("d.WAV"), 8000, 0.7, 4);
        Files.writeString(corpus.resolve("notes.txt"), "not audio, not listed");
        Path bad = corpus.resolve("broken.wav");
        byte[] good = Files.readAllBytes(corpus.resolve("a.wav"));
        Files.write(bad, java.util.Arrays.copyOf(good, 40));
        Path outDir = dir.resolve("out");
        int code = ser("features", corpus.toString(), "--feature", "mfcc", "--out", outDir.toString(), "--threads", "3");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains(bad.toString()).contains("chunk");
        assertThat(out.toString()).contains("4 files ok, 1 failed");
        for (String name : List.of("a.npy", "b.npy", "sub/c.npy", "d.npy")) {
            assertThat(outDir.resolve(name)).exists();
        }
        assertThat(outDir.resolve("broken.npy")).doesNotExist();
        // each output equals the library call on that file
        for (String name : List.of("a", "b", "sub/c", "d")) {
            Path src = Files.exists(corpus.resolve(name + ".wav")) ? corpus.resolve(name + ".wav")
                    : corpus.resolve(name + ".WAV");
            float[][] expected = Features.mfcc(AudioLoader.load(src, LoadOptions.librosaDefaults()), 20);
            assertThat(Npy.read(outDir.resolve(name + ".npy")).toFloatMatrix()).as(name).isDeepEqualTo(expected);
        }
    }

    @Test
    void directoryOfGoodFilesExitsZeroWithCsvOutputs() throws IOException {
        Path corpus = dir.resolve("c2");
        wav(corpus.resolve("x.wav"), 16000, 0.6, 5);
        wav(corpus.resolve("y.wav"), 16000, 0.6, 6);
        Path outDir = dir.resolve("o2");
        assertThat(ser("features", corpus.toString(), "--feature", "zcr", "--format", "csv", "--out",
                outDir.toString(), "--threads", "1")).isZero();
        assertThat(out.toString()).contains("2 files ok, 0 failed");
        float[][] zcr = Features.zcr(AudioLoader.load(corpus.resolve("x.wav"), LoadOptions.librosaDefaults()).samples());
        List<String> lines = Files.readAllLines(outDir.resolve("x.csv"));
        assertThat(lines).hasSize(1);
        String[] cells = lines.get(0).split(",");
        assertThat(cells).hasSize(zcr[0].length);
        for (int j = 0; j < cells.length; j++) {
            assertThat(Float.parseFloat(cells[j])).isEqualTo(zcr[0][j]);
        }
    }

    @Test
    void noProgressBarWhenNotOnATerminal() throws IOException {
        assertThat(ProgressDisplay.onTerminal()).isFalse(); // surefire pipes the test JVM's streams
        Path corpus = dir.resolve("c3");
        wav(corpus.resolve("x.wav"), 16000, 0.4, 7);
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.err;
        System.setErr(new java.io.PrintStream(captured, true));
        try {
            assertThat(ser("features", corpus.toString(), "--out", dir.resolve("o3").toString())).isZero();
        } finally {
            System.setErr(saved);
        }
        assertThat(captured.toString()).doesNotContain("features ").doesNotContain("%");
        assertThat(out.toString()).contains("1 files ok, 0 failed");
    }

    @Test
    void badArgumentsAreUsageErrorsNamingTheOption() throws IOException {
        Path w = wav(dir.resolve("a.wav"), 16000, 0.5, 1);
        assertThat(ser("features", w.toString(), "--feature", "pitch", "--out", dir.resolve("x.npy").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--feature").contains("pitch");
        assertThat(ser("features", w.toString(), "--out", dir.resolve("x.txt").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--out");
        assertThat(ser("features", w.toString(), "--feature", "mel", "--sr", "16000", "--fmax", "9000",
                "--out", dir.resolve("x.npy").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("fmax");
        assertThat(ser("features", dir.resolve("nothing.wav").toString(), "--out", dir.resolve("x.npy").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("no such file");
        Path junk = dir.resolve("junk.wav");
        Files.writeString(junk, "RIFF but not really");
        assertThat(ser("features", junk.toString(), "--out", dir.resolve("j.npy").toString())).isEqualTo(1);
        assertThat(err.toString()).contains(junk.toString());
    }
}
