package io.github.ser4j.model;

import io.github.ser4j.dsp.audio.WavWriter;
import io.github.ser4j.dsp.resample.Resampler;
import io.github.ser4j.model.bundle.ModelBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class EmotionRecognizerTest {
    private static final float[] SPEECH = SmallBundles.speech();

    @TempDir
    Path dir;

    private static EmotionRecognizer recognizer() throws Exception {
        return EmotionRecognizer.of(SmallBundles.untrained());
    }

    @Test
    void streamingInRandomChunksGivesTheBatchWindowsExactly() throws Exception {
        EmotionRecognizer r = recognizer();
        for (double hop : new double[] {0.5, 1.0, 1.7}) {
            List<Prediction> batch = r.predictWindows(SPEECH, 16000, hop);
            for (long seed = 1; seed <= 3; seed++) {
                SplittableRandom rng = new SplittableRandom(seed);
                StreamingSession s = r.openStream(16000, hop);
                List<Prediction> streamed = new ArrayList<>();
                for (int pos = 0; pos < SPEECH.length; ) {
                    int n = Math.min(SPEECH.length - pos, 1 + rng.nextInt(seed == 1 ? 40 : 12000));
                    streamed.addAll(s.push(Arrays.copyOfRange(SPEECH, pos, pos + n)));
                    pos += n;
                }
                streamed.addAll(s.finish());
                assertThat(streamed).as("hop %s, chunk seed %d", hop, seed).isEqualTo(batch);
                assertThat(s.timeline()).isEqualTo(batch);
            }
        }
    }

    @Test
    void streamsAtAnotherRateWithEmptyChunksMatchBatchWindowsToo() throws Exception {
        EmotionRecognizer r = recognizer();
        float[] at8k = Resampler.standard().resample(SPEECH, 16000, 8000, r.recipe().load().resType());
        List<Prediction> batch = r.predictWindows(at8k, 8000, 0.75);
        StreamingSession s = r.openStream(8000, 0.75);
        SplittableRandom rng = new SplittableRandom(11);
        List<Prediction> streamed = new ArrayList<>();
        for (int pos = 0; pos < at8k.length; ) {
            int n = rng.nextInt(4) == 0 ? 0 : Math.min(at8k.length - pos, 1 + rng.nextInt(5000));
            streamed.addAll(s.push(Arrays.copyOfRange(at8k, pos, pos + n)));
            pos += n;
        }
        streamed.addAll(s.finish());
        assertThat(streamed).isEqualTo(batch);
        assertThat(s.samplesPushed()).isEqualTo(at8k.length);
        assertThat(batch.get(1).startSeconds()).isEqualTo(0.75);
    }

    @Test
    void eachWindowIsThePredictionOfItsOwnSamples() throws Exception {
        EmotionRecognizer r = recognizer();
        List<Prediction> windows = r.predictWindows(SPEECH, 16000, 1.0);
        int n = SPEECH.length;
        // whole windows at 0, 1, 2, ... s while they fit, then the short rest
        int whole = (n - 16000) / 16000 + 1;
        assertThat(windows).hasSize(whole + (whole * 16000 < n ? 1 : 0));
        for (int i = 0; i < windows.size(); i++) {
            Prediction w = windows.get(i);
            int from = 16000 * i;
            int to = Math.min(n, from + 16000);
            assertThat(w.startSeconds()).isEqualTo(i);
            assertThat(w.endSeconds()).isCloseTo(to / 16000.0, within(1e-12));
            Prediction alone = r.predict(Arrays.copyOfRange(SPEECH, from, to), 16000);
            assertThat(w.probabilities()).isEqualTo(alone.probabilities());
            assertThat(w.label()).isEqualTo(alone.label());
        }
    }

    @Test
    void windowsFollowTheRuleForShortInputsAndWideHops() {
        SlidingWindows w = new SlidingWindows(10, 4);
        assertThat(w.plan(0)).isEmpty();
        assertThat(w.plan(3)).containsExactly(new long[] {0, 3});
        assertThat(w.plan(10)).containsExactly(new long[] {0, 10});
        assertThat(w.plan(15)).containsExactly(new long[] {0, 10}, new long[] {4, 14}, new long[] {8, 15});
        // hop longer than the window: gaps are skipped, the rest after the last window is analysed
        SlidingWindows wide = new SlidingWindows(4, 10);
        assertThat(wide.plan(17)).containsExactly(new long[] {0, 4}, new long[] {10, 14});
        assertThat(wide.plan(23)).containsExactly(new long[] {0, 4}, new long[] {10, 14}, new long[] {20, 23});
    }

    @Test
    void concurrentPredictionsEqualSingleThreadedOnes() throws Exception {
        EmotionRecognizer r = recognizer();
        List<float[]> clips = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int from = 4000 * i;
            clips.add(Arrays.copyOfRange(SPEECH, from, from + 16000 + 1000 * (i % 3)));
        }
        List<Prediction> expected = new ArrayList<>();
        for (float[] c : clips) {
            expected.add(r.predict(c, 16000));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<Prediction>> futures = new ArrayList<>();
                for (float[] c : clips) {
                    futures.add(pool.submit(() -> r.predict(c, 16000)));
                }
                for (int i = 0; i < clips.size(); i++) {
                    assertThat(futures.get(i).get()).isEqualTo(expected.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void predictionsCarryEveryClassProbabilityAndTheWindow() throws Exception {
        Prediction p = recognizer().predict(Arrays.copyOf(SPEECH, 24000), 16000);
        assertThat(p.probabilities().keySet()).containsExactly("angry", "happy", "neutral", "sad");
        double sum = p.probabilities().values().stream().mapToDouble(Float::doubleValue).sum();
        assertThat(sum).isCloseTo(1.0, within(1e-6));
        float max = p.probabilities().values().stream().max(Float::compare).orElseThrow();
        assertThat(p.confidence()).isEqualTo(max);
        assertThat(p.startSeconds()).isZero();
        assertThat(p.endSeconds()).isEqualTo(1.5);
    }

    @Test
    void samplesAtAnotherRateAreResampledWithTheRecipesResampler() throws Exception {
        EmotionRecognizer r = recognizer();
        float[] at8k = Resampler.standard().resample(Arrays.copyOf(SPEECH, 16000), 16000, 8000,
                r.recipe().load().resType());
        float[] back = Resampler.standard().resample(at8k, 8000, 16000, r.recipe().load().resType());
        assertThat(r.predict(at8k, 8000).probabilities()).isEqualTo(r.predict(back, 16000).probabilities());
    }

    @Test
    void predictingAFileEqualsPredictingItsSamples() throws Exception {
        EmotionRecognizer r = recognizer();
        Path wav = dir.resolve("clip.wav");
        float[] clip = Arrays.copyOf(SPEECH, 20000);
        WavWriter.write(wav, new io.github.ser4j.dsp.audio.Audio(clip, 16000), WavWriter.Encoding.FLOAT_32);
        Prediction fromFile = r.predict(wav);
        assertThat(fromFile).isEqualTo(r.predict(clip, 16000));
    }

    @Test
    void badInputIsRejectedClearly() throws Exception {
        EmotionRecognizer r = recognizer();
        assertThatThrownBy(() -> r.predict(new float[0], 16000)).hasMessageContaining("no samples");
        assertThatThrownBy(() -> r.predict(new float[10], 0)).hasMessageContaining("sampleRate");
        assertThatThrownBy(() -> r.predictWindows(SPEECH, 16000, 0)).hasMessageContaining("hopSeconds");
        StreamingSession s = r.openStream();
        s.finish();
        assertThatThrownBy(() -> s.push(new float[1])).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> r.predict(dir.resolve("missing.wav"))).hasMessageContaining("missing.wav");
    }

    @Test
    void readmeExampleRuns() throws Exception {
        SmallBundles.untrained().save(dir.resolve("emotion.ser4j"));
        WavWriter.write(dir.resolve("speech.wav"), new io.github.ser4j.dsp.audio.Audio(SPEECH, 16000));
        Path model = dir.resolve("emotion.ser4j");
        Path wav = dir.resolve("speech.wav");
        // --- the README example, as printed there (paths aside)
        EmotionRecognizer ser = EmotionRecognizer.load(model);
        Prediction p = ser.predict(wav);
        System.out.printf("%s %.2f %s%n", p.label(), p.confidence(), p.probabilities());
        io.github.ser4j.dsp.audio.Audio audio = io.github.ser4j.dsp.audio.AudioReader.strict().read(wav);
        StreamingSession stream = ser.openStream(audio.sampleRate(), 1.0);   // a window every second
        for (int i = 0; i < audio.length(); i += 4096) {                      // e.g. microphone chunks
            stream.push(Arrays.copyOfRange(audio.samples(), i, Math.min(audio.length(), i + 4096)))
                    .forEach(System.out::println);
        }
        stream.finish().forEach(System.out::println);
        // ---
        assertThat(stream.timeline()).isEqualTo(ser.predictWindows(audio.samples(), audio.sampleRate(), 1.0));
        assertThat(stream.timeline()).hasSizeGreaterThan(3);
    }

    @Test
    void loadsFromAFile() throws Exception {
        ModelBundle b = SmallBundles.untrained();
        Path f = dir.resolve("m.ser4j");
        b.save(f);
        EmotionRecognizer loaded = EmotionRecognizer.load(f);
        assertThat(loaded.predict(SPEECH, 16000)).isEqualTo(EmotionRecognizer.of(b).predict(SPEECH, 16000));
        assertThat(loaded.windowSeconds()).isEqualTo(1.0);
        assertThat(loaded.labels()).containsExactly("angry", "happy", "neutral", "sad");
    }

    @Test
    void testTimeAugmentationAveragesTheViewsAndSurvivesSaving() throws Exception {
        io.github.ser4j.model.bundle.TestTimeAugmentation tta = io.github.ser4j.model.bundle.TestTimeAugmentation.speeds0911();
        EmotionRecognizer plain = recognizer();
        Path file = dir.resolve("tta" + ModelBundle.EXTENSION);
        SmallBundles.untrained(tta).save(file);
        EmotionRecognizer r = EmotionRecognizer.load(file);
        float[] clip = Arrays.copyOfRange(SPEECH, 0, 24000);
        Prediction p = r.predict(clip, 16000);
        // by hand: the original and its 0.9 / 1.1 versions through the same recipe and network
        io.github.ser4j.data.features.FeaturePipeline pipe = io.github.ser4j.data.features.FeaturePipeline.of(r.recipe());
        float[] mean = new float[4];
        for (io.github.ser4j.dsp.audio.Audio v : tta.views(new io.github.ser4j.dsp.audio.Audio(clip, 16000))) {
            Prediction one = plain.predictFeatures(pipe.process(v));
            for (int c = 0; c < 4; c++) {
                mean[c] += one.probabilities().get(r.labels().get(c)) / 3;
            }
        }
        for (int c = 0; c < 4; c++) {
            assertThat(p.probabilities().get(r.labels().get(c))).isCloseTo(mean[c], within(1e-6f));
        }
        assertThat(p.probabilities()).isNotEqualTo(plain.predict(clip, 16000).probabilities());
        // a file gives the same as its samples, and a stream the same as batch windows
        Path wav = dir.resolve("clip.wav");
        io.github.ser4j.dsp.audio.WavWriter.write(wav, new io.github.ser4j.dsp.audio.Audio(clip, 16000));
        assertThat(r.predict(wav).probabilities()).isEqualTo(r.predict(io.github.ser4j.dsp.audio.AudioReader.strict()
                .read(wav).samples(), 16000).probabilities());
        StreamingSession s = r.openStream(16000, 0.5);
        List<Prediction> streamed = new ArrayList<>(s.push(SPEECH));
        streamed.addAll(s.finish());
        assertThat(streamed).isEqualTo(r.predictWindows(SPEECH, 16000, 0.5));
    }
}
