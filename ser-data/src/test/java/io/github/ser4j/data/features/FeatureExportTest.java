package io.github.ser4j.data.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ser4j.data.corpus.Utterance;
import io.github.ser4j.dsp.testing.Npy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureExportTest {
    @TempDir
    Path dir;

    @Test
    void npyFilesReadBackWithShapeDtypeAndValuesAndAlignedHeaders() throws IOException {
        float[] values = {0f, -1.5f, 3.25f, Float.MAX_VALUE, -Float.MIN_VALUE, 1e-30f};
        for (int[] shape : List.of(new int[] {6}, new int[] {2, 3}, new int[] {1, 2, 3}, new int[] {0})) {
            float[] data = shape[0] == 0 ? new float[0] : values;
            Path f = dir.resolve("a" + shape.length + shape[0] + ".npy");
            NpyWriter.write(f, new FeatureArray(shape, data));
            Npy.Array back = Npy.read(f);
            assertThat(back.shape()).containsExactly(shape);
            assertThat(back.dtype()).isEqualTo("<f4");
            assertThat(back.toFloats()).containsExactly(data);
            byte[] bytes = Files.readAllBytes(f);
            int headerLen = (bytes[8] & 0xff) | (bytes[9] & 0xff) << 8;
            assertThat((10 + headerLen) % 64).isZero();
            assertThat(bytes[10 + headerLen - 1]).isEqualTo((byte) '\n');
            assertThat(bytes.length).isEqualTo(10 + headerLen + 4 * data.length);
        }
        assertThat(new String(NpyWriter.header(new int[] {5}), java.nio.charset.StandardCharsets.US_ASCII))
                .contains("'shape': (5,), ");
    }

    @Test
    void csvHasOneRowPerExampleWithFeatureColumnsThenLabels() throws IOException {
        List<Utterance> corpus = FeatureFixtures.corpus(dir.resolve("wav"), 4, 16000);
        FeatureSet s = FeatureExtractor.builder(FeatureRecipe.seed001()).threads(2).build().extract(corpus);
        Path csv = dir.resolve("f.csv");
        FeatureCsv.write(csv, s);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(5);
        String[] header = lines.get(0).split(",");
        assertThat(header).hasSize(55);
        assertThat(header[0]).isEqualTo("f0");
        assertThat(header[49]).isEqualTo("f49");
        assertThat(List.of(header).subList(50, 55)).containsExactly("label", "speaker", "corpus", "copy", "path");
        for (int i = 0; i < 4; i++) {
            String[] row = lines.get(i + 1).split(",");
            float[] v = s.entries().get(i).features().data();
            for (int j = 0; j < 50; j++) {
                assertThat(Float.parseFloat(row[j])).isEqualTo(v[j]);
            }
            assertThat(row[50]).isEqualTo(corpus.get(i).emotion().label());
            assertThat(row[51]).isEqualTo(corpus.get(i).speaker());
            assertThat(row[53]).isEqualTo("0");
            assertThat(row[54]).isEqualTo(corpus.get(i).path().toString());
        }
        assertThat(FeatureCsv.quote("a,b\"c")).isEqualTo("\"a,b\"\"c\"");
    }
}
