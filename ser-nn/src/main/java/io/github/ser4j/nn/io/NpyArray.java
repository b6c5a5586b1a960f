package io.github.ser4j.nn.io;

import io.github.ser4j.nn.tensor.Tensor;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * One NumPy array as stored in a {@code .npy} file: element type, shape (C order) and the
 * element bytes, kept in little-endian order exactly as they will be written.
 *
 * <p>Keeping the bytes rather than a Java array of one fixed type means an {@code int64}
 * label array survives a read-write cycle unchanged and a {@code float64} golden array can
 * be read as doubles (for a test's reference) or as floats (for a {@link Tensor}).
 * The conversions ({@link #toFloats()}, {@link #toDoubles()}, {@link #toLongs()}) decode on
 * each call.
 */
public final class NpyArray {
    private final NpyDtype dtype;
    private final int[] shape;
    private final byte[] bytes;

    NpyArray(NpyDtype dtype, int[] shape, byte[] littleEndianBytes) {
        this.dtype = dtype;
        this.shape = shape.clone();
        this.bytes = littleEndianBytes;
        long n = elementCount(this.shape);
        if (n * dtype.itemSize() != bytes.length) {
            throw new IllegalArgumentException(bytes.length + " bytes do not hold shape " + Arrays.toString(shape)
                    + " of " + dtype);
        }
    }

    /** A {@code float32} array holding a copy of {@code data} with the given shape. */
    public static NpyArray ofFloats(float[] data, int... shape) {
        ByteBuffer b = allocate(data.length, 4, shape);
        b.asFloatBuffer().put(data);
        return new NpyArray(NpyDtype.FLOAT32, shape, b.array());
    }

    /** A {@code float64} array holding a copy of {@code data} with the given shape. */
    public static NpyArray ofDoubles(double[] data, int... shape) {
        ByteBuffer b = allocate(data.length, 8, shape);
        b.asDoubleBuffer().put(data);
        return new NpyArray(NpyDtype.FLOAT64, shape, b.array());
    }

    /** An {@code int64} array holding a copy of {@code data} with the given shape. */
    public static NpyArray ofLongs(long[] data, int... shape) {
        ByteBuffer b = allocate(data.length, 8, shape);
        b.asLongBuffer().put(data);
        return new NpyArray(NpyDtype.INT64, shape, b.array());
    }

    /** An {@code int32} array holding a copy of {@code data} with the given shape. */
    public static NpyArray ofInts(int[] data, int... shape) {
        ByteBuffer b = allocate(data.length, 4, shape);
        b.asIntBuffer().put(data);
        return new NpyArray(NpyDtype.INT32, shape, b.array());
    }

    /** A {@code uint8} array holding a copy of {@code data} (read as unsigned) with the given shape. */
    public static NpyArray ofUnsignedBytes(byte[] data, int... shape) {
        allocate(data.length, 0, shape);
        return new NpyArray(NpyDtype.UINT8, shape, data.clone());
    }

    /** A {@code bool} array holding a copy of {@code data} with the given shape. */
    public static NpyArray ofBooleans(boolean[] data, int... shape) {
        allocate(data.length, 0, shape);
        byte[] b = new byte[data.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (data[i] ? 1 : 0);
        }
        return new NpyArray(NpyDtype.BOOL, shape, b);
    }

    /** A {@code float32} array with a copy of the tensor's values and its shape. */
    public static NpyArray of(Tensor tensor) {
        return ofFloats(tensor.data(), tensor.shape());
    }

    private static ByteBuffer allocate(int length, int itemSize, int[] shape) {
        long n = elementCount(shape);
        if (n != length) {
            throw new IllegalArgumentException("data of length " + length + " does not fit shape "
                    + Arrays.toString(shape) + " (" + n + " elements)");
        }
        return ByteBuffer.allocate(length * itemSize).order(ByteOrder.LITTLE_ENDIAN);
    }

    static long elementCount(int[] shape) {
        long n = 1;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] < 0) {
                throw new IllegalArgumentException("negative dimension " + shape[i] + " in shape " + Arrays.toString(shape));
            }
            n *= shape[i];
            if (n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " is too large");
            }
        }
        return n;
    }

    /** The element type. */
    public NpyDtype dtype() {
        return dtype;
    }

    /** The shape, C order (a copy); empty for a 0-d scalar. */
    public int[] shape() {
        return shape.clone();
    }

    /** Number of elements (1 for a 0-d scalar). */
    public int size() {
        return bytes.length / dtype.itemSize();
    }

    /** The raw little-endian element bytes (a copy). */
    public byte[] bytes() {
        return bytes.clone();
    }

    byte[] rawBytes() {
        return bytes;
    }

    private ByteBuffer buffer() {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** The values as doubles (integers converted exactly up to 2^53). */
    public double[] toDoubles() {
        int n = size();
        double[] out = new double[n];
        ByteBuffer b = buffer();
        switch (dtype) {
            case FLOAT32 -> { for (int i = 0; i < n; i++) out[i] = b.getFloat(4 * i); }
            case FLOAT64 -> b.asDoubleBuffer().get(out);
            default -> {
                long[] l = toLongs();
                for (int i = 0; i < n; i++) out[i] = l[i];
            }
        }
        return out;
    }

    /** The values as floats; {@code float64} is rounded to nearest, as {@code astype(np.float32)}. */
    public float[] toFloats() {
        int n = size();
        float[] out = new float[n];
        ByteBuffer b = buffer();
        switch (dtype) {
            case FLOAT32 -> b.asFloatBuffer().get(out);
            case FLOAT64 -> { for (int i = 0; i < n; i++) out[i] = (float) b.getDouble(8 * i); }
            default -> {
                long[] l = toLongs();
                for (int i = 0; i < n; i++) out[i] = l[i];
            }
        }
        return out;
    }

    /**
     * The values as longs. Integer and boolean types convert exactly; floating types are
     * truncated toward zero, as {@code astype(np.int64)}.
     */
    public long[] toLongs() {
        int n = size();
        long[] out = new long[n];
        ByteBuffer b = buffer();
        for (int i = 0; i < n; i++) {
            out[i] = switch (dtype) {
                case FLOAT32 -> (long) b.getFloat(4 * i);
                case FLOAT64 -> (long) b.getDouble(8 * i);
                case INT8 -> b.get(i);
                case INT16 -> b.getShort(2 * i);
                case INT32 -> b.getInt(4 * i);
                case INT64 -> b.getLong(8 * i);
                case UINT8 -> b.get(i) & 0xFFL;
                case UINT16 -> b.getShort(2 * i) & 0xFFFFL;
                case UINT32 -> b.getInt(4 * i) & 0xFFFFFFFFL;
                case BOOL -> b.get(i) != 0 ? 1 : 0;
            };
        }
        return out;
    }

    /** A new float32 tensor with these values and this shape (a 0-d scalar becomes shape {@code []}). */
    public Tensor toTensor() {
        return Tensor.of(toFloats(), shape);
    }

    @Override
    public String toString() {
        return "NpyArray[" + dtype.descr() + ", " + Arrays.toString(shape) + "]";
    }
}
