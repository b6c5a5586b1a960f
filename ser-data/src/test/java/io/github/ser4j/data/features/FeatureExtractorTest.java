package io.github.ser4j.data.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ser4j.data.corpus.Utterance;
import io.github.ser4j.data.emotion.Emotion;
import io.github.ser4j.data.split.AudioAugmenter;
import io.github.ser4j.data.split.AugmentedTrainPart;
import io.github.ser4j.data.split.Split;
import io.github.ser4j.dsp.audio.Audio;
import io.github.ser4j.dsp.augment.AdditiveNoise;
import io.github.ser4j.dsp.augment.AugmentationChain;
import io.github.ser4j.dsp.augment.Gain;
import io.github.ser4j.dsp.augment.RandomTimeStretch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureExtractorTest {
    @TempDir
    Path dir;

    private static final FeatureRecipe RECIPE = FeatureRecipe.builder("t").sampleRate(16000).fixDuration(1.5)
            .feature(FeatureSpec.mfcc(20).withFrames(512, 160)).pooling(Pooling.STATS).build();

    @Test
    void parallelExtractionEqualsSequentialInInputOrder() throws IOException {
        List<Utterance> corpus = FeatureFixtures.corpus(dir, 9, 16000);
        FeatureSet one = FeatureExtractor.builder(RECIPE).threads(1).build().extract(corpus);
        FeatureSet three = FeatureExtractor.builder(RECIPE).threads(3).build().extract(corpus);
        assertThat(three.size()).isEqualTo(9);
        for (int i = 0; i < 9; i++) {
            assertThat(three.entries().get(i).source()).isEqualTo(corpus.get(i));
            assertThat(three.entries().get(i).features()).isEqualTo(one.entries().get(i).features());
            assertThat(three.entries().get(i).features())
                    .isEqualTo(FeaturePipeline.of(RECIPE).extract(corpus.get(i).path()));
        }
        assertThat(three.labels()).isEqualTo(corpus.stream().map(Utterance::emotion).toList());
        assertThat(three.vectors()).hasDimensions(9, 80);
    }

    private record Event(int done, int total, Path path, ExtractionFailure failure) {
    }

    @Test
    void badFilesAreReportedByPathWithTheReasonAndSkipped() throws IOException {
        List<Utterance> corpus = new ArrayList<>(FeatureFixtures.corpus(dir, 5, 16000));
        Path garbage = dir.resolve("garbage.wav");
        Files.write(garbage, "this is not audio at all, just text".getBytes());
        Path truncated = dir.resolve("truncated.wav");
        byte[] good = Files.readAllBytes(corpus.get(0).path());
        Files.write(truncated, Arrays.copyOf(good, 30));
        Path empty = dir.resolve("empty.wav");
        Files.write(empty, new byte[0]);
        Path missing = dir.resolve("missing.wav");
        corpus.add(2, FeatureFixtures.utterance(garbage, Emotion.SAD, 3));
        corpus.add(FeatureFixtures.utterance(truncated, Emotion.SAD, 4));
        corpus.add(FeatureFixtures.utterance(empty, Emotion.SAD, 5));
        corpus.add(FeatureFixtures.utterance(missing, Emotion.SAD, 6));
        List<Event> events = new ArrayList<>();
        int[] started = {-1};
        ExtractionListener listener = new ExtractionListener() {
            @Override
            public void started(int total) {
                started[0] = total;
            }

            @Override
            public void completed(int done, int total, Path path, ExtractionFailure failure) {
                events.add(new Event(done, total, path, failure));
            }
        };
        FeatureSet s = FeatureExtractor.builder(RECIPE).threads(2).listener(listener).build().extract(corpus);
        assertThat(s.size()).isEqualTo(5);
        assertThat(s.failures()).extracting(ExtractionFailure::path).containsExactly(garbage, truncated, empty, missing);
        for (ExtractionFailure f : s.failures()) {
            assertThat(f.reason()).as(f.path().toString()).isNotBlank();
            System.out.println("reported: " + f);
        }
        assertThat(s.failures().get(3).reason()).isEqualTo("no such file");
        assertThat(s.failures().get(0).reason()).doesNotContain(garbage.toString()).contains("not a WAV");
        assertThat(s.stats().failed()).isEqualTo(4);
        assertThat(started[0]).isEqualTo(9);
        assertThat(events).extracting(Event::done).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(events).allSatisfy(e -> assertThat(e.total()).isEqualTo(9));
        assertThat(events.stream().filter(e -> e.failure() != null).map(Event::path))
                .containsExactlyInAnyOrder(garbage, truncated, empty, missing);
    }

    @Test
    void strictModeStopsAtTheFirstBadFileNamingIt() throws IOException {
        List<Utterance> corpus = new ArrayList<>(FeatureFixtures.corpus(dir, 3, 16000));
        Path garbage = dir.resolve("garbage.wav");
        Files.write(garbage, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14});
        corpus.add(1, FeatureFixtures.utterance(garbage, Emotion.SAD, 3));
        assertThatThrownBy(() -> FeatureExtractor.builder(RECIPE).threads(1).strict(true).build().extract(corpus))
                .isInstanceOf(FeatureExtractionException.class)
                .hasMessageContaining("garbage.wav")
                .satisfies(e -> assertThat(((FeatureExtractionException) e).failure().path()).isEqualTo(garbage));
    }

    @Test
    void augmentedCopiesAreRenderedFromTheirSeedsDeterministicallyAndNotCached() throws IOException {
        List<Utterance> corpus = FeatureFixtures.corpus(dir.resolve("wav"), 6, 16000);
        Split split = Split.of("fixed", corpus.subList(0, 4), corpus.subList(4, 6));
        AugmentationChain chain = AugmentationChain.builder()
                .add(new AdditiveNoise(10, 20)).add(0.5, new Gain(-6, 6)).add(0.5, new RandomTimeStretch(0.9, 1.1))
                .build();
        AudioAugmenter augmenter = (a, rng) -> new Audio(chain.apply(a.samples(), a.sampleRate(), rng), a.sampleRate());
        AugmentedTrainPart train = split.train().augmented(2, augmenter, 42);
        FeatureCache cache = FeatureCache.at(dir.resolve("cache"));
        FeatureSet a = FeatureExtractor.builder(RECIPE).threads(1).cache(cache).build()
                .extractExamples(train.examples());
        FeatureSet b = FeatureExtractor.builder(RECIPE).threads(3).build().extractExamples(train.examples());
        assertThat(a.size()).isEqualTo(12);
        assertThat(a.failures()).isEmpty();
        assertThat(a.entries()).extracting(FeatureSet.Entry::copyIndex).containsExactly(0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2);
        for (int i = 0; i < 12; i++) {
            assertThat(b.entries().get(i).features()).as("example %d, any thread count", i)
                    .isEqualTo(a.entries().get(i).features());
        }
        for (int u = 0; u < 4; u++) {
            FeatureArray original = a.entries().get(3 * u).features();
            assertThat(a.entries().get(3 * u + 1).features()).isNotEqualTo(original);
            assertThat(a.entries().get(3 * u + 2).features()).isNotEqualTo(a.entries().get(3 * u + 1).features());
            assertThat(a.entries().get(3 * u + 1).label()).isEqualTo(corpus.get(u).emotion());
            assertThat(original).isEqualTo(FeaturePipeline.of(RECIPE).extract(corpus.get(u).path()));
        }
        assertThat(cache.stats().writes()).as("only originals are cached").isEqualTo(4);
        FeatureSet test = FeatureExtractor.builder(RECIPE).build().extract(split.test().utterances());
        assertThat(test.size()).isEqualTo(2);
    }

    @Test
    void stackedArrayHasTheCountFirst() throws IOException {
        List<Utterance> corpus = FeatureFixtures.corpus(dir, 3, 16000);
        FeatureRecipe frames = FeatureRecipe.logMel64();
        FeatureSet s = FeatureExtractor.builder(frames).threads(2).build().extract(corpus);
        FeatureArray all = s.stacked();
        assertThat(all.shape()).containsExactly(3, 64, 188);
        assertThat(s.matrices()[2][63]).containsExactly(Arrays.copyOfRange(all.data(), 2 * 64 * 188 + 63 * 188,
                3 * 64 * 188));
    }
}
