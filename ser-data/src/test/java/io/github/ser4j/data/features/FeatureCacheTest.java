package io.github.ser4j.data.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ser4j.data.corpus.Utterance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureCacheTest {
    @TempDir
    Path dir;

    private FeatureSet run(FeatureRecipe recipe, List<Utterance> corpus, FeatureCache cache) {
        return FeatureExtractor.builder(recipe).threads(2).cache(cache).build().extract(corpus);
    }

    private static List<FeatureArray> arrays(FeatureSet s) {
        return s.entries().stream().map(FeatureSet.Entry::features).toList();
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> s = Files.walk(dir.resolve("cache"))) {
            return s.filter(p -> p.toString().endsWith(".feat")).sorted().toList();
        }
    }

    @Test
    void secondExtractionReadsEveryEntryFromTheCacheWithoutComputing() throws IOException {
        List<Utterance> corpus = FeatureFixtures.corpus(dir.resolve("wav"), 10, 16000);
        FeatureRecipe recipe = FeatureRecipe.seed003(); // resample to 44.1 kHz, trim, Wiener, log-mel
        FeatureCache cache = FeatureCache.at(dir.resolve("cache"));
        FeatureSet first = run(recipe, corpus, cache);
        assertThat(first.failures()).isEmpty();
        assertThat(first.stats().computed()).isEqualTo(10);
        assertThat(first.stats().cacheHits()).isZero();
        assertThat(cache.stats().writes()).isEqualTo(10);
        assertThat(entries()).hasSize(10);
        assertThat(Files.readString(dir.resolve("cache").resolve(recipe.hash()).resolve("recipe.txt")))
                .isEqualTo(recipe.toText());

        FeatureCache again = FeatureCache.at(dir.resolve("cache"));
        FeatureSet second = run(recipe, corpus, again);
        assertThat(second.stats().cacheHits()).isEqualTo(10);
        assertThat(second.stats().computed()).isZero();
        assertThat(again.stats().hits()).isEqualTo(10);
        assertThat(again.stats().writes()).isZero();
        assertThat(arrays(second)).isEqualTo(arrays(first));
        System.out.printf("cache: first run %.1f ms, second run %.1f ms, speed-up %.1fx%n",
                first.stats().seconds() * 1e3, second.stats().seconds() * 1e3,
                first.stats().seconds() / second.stats().seconds());
    }

    @Test
    void changingOneRecipeFieldMissesTheCache() throws IOException {
        List<Utterance> corpus = FeatureFixtures.corpus(dir.resolve("wav"), 4, 16000);
        FeatureCache cache = FeatureCache.at(dir.resolve("cache"));
        FeatureRecipe base = FeatureRecipe.logMel64();
        run(base, corpus, cache);
        for (FeatureRecipe changed : List.of(base.toBuilder().fixDuration(2.0).build(),
                base.toBuilder().clearFeatures().feature(base.features().get(0).withTopDb(60)).build())) {
            FeatureSet s = run(changed, corpus, cache);
            assertThat(s.stats().cacheHits()).as(changed.toText()).isZero();
            assertThat(s.stats().computed()).isEqualTo(4);
        }
        assertThat(run(base, corpus, cache).stats().cacheHits()).isEqualTo(4);
    }

    @Test
    void changedFileContentMissesTheCache() throws IOException {
        List<Utterance> corpus = FeatureFixtures.corpus(dir.resolve("wav"), 3, 16000);
        FeatureCache cache = FeatureCache.at(dir.resolve("cache"));
        FeatureRecipe recipe = FeatureRecipe.logMel64();
        FeatureSet first = run(recipe, corpus, cache);
        Path changed = corpus.get(1).path();
        // same name, same length, different samples
        FeatureFixtures.wav(changed.getParent(), changed.getFileName().toString(), 16000, 1.3, 999);
        FeatureSet second = run(recipe, corpus, cache);
        assertThat(second.stats().cacheHits()).isEqualTo(2);
        assertThat(second.stats().computed()).isEqualTo(1);
        assertThat(second.entries().get(1).features()).isNotEqualTo(first.entries().get(1).features());
    }

    @Test
    void damagedEntriesAreDetectedAndRecomputed() throws IOException {
        List<Utterance> corpus = FeatureFixtures.corpus(dir.resolve("wav"), 5, 16000);
        FeatureRecipe recipe = FeatureRecipe.logMel64();
        FeatureSet first = run(recipe, corpus, FeatureCache.at(dir.resolve("cache")));
        List<Path> files = entries();
        assertThat(files).hasSize(5);
        byte[] flipped = Files.readAllBytes(files.get(0));
        flipped[flipped.length / 2] ^= 0x10;                      // one bit in the values
        Files.write(files.get(0), flipped);
        byte[] cut = Files.readAllBytes(files.get(1));
        Files.write(files.get(1), java.util.Arrays.copyOf(cut, cut.length - 100)); // truncated write
        Files.write(files.get(2), "not a cache entry".getBytes());  // garbage
        byte[] header = Files.readAllBytes(files.get(3));
        header[20] ^= 1;                                           // recipe hash in the header
        Files.write(files.get(3), header);

        FeatureCache cache = FeatureCache.at(dir.resolve("cache"));
        FeatureSet second = run(recipe, corpus, cache);
        assertThat(cache.stats().corrupt()).isEqualTo(4);
        assertThat(second.stats().computed()).isEqualTo(4);
        assertThat(second.stats().cacheHits()).isEqualTo(1);
        assertThat(second.failures()).isEmpty();
        assertThat(arrays(second)).isEqualTo(arrays(first));

        FeatureCache third = FeatureCache.at(dir.resolve("cache"));
        assertThat(run(recipe, corpus, third).stats().cacheHits()).isEqualTo(5);
        assertThat(third.stats().corrupt()).isZero();
    }

    @Test
    void entryCodecRoundTripsAndRejectsOtherKeys() {
        byte[] rk = new byte[32];
        byte[] ck = new byte[32];
        ck[0] = 7;
        FeatureArray a = new FeatureArray(new int[] {2, 3}, new float[] {1, -2, 3.5f, Float.MIN_VALUE, 0, 1e30f});
        byte[] bytes = FeatureCache.encode(rk, ck, a);
        assertThat(FeatureCache.decode(bytes, rk, ck)).isEqualTo(a);
        byte[] other = ck.clone();
        other[31] = 1;
        assertThat(FeatureCache.decode(bytes, rk, other)).isNull();
        assertThat(FeatureCache.decode(java.util.Arrays.copyOf(bytes, 10), rk, ck)).isNull();
    }
}
