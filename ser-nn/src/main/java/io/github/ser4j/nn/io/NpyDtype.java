package io.github.ser4j.nn.io;

/**
 * The NumPy element types this package reads and writes, with their {@code descr} codes
 * ({@code "f4"}, {@code "i8"}, ...) and item sizes in bytes.
 *
 * <p>A NumPy {@code descr} string is a byte-order character ({@code '<'} little-endian,
 * {@code '>'} big-endian, {@code '|'} not applicable, {@code '='} native) followed by a kind
 * letter ({@code f} float, {@code i} signed integer, {@code u} unsigned integer, {@code b}
 * boolean) and the item size. This enum holds kind and size; the byte order is parsed
 * separately by {@link Npy}.
 */
public enum NpyDtype {
    /** IEEE 754 binary32, {@code float32}. */
    FLOAT32("f4", 4),
    /** IEEE 754 binary64, {@code float64}. */
    FLOAT64("f8", 8),
    /** Signed 8-bit integer. */
    INT8("i1", 1),
    /** Signed 16-bit integer. */
    INT16("i2", 2),
    /** Signed 32-bit integer. */
    INT32("i4", 4),
    /** Signed 64-bit integer. */
    INT64("i8", 8),
    /** Unsigned 8-bit integer. */
    UINT8("u1", 1),
    /** Unsigned 16-bit integer. */
    UINT16("u2", 2),
    /** Unsigned 32-bit integer. */
    UINT32("u4", 4),
    /** NumPy boolean, one byte holding 0 or 1. */
    BOOL("b1", 1);

    private final String code;
    private final int itemSize;

    NpyDtype(String code, int itemSize) {
        this.code = code;
        this.itemSize = itemSize;
    }

    /** The kind letter and size, e.g. {@code "f4"}, without the byte-order character. */
    public String code() {
        return code;
    }

    /** Bytes per element. */
    public int itemSize() {
        return itemSize;
    }

    /** Whether the type is a floating-point one. */
    public boolean isFloating() {
        return this == FLOAT32 || this == FLOAT64;
    }

    /** The {@code descr} NumPy writes for this type: {@code '|'} for one-byte types, else {@code '<'}. */
    public String descr() {
        return (itemSize == 1 ? "|" : "<") + code;
    }

    /** The dtype with the given kind-and-size code ({@code "f4"}), or null if not supported. */
    static NpyDtype ofCode(String code) {
        for (NpyDtype d : values()) {
            if (d.code.equals(code)) {
                return d;
            }
        }
        return null;
    }
}
