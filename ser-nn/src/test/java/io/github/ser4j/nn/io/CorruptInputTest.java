package io.github.ser4j.nn.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Randomly damaged .npy, .npz and state files (bytes overwritten, files cut short) either
 * read or fail with the format's typed exception naming the file; never with an unchecked
 * exception, an OutOfMemoryError or a hang.
 */
class CorruptInputTest {
    @TempDir
    Path tmp;

    private static Map<String, NpyArray> sample() {
        Map<String, NpyArray> m = new LinkedHashMap<>();
        m.put("w", NpyArray.ofFloats(new float[]{1, 2, 3, 4, 5, 6}, 2, 3));
        m.put("labels", NpyArray.ofLongs(new long[]{3, 1}, 2));
        return m;
    }

    private interface Reader {
        void read(Path file) throws IOException;
    }

    private void mutateAndRead(byte[] valid, String name, Class<? extends IOException> expected, Reader reader)
            throws IOException {
        SplittableRandom rng = new SplittableRandom(name.hashCode());
        Path f = tmp.resolve(name);
        for (int trial = 0; trial < 150; trial++) {
            byte[] b = valid.clone();
            if (trial % 4 == 3) {
                b = java.util.Arrays.copyOf(b, rng.nextInt(b.length));
            } else {
                for (int k = 0, n = 1 + rng.nextInt(3); k < n; k++) {
                    b[rng.nextInt(b.length)] = (byte) rng.nextInt(256);
                }
            }
            Files.write(f, b);
            try {
                reader.read(f);
            } catch (IOException e) {
                assertThat(e).as("trial %d", trial).isInstanceOf(expected).hasMessageContaining(name);
            } catch (RuntimeException | Error e) {
                fail("trial " + trial + " of " + name + " threw " + e, e);
            }
        }
    }

    @Test
    void damagedNpyFilesFailWithNpyFormatException() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Npy.write(out, sample().get("w"));
        mutateAndRead(out.toByteArray(), "w.npy", NpyFormatException.class, Npy::read);
    }

    @Test
    void damagedNpzArchivesFailWithNpyFormatException() throws IOException {
        for (boolean compressed : new boolean[]{false, true}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Npz.write(out, sample(), compressed);
            String name = compressed ? "c.npz" : "s.npz";
            mutateAndRead(out.toByteArray(), name, NpyFormatException.class, Npz::read);
            mutateAndRead(out.toByteArray(), "stream-" + name, NpyFormatException.class,
                    f -> Npz.read(new ByteArrayInputStream(Files.readAllBytes(f)), f.toString()));
        }
    }

    @Test
    void damagedStateFilesFailWithStateFileException() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StateFile.write(out, sample());
        mutateAndRead(out.toByteArray(), "s.ser4j", StateFileException.class, StateFile::read);
    }
}
