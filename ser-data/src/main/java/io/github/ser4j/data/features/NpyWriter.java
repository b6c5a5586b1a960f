package io.github.ser4j.data.features;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes float32 arrays as NumPy {@code .npy} files (format 1.0, little-endian {@code <f4},
 * C order), readable by {@code numpy.load}.
 *
 * <p>The format: the magic {@code \x93NUMPY}, version bytes {@code 1 0}, a little-endian
 * uint16 header length, then an ASCII Python dict literal
 * {@code {'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }} padded with spaces and
 * ended by a newline so that the data starts at a multiple of 64 bytes, then the values.
 */
public final class NpyWriter {
    private NpyWriter() {
    }

    /** Writes {@code array} to {@code file}. */
    public static void write(Path file, FeatureArray array) throws IOException {
        Objects.requireNonNull(array, "array");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(out, array.shape(), array.data());
        }
    }

    /** Writes a {@code [rows][cols]} matrix (rows of equal length) to {@code file}. */
    public static void write(Path file, float[][] matrix) throws IOException {
        write(file, FeatureArray.matrix(matrix));
    }

    /** Writes an array of the given shape (C order) to {@code out}; the stream is not closed. */
    public static void write(OutputStream out, int[] shape, float[] data) throws IOException {
        new FeatureArray(shape, data); // validates shape against data
        out.write(header(shape));
        ByteBuffer b = ByteBuffer.allocate(4 * Math.min(data.length, 1 << 14)).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < data.length; ) {
            int n = Math.min(data.length - i, 1 << 14);
            b.clear();
            b.asFloatBuffer().put(data, i, n);
            out.write(b.array(), 0, 4 * n);
            i += n;
        }
    }

    /** The magic, version, length and padded dict of a {@code <f4} C-order array. */
    static byte[] header(int[] shape) {
        StringBuilder s = new StringBuilder("{'descr': '<f4', 'fortran_order': False, 'shape': (");
        for (int i = 0; i < shape.length; i++) {
            s.append(shape[i]);
            if (shape.length == 1 || i < shape.length - 1) {
                s.append(',');
            }
            if (i < shape.length - 1) {
                s.append(' ');
            }
        }
        s.append("), }");
        int unpadded = 10 + s.length() + 1;
        int pad = (64 - unpadded % 64) % 64;
        s.append(" ".repeat(pad)).append('\n');
        byte[] dict = s.toString().getBytes(StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocate(10 + dict.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0);
        b.putShort((short) dict.length).put(dict);
        return b.array();
    }
}
