package io.github.ser4j.data.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ser4j.data.corpus.Corpora;
import io.github.ser4j.data.corpus.Corpus;
import io.github.ser4j.data.corpus.CorpusId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The default recipe over the real EMO-DB (skipped where the shared corpus is absent). */
class EmoDbPipelineTest {
    @Test
    void all535EmoDbUtterancesExtractWithTheDefaultRecipeInParallel() throws IOException {
        Path emodb = Path.of(System.getProperty("ser4j.shared.dir", "../shared"), "corpora", "emodb");
        assumeTrue(Files.isDirectory(emodb), "EMO-DB not available at " + emodb);
        Corpus c = Corpora.read(emodb, CorpusId.EMODB);
        assertThat(c.size()).isEqualTo(535);
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        FeatureSet s = FeatureExtractor.builder(FeatureRecipe.logMel64()).threads(threads).build()
                .extract(c.utterances());
        assertThat(s.failures()).isEmpty();
        assertThat(s.size()).isEqualTo(535);
        assertThat(s.shape()).containsExactly(64, 188);
        for (FeatureSet.Entry e : s.entries()) {
            for (float v : e.features().data()) {
                assertThat(Float.isFinite(v)).as(e.source().path().toString()).isTrue();
            }
        }
        System.out.printf("EMO-DB: 535 utterances, default recipe, %d threads: %.2f s (%.1f ms/file)%n", threads,
                s.stats().seconds(), s.stats().seconds() * 1e3 / 535);
    }
}
