package io.github.ser4j.nn.io;

import io.github.ser4j.nn.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class NpyTest {
    @TempDir
    Path tmp;

    static Path resource(String name) {
        try {
            return Path.of(NpyTest.class.getResource("/golden/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void floatTensorRoundTripsBitExactlyThroughNpy() throws IOException {
        float[] v = {0f, -0f, 1.5f, Float.MIN_VALUE, Float.MAX_VALUE, Float.NaN, Float.NEGATIVE_INFINITY, 1e-30f,
                3.14159f, -7f, 2f, 9f};
        Path f = tmp.resolve("t.npy");
        Npy.write(f, Tensor.of(v.clone(), 3, 4));
        Tensor back = Npy.readTensor(f);
        assertThat(back.shape()).containsExactly(3, 4);
        for (int i = 0; i < v.length; i++) {
            assertThat(Float.floatToRawIntBits(back.data()[i])).isEqualTo(Float.floatToRawIntBits(v[i]));
        }
        // numpy.save aligns the data to 64 bytes.
        assertThat((Files.size(f) - 48) % 64).isZero();
    }

    @Test
    void everyDtypeRoundTripsWithItsTypeAndShape() throws IOException {
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        arrays.put("f8", NpyArray.ofDoubles(new double[]{Math.PI, -1e300, 0.1}, 3));
        arrays.put("i8", NpyArray.ofLongs(new long[]{Long.MIN_VALUE, 42, Long.MAX_VALUE, -1}, 2, 2));
        arrays.put("i4", NpyArray.ofInts(new int[]{Integer.MIN_VALUE, 3}, 2));
        arrays.put("u1", NpyArray.ofUnsignedBytes(new byte[]{(byte) 255, 0, 7}, 1, 3));
        arrays.put("b1", NpyArray.ofBooleans(new boolean[]{true, false}, 2));
        arrays.put("scalar", NpyArray.ofFloats(new float[]{2.5f}));
        arrays.put("empty", NpyArray.ofFloats(new float[0], 0, 4));
        for (boolean compressed : new boolean[]{false, true}) {
            Path f = tmp.resolve("all" + compressed + ".npz");
            Npz.write(f, arrays, compressed);
            Map<String, NpyArray> back = Npz.read(f);
            assertThat(back.keySet()).containsExactlyElementsOf(arrays.keySet());
            for (String k : arrays.keySet()) {
                assertThat(back.get(k).dtype()).as(k).isEqualTo(arrays.get(k).dtype());
                assertThat(back.get(k).shape()).as(k).isEqualTo(arrays.get(k).shape());
                assertThat(back.get(k).bytes()).as(k).isEqualTo(arrays.get(k).bytes());
            }
            assertThat(back.get("i8").toLongs()).containsExactly(Long.MIN_VALUE, 42, Long.MAX_VALUE, -1);
            assertThat(back.get("u1").toLongs()).containsExactly(255, 0, 7);
            assertThat(back.get("b1").toFloats()).containsExactly(1f, 0f);
            assertThat(back.get("scalar").toTensor().numel()).isEqualTo(1);
            try (InputStream in = Files.newInputStream(f)) {
                assertThat(Npz.read(in, f.toString()).keySet()).containsExactlyElementsOf(arrays.keySet());
            }
        }
    }

    @Test
    void float64IsRoundedToNearestFloat32() {
        double d = 0.1;
        NpyArray a = NpyArray.ofDoubles(new double[]{d, 1 + 1e-12}, 2);
        assertThat(a.toFloats()).containsExactly(0.1f, 1f);
        assertThat(a.toDoubles()[0]).isEqualTo(0.1);
    }

    @Test
    void readsArraysWrittenByNumpyInFortranOrderBigEndianAndVersion2() throws IOException {
        NpyArray f = Npy.read(resource("npy/fortran_f8_2x3.npy"));
        assertThat(f.shape()).containsExactly(2, 3);
        // C order of np.arange(6.).reshape(2, 3) * 1.5 - 2.
        assertThat(f.toDoubles()).containsExactly(-2, -0.5, 1, 2.5, 4, 5.5);

        NpyArray be = Npy.read(resource("npy/bigendian_i4_2x2.npy"));
        assertThat(be.dtype()).isEqualTo(NpyDtype.INT32);
        assertThat(be.toLongs()).containsExactly(1, -2, 70000, Integer.MIN_VALUE);

        NpyArray v2 = Npy.read(resource("npy/v2_f4_3.npy"));
        assertThat(v2.toFloats()).containsExactly(0.5f, -1.25f, 3e-8f);
    }

    @Test
    void readsACompressedNumpyArchiveWithMixedDtypes() throws IOException {
        Map<String, NpyArray> m = Npz.read(resource("npy/mixed_compressed.npz"));
        assertThat(m.keySet()).containsExactly("labels", "pixels", "mask", "scalar", "i4");
        assertThat(m.get("labels").toLongs()).containsExactly(0, 6, 3, 1L << 40);
        assertThat(m.get("pixels").dtype()).isEqualTo(NpyDtype.UINT8);
        assertThat(m.get("pixels").toLongs()).containsExactly(0, 255, 128, 7);
        assertThat(m.get("mask").dtype()).isEqualTo(NpyDtype.BOOL);
        assertThat(m.get("mask").toLongs()).containsExactly(1, 0, 1);
        assertThat(m.get("scalar").shape()).isEmpty();
        assertThat(m.get("scalar").toDoubles()).containsExactly(2.5);
        assertThat(m.get("i4").toLongs()).containsExactly(-5, 7);
    }

    @Test
    void readsThePytorchLinearGoldenConsistentlyWithLinearAlgebra() throws IOException {
        Map<String, NpyArray> g = Npz.read(resource("nn/linear.npz"));
        double[] x = g.get("x").toDoubles();
        double[] w = g.get("weight").toDoubles();
        double[] b = g.get("bias").toDoubles();
        double[] y = g.get("y").toDoubles();
        assertThat(g.get("x").shape()).containsExactly(4, 10);
        assertThat(g.get("weight").shape()).containsExactly(7, 10);
        assertThat(g.get("x").dtype()).isEqualTo(NpyDtype.FLOAT64);
        // y = x W^T + b must hold for the values as read (an independent check of the decoding).
        for (int i = 0; i < 4; i++) {
            for (int o = 0; o < 7; o++) {
                double s = b[o];
                for (int k = 0; k < 10; k++) {
                    s += x[i * 10 + k] * w[o * 10 + k];
                }
                assertThat(y[i * 7 + o]).isCloseTo(s, within(1e-12));
            }
        }
        Map<String, Tensor> t = Npz.readTensors(resource("nn/linear.npz"));
        assertThat(t.get("weight").shape()).containsExactly(7, 10);
        assertThat(t.get("weight").data()[3]).isEqualTo((float) w[3]);
    }

    @Test
    void badMagicIsATypedErrorNamingTheSource() {
        byte[] junk = "RIFF....WAVEfmt ".getBytes();
        assertThatThrownBy(() -> Npy.read(new ByteArrayInputStream(junk), "x.npy"))
                .isInstanceOf(NpyFormatException.class).hasMessageContaining("x.npy").hasMessageContaining("magic");
    }

    @Test
    void truncatedDataIsDetectedWithoutAllocatingTheClaimedSize() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Npy.write(out, NpyArray.ofFloats(new float[]{1, 2, 3, 4}, 4));
        byte[] full = out.toByteArray();
        byte[] cut = Arrays.copyOf(full, full.length - 3);
        assertThatThrownBy(() -> Npy.read(new ByteArrayInputStream(cut), "cut.npy"))
                .isInstanceOf(NpyFormatException.class).hasMessageContaining("cut.npy").hasMessageContaining("truncated");
        // A header claiming ~2^31 elements of a few real bytes fails as truncated, not with an OutOfMemoryError.
        String h = new String(full, 10, full.length - 10 - 16, java.nio.charset.StandardCharsets.ISO_8859_1);
        String huge = h.replace("(4,)", "(500000000,)");
        byte[] hb = Arrays.copyOf(full, full.length);
        System.arraycopy(huge.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, hb, 10, huge.length());
        assertThatThrownBy(() -> Npy.read(new ByteArrayInputStream(hb), "huge.npy"))
                .isInstanceOf(NpyFormatException.class).hasMessageContaining("truncated");
    }

    @Test
    void unsupportedDtypeAndMalformedHeaderAreTypedErrors() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Npy.write(out, NpyArray.ofFloats(new float[]{1, 2}, 2));
        byte[] b = out.toByteArray();
        byte[] c8 = replace(b, "'<f4'", "'<c8'");
        assertThatThrownBy(() -> Npy.read(new ByteArrayInputStream(c8), "c.npy"))
                .isInstanceOf(NpyFormatException.class).hasMessageContaining("unsupported dtype '<c8'");
        byte[] noShape = replace(b, "'shape'", "'shapf'");
        assertThatThrownBy(() -> Npy.read(new ByteArrayInputStream(noShape), "s.npy"))
                .isInstanceOf(NpyFormatException.class).hasMessageContaining("malformed header");
        byte[] v9 = b.clone();
        v9[6] = 9;
        assertThatThrownBy(() -> Npy.read(new ByteArrayInputStream(v9), "v.npy"))
                .isInstanceOf(NpyFormatException.class).hasMessageContaining("version 9");
    }

    @Test
    void aFileThatIsNotAZipIsATypedErrorNamingIt() throws IOException {
        Path f = tmp.resolve("bad.npz");
        Files.write(f, new byte[]{1, 2, 3, 4, 5});
        assertThatThrownBy(() -> Npz.read(f)).isInstanceOf(NpyFormatException.class).hasMessageContaining("bad.npz");
    }

    private static byte[] replace(byte[] b, String from, String to) {
        String s = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(s).contains(from);
        return s.replace(from, to).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
