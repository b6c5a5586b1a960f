package io.github.ser4j.model.bundle;

import io.github.ser4j.nn.io.NpyArray;
import io.github.ser4j.nn.layers.Module;
import io.github.ser4j.nn.tensor.NoGrad;
import io.github.ser4j.nn.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelBundleTest {
    @TempDir
    Path dir;

    private Path saved(ModelBundle b) throws IOException {
        Path f = dir.resolve("model" + ModelBundle.EXTENSION);
        b.save(f);
        return f;
    }

    @Test
    void roundTripKeepsEveryPartAndTheNetworksOutputs() throws IOException {
        ModelBundle b = BundleFixtures.bundle("mlp-seed004");
        Path f = saved(b);
        ModelBundle r = ModelBundle.load(f);

        assertThat(r.architecture()).isEqualTo(b.architecture());
        assertThat(r.architecture().hyperparameters()).containsEntry("dropout", "0.3");
        assertThat(r.recipe()).isEqualTo(b.recipe());
        assertThat(r.recipe().hash()).isEqualTo(BundleFixtures.RECIPE.hash());
        assertThat(r.scaler()).isEqualTo(b.scaler());
        assertThat(r.labels()).containsExactly("angry", "neutral", "sad");
        assertThat(r.metadata()).isEqualTo(b.metadata());
        assertThat(r.source()).isEqualTo(f.toString());
        assertThat(r.weights().keySet()).containsExactlyElementsOf(b.weights().keySet());
        for (Map.Entry<String, NpyArray> e : b.weights().entrySet()) {
            assertThat(r.weights().get(e.getKey()).toFloats()).as(e.getKey()).containsExactly(e.getValue().toFloats());
        }
        // buffers (batch norm running statistics) travel too
        assertThat(r.weights()).containsKey("net.1.running_mean");

        Tensor x = Tensor.randn(new SplittableRandom(1), 4, BundleFixtures.FEATURES);
        assertThat(logits(r.createModel(), x)).containsExactly(logits(b.createModel(), x));
        // saving again gives the same bytes
        assertThat(r.toBytes()).containsExactly(b.toBytes());
    }

    private static float[] logits(Module m, Tensor x) {
        try (NoGrad g = NoGrad.enter()) {
            return m.forward(x).data().clone();
        }
    }

    @Test
    void everyFlippedByteIsDetectedAndNamesTheFile() throws IOException {
        byte[] good = BundleFixtures.bundle("mlp-seed004").toBytes();
        Path f = dir.resolve("flipped.ser4j");
        SplittableRandom rng = new SplittableRandom(5);
        int[] positions = {0, 7, 9, 15, 20, 25, 200, good.length / 2, good.length - 40, good.length - 1,
            rng.nextInt(good.length), rng.nextInt(good.length), rng.nextInt(good.length)};
        for (int pos : positions) {
            byte[] bad = good.clone();
            bad[pos] ^= 0x10;
            Files.write(f, bad);
            assertThatThrownBy(() -> ModelBundle.load(f)).as("byte %d", pos)
                    .isInstanceOf(BundleFormatException.class).hasMessageStartingWith(f.toString() + ": ");
        }
        byte[] bad = good.clone();
        bad[good.length / 2] ^= 1;
        Files.write(f, bad);
        assertThatThrownBy(() -> ModelBundle.load(f)).isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("checksum mismatch")
                .satisfies(e -> assertThat(((BundleFormatException) e).problem())
                        .isEqualTo(BundleFormatException.Problem.CHECKSUM_MISMATCH));
    }

    @Test
    void truncatedFilesAreReportedAsTruncated() throws IOException {
        byte[] good = BundleFixtures.bundle("mlp-seed004").toBytes();
        Path f = dir.resolve("cut.ser4j");
        for (int len : new int[] {0, 3, 8, 19, 20, 51, 400, good.length / 2, good.length - 1}) {
            Files.write(f, Arrays.copyOf(good, len));
            assertThatThrownBy(() -> ModelBundle.load(f)).as("length %d", len)
                    .isInstanceOf(BundleFormatException.class)
                    .hasMessageStartingWith(f + ": truncated bundle")
                    .satisfies(e -> assertThat(((BundleFormatException) e).file()).isEqualTo(f.toString()));
        }
    }

    @Test
    void foreignFilesAreNotBundles() throws IOException {
        Path wav = dir.resolve("speech.wav");
        Files.write(wav, "RIFF\u0024\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ModelBundle.load(wav)).isInstanceOf(BundleFormatException.class)
                .hasMessageStartingWith(wav + ": not a ser4j model bundle: the file starts with 5249464624000000")
                .satisfies(e -> assertThat(((BundleFormatException) e).problem())
                        .isEqualTo(BundleFormatException.Problem.NOT_A_BUNDLE));
    }

    @Test
    void aFutureFormatVersionIsRefused() throws IOException {
        byte[] b = BundleFixtures.bundle("mlp-seed004").toBytes();
        ByteBuffer.wrap(b).putInt(8, 2);
        Path f = dir.resolve("v2.ser4j");
        Files.write(f, b);
        assertThatThrownBy(() -> ModelBundle.load(f)).isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("unsupported bundle version: format version 2, this library reads version 1");
    }

    @Test
    void aHugeDeclaredLengthFailsWithoutAllocating() throws IOException {
        byte[] b = BundleFixtures.bundle("mlp-seed004").toBytes();
        ByteBuffer.wrap(b).putLong(12, Long.MAX_VALUE / 2);
        Path f = dir.resolve("huge.ser4j");
        Files.write(f, b);
        assertThatThrownBy(() -> ModelBundle.load(f)).isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("declared content length");
    }

    @Test
    void trailingBytesAreMalformed() throws IOException {
        byte[] good = BundleFixtures.bundle("mlp-seed004").toBytes();
        Path f = dir.resolve("long.ser4j");
        Files.write(f, Arrays.copyOf(good, good.length + 3));
        assertThatThrownBy(() -> ModelBundle.load(f)).isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("3 unexpected bytes after the checksum");
    }

    @Test
    void anUnknownArchitectureIsRefusedNamingTheKnownOnes() throws IOException {
        Path f = saved(BundleFixtures.bundle("wav2vec-huge"));
        assertThatThrownBy(() -> ModelBundle.load(f)).isInstanceOf(BundleFormatException.class)
                .hasMessageContaining(f + ": unknown architecture: 'wav2vec-huge' is not in the model zoo; known: [")
                .hasMessageContaining("mlp-seed004")
                .satisfies(e -> assertThat(((BundleFormatException) e).problem())
                        .isEqualTo(BundleFormatException.Problem.UNKNOWN_ARCHITECTURE));
    }

    @Test
    void weightsOfAnotherShapeAreRefusedWhenTheNetworkIsBuilt() throws IOException {
        ModelBundle b = BundleFixtures.bundle("mlp-seed004");
        // claim five classes while the weights have three: the last layer no longer fits
        ModelBundle lying = new ModelBundle(new ModelArchitecture("mlp-seed004", 5, new int[] {52}, Map.of()),
                b.recipe(), b.scaler(), java.util.List.of("a", "b", "c", "d", "e"), b.metadata(), b.weights(), null);
        Path f = saved(lying);
        ModelBundle loaded = ModelBundle.load(f);
        assertThatThrownBy(loaded::createModel).isInstanceOf(BundleFormatException.class)
                .hasMessageStartingWith(f + ": weights do not fit the architecture")
                .hasMessageContaining("net.8.weight");
    }

    @Test
    void summaryListsTheFacts() {
        String s = BundleFixtures.bundle("mlp-seed004").summary();
        assertThat(s).contains("architecture: mlp-seed004(3 classes, input [52], {dropout=0.3})")
                .contains("recipe:       test-mfcc13-stats (sha256 " + BundleFixtures.RECIPE.hash().substring(0, 12))
                .contains("labels:       angry, neutral, sad")
                .contains("metric:       test_uar = 0.6250")
                .contains("created:      2026-01-02T03:04:05Z by ser4j 0.1.0-SNAPSHOT, seed 17");
    }

    @Test
    void labelsMustMatchTheClassCount() {
        ModelBundle b = BundleFixtures.bundle("mlp-seed004");
        assertThatThrownBy(() -> new ModelBundle(b.architecture(), b.recipe(), b.scaler(), java.util.List.of("a", "b"),
                b.metadata(), b.weights(), null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 labels");
    }
}
