package io.github.ser4j.nn.io;

import io.github.ser4j.nn.layers.Module;
import io.github.ser4j.nn.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StateFileTest {
    @TempDir
    Path tmp;

    /** A two-level module: fc.weight, fc.bias parameters, and a bn buffer, with chosen sizes. */
    static final class Net extends Module {
        static final class Leaf extends Module {
            Leaf(int out, int in, long seed) {
                Random r = new Random(seed);
                registerParameter("weight", random(r, out, in));
                registerParameter("bias", random(r, out));
            }

            @Override
            public Tensor forward(Tensor input) {
                return input;
            }
        }

        Net(int out, int in, long seed) {
            registerModule("fc", new Leaf(out, in, seed));
            registerBuffer("running_mean", random(new Random(seed + 1), out));
        }

        @Override
        public Tensor forward(Tensor input) {
            return input;
        }
    }

    static Tensor random(Random r, int... shape) {
        Tensor t = Tensor.zeros(shape);
        for (int i = 0; i < t.numel(); i++) {
            t.data()[i] = (float) r.nextGaussian();
        }
        return t;
    }

    @Test
    void moduleStateRoundTripsBitExactly() throws IOException {
        Net a = new Net(3, 4, 1);
        a.namedParameters().get("fc.weight").data()[0] = -0f;
        a.namedParameters().get("fc.weight").data()[1] = Float.intBitsToFloat(0x7fc12345); // a NaN payload
        Path f = tmp.resolve("net.ser4j");
        ModuleState.save(a, f);
        Net b = new Net(3, 4, 99);
        ModuleState.load(b, f);
        for (String k : ModuleState.stateDict(a).keySet()) {
            assertThat(ModuleState.stateDict(b).get(k).bytes()).as(k).isEqualTo(ModuleState.stateDict(a).get(k).bytes());
        }
        assertThat(Float.floatToRawIntBits(b.namedParameters().get("fc.weight").data()[1])).isEqualTo(0x7fc12345);
        assertThat(StateFile.read(f).keySet()).containsExactly("fc.weight", "fc.bias", "running_mean");
    }

    @Test
    void aTensorWithAnotherShapeIsRejectedByNameAndTheModuleIsUntouched() throws IOException {
        Path f = tmp.resolve("net.ser4j");
        ModuleState.save(new Net(3, 4, 1), f);
        Net other = new Net(3, 5, 2);
        float before = other.namedParameters().get("fc.bias").data()[0];
        StateMismatchException e = catchThrowableOfType(StateMismatchException.class, () -> ModuleState.load(other, f));
        assertThat(e.tensorName()).isEqualTo("fc.weight");
        assertThat(e).hasMessageContaining(f.toString()).hasMessageContaining("[3, 4]").hasMessageContaining("[3, 5]");
        assertThat(other.namedParameters().get("fc.bias").data()[0]).isEqualTo(before);
    }

    @Test
    void missingAndUnexpectedTensorsAreRejectedByName() throws IOException {
        Net net = new Net(2, 2, 1);
        Map<String, NpyArray> state = new LinkedHashMap<>(ModuleState.stateDict(net));
        state.remove("running_mean");
        Path f = tmp.resolve("missing.ser4j");
        StateFile.write(f, state);
        assertThatThrownBy(() -> ModuleState.load(net, f)).isInstanceOf(StateMismatchException.class)
                .hasMessageContaining("missing.ser4j").hasMessageContaining("'running_mean'").hasMessageContaining("missing");

        state = new LinkedHashMap<>(ModuleState.stateDict(net));
        state.put("fc2.weight", NpyArray.ofFloats(new float[1], 1));
        Path g = tmp.resolve("extra.ser4j");
        StateFile.write(g, state);
        assertThatThrownBy(() -> ModuleState.load(net, g)).isInstanceOf(StateMismatchException.class)
                .hasMessageContaining("extra.ser4j").hasMessageContaining("'fc2.weight'").hasMessageContaining("unexpected");
    }

    @Test
    void badMagicAndUnsupportedVersionAreTypedErrorsNamingTheFile() throws IOException {
        Path f = tmp.resolve("net.ser4j");
        ModuleState.save(new Net(2, 2, 1), f);
        byte[] b = Files.readAllBytes(f);

        byte[] magic = b.clone();
        magic[0] = 'X';
        Path m = tmp.resolve("magic.ser4j");
        Files.write(m, magic);
        assertThatThrownBy(() -> ModuleState.load(new Net(2, 2, 1), m)).isInstanceOf(StateFileException.class)
                .hasMessageContaining("magic.ser4j").hasMessageContaining("bad magic");

        byte[] version = b.clone();
        version[8] = 2;
        Path v = tmp.resolve("version.ser4j");
        Files.write(v, version);
        assertThatThrownBy(() -> ModuleState.load(new Net(2, 2, 1), v)).isInstanceOf(StateFileException.class)
                .hasMessageContaining("version.ser4j").hasMessageContaining("unsupported format version 2");
    }

    @Test
    void aTruncatedFileNamesTheTensorItBreaksOffIn() throws IOException {
        Path f = tmp.resolve("net.ser4j");
        ModuleState.save(new Net(2, 3, 1), f);
        byte[] b = Files.readAllBytes(f);
        Path cut = tmp.resolve("cut.ser4j");
        Files.write(cut, java.util.Arrays.copyOf(b, 24 + 20));
        StateFileException e = catchThrowableOfType(StateFileException.class, () -> StateFile.read(cut));
        assertThat(e.tensorName()).isEqualTo("fc.weight");
        assertThat(e).hasMessageContaining("cut.ser4j").hasMessageContaining("truncated");
    }

    @Test
    void everyTruncationIsDetected() throws IOException {
        Path f = tmp.resolve("net.ser4j");
        ModuleState.save(new Net(2, 3, 1), f);
        byte[] b = Files.readAllBytes(f);
        Path cut = tmp.resolve("cut.ser4j");
        for (int len = 0; len < b.length; len++) {
            Files.write(cut, java.util.Arrays.copyOf(b, len));
            assertThatThrownBy(() -> ModuleState.load(new Net(2, 3, 1), cut)).as("length %d", len)
                    .isInstanceOf(StateFileException.class).hasMessageContaining("cut.ser4j");
        }
    }

    @Test
    void everyDamagedByteIsDetected() throws IOException {
        Path f = tmp.resolve("net.ser4j");
        ModuleState.save(new Net(2, 3, 1), f);
        byte[] b = Files.readAllBytes(f);
        Path bad = tmp.resolve("bad.ser4j");
        for (int i = 0; i < b.length; i++) {
            byte[] d = b.clone();
            d[i] ^= (byte) (1 << (i % 8));
            Files.write(bad, d);
            assertThatThrownBy(() -> ModuleState.load(new Net(2, 3, 1), bad)).as("byte %d", i)
                    .isInstanceOf(StateFileException.class).hasMessageContaining("bad.ser4j");
        }
        // A flipped bit in a tensor's data is reported as damage to that tensor.
        byte[] d = b.clone();
        d[b.length - 10] ^= 4;
        Files.write(bad, d);
        StateFileException e = catchThrowableOfType(StateFileException.class, () -> StateFile.read(bad));
        assertThat(e.tensorName()).isEqualTo("running_mean");
        assertThat(e).hasMessageContaining("bad.ser4j").hasMessageContaining("damaged");
    }

    @Test
    void aCraftedFileWithAValidChecksumButAHugeShapeFailsWithoutAllocating() throws IOException {
        // One tensor "w" of dtype f4 claiming shape [2^30, 2^30] with 8 bytes of data.
        ByteBuffer p = ByteBuffer.allocate(2 + 1 + 2 + 1 + 8 + 8).order(ByteOrder.LITTLE_ENDIAN);
        p.putShort((short) 1).put((byte) 'w').put("f4".getBytes(StandardCharsets.US_ASCII)).put((byte) 2)
                .putInt(1 << 30).putInt(1 << 30).putLong(0);
        ByteBuffer h = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        h.put(new byte[]{'S', 'E', 'R', '4', 'J', 'S', 'T', 0}).putInt(1).putInt(1).putLong(p.capacity());
        CRC32 crc = new CRC32();
        crc.update(h.array());
        crc.update(p.array());
        ByteBuffer all = ByteBuffer.allocate(24 + p.capacity() + 4).order(ByteOrder.LITTLE_ENDIAN);
        all.put(h.array()).put(p.array()).putInt((int) crc.getValue());
        Path f = tmp.resolve("crafted.ser4j");
        Files.write(f, all.array());
        StateFileException e = catchThrowableOfType(StateFileException.class, () -> StateFile.read(f));
        assertThat(e.tensorName()).isEqualTo("w");
        assertThat(e).hasMessageContaining("crafted.ser4j").hasMessageContaining("needs more bytes");
    }

    @Test
    void npzExportAndImportUsePytorchNamesAndRoundTrip() throws IOException {
        Net a = new Net(3, 4, 5);
        Path f = tmp.resolve("net.npz");
        ModuleState.exportNpz(a, f);
        assertThat(Npz.read(f).keySet()).containsExactly("fc.weight", "fc.bias", "running_mean");
        Net b = new Net(3, 4, 6);
        ModuleState.importNpz(b, f);
        assertThat(b.namedParameters().get("fc.weight").data()).containsExactly(a.namedParameters().get("fc.weight").data());
        assertThat(b.namedBuffers().get("running_mean").data()).containsExactly(a.namedBuffers().get("running_mean").data());
    }

    @Test
    void npzImportIgnoresPytorchBatchCountersButNothingElse() throws IOException {
        Net a = new Net(2, 2, 5);
        Map<String, NpyArray> s = new LinkedHashMap<>(ModuleState.stateDict(a));
        s.put("bn.num_batches_tracked", NpyArray.ofLongs(new long[]{12}));
        Path f = tmp.resolve("torch.npz");
        Npz.write(f, s, true);
        ModuleState.importNpz(new Net(2, 2, 6), f);
        s.put("bn.weight", NpyArray.ofDoubles(new double[]{1, 2}, 2));
        Npz.write(f, s, true);
        assertThatThrownBy(() -> ModuleState.importNpz(new Net(2, 2, 6), f))
                .isInstanceOf(StateMismatchException.class).hasMessageContaining("bn.weight");
    }

    @Test
    void npzImportAcceptsPytorchInt64BatchCounters() throws IOException {
        io.github.ser4j.nn.layers.BatchNorm1d bn = new io.github.ser4j.nn.layers.BatchNorm1d(3);
        Map<String, NpyArray> torch = new LinkedHashMap<>();
        torch.put("weight", NpyArray.ofDoubles(new double[]{1.5, 2, 2.5}, 3));
        torch.put("bias", NpyArray.ofDoubles(new double[]{0, 0.1, 0.2}, 3));
        torch.put("running_mean", NpyArray.ofDoubles(new double[]{0.3, 0.2, 0.1}, 3));
        torch.put("running_var", NpyArray.ofDoubles(new double[]{1, 2, 3}, 3));
        torch.put("num_batches_tracked", NpyArray.ofLongs(new long[]{42}));
        Path f = tmp.resolve("bn.npz");
        Npz.write(f, torch, false);
        ModuleState.importNpz(bn, f);
        assertThat(bn.namedBuffers().get("num_batches_tracked").data()).containsExactly(42f);
        assertThat(bn.namedBuffers().get("running_var").data()).containsExactly(1f, 2f, 3f);
    }
}
