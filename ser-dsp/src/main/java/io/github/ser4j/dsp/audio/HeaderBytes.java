package io.github.ser4j.dsp.audio;

/**
 * A whole file's bytes with bounds-checked field reads. Every read past the end becomes an
 * {@link AudioFormatException} naming the source and the field, so a lying header can never
 * index outside the data or size an allocation.
 */
final class HeaderBytes {
    final byte[] data;
    final String source;

    HeaderBytes(byte[] data, String source) {
        this.data = data;
        this.source = source;
    }

    long length() {
        return data.length;
    }

    AudioFormatException fail(String problem) {
        return new AudioFormatException(source, problem);
    }

    private void need(long pos, int n, String what) throws AudioFormatException {
        if (pos < 0 || pos + n > data.length) {
            throw fail("file ends inside the " + what + " (needs bytes " + pos + ".." + (pos + n - 1)
                    + ", file has " + data.length + ")");
        }
    }

    /** Four ASCII characters, e.g. a chunk id. */
    String id(long pos, String what) throws AudioFormatException {
        need(pos, 4, what);
        int p = (int) pos;
        char[] c = new char[4];
        for (int i = 0; i < 4; i++) {
            c[i] = (char) (data[p + i] & 0xFF);
        }
        return new String(c);
    }

    /** Whether the four bytes at {@code pos} are printable ASCII (a plausible chunk id). */
    boolean printableId(long pos) {
        if (pos < 0 || pos + 4 > data.length) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            int b = data[(int) pos + i] & 0xFF;
            if (b < 0x20 || b > 0x7E) {
                return false;
            }
        }
        return true;
    }

    int u8(long pos, String what) throws AudioFormatException {
        need(pos, 1, what);
        return data[(int) pos] & 0xFF;
    }

    int u16(long pos, boolean bigEndian, String what) throws AudioFormatException {
        need(pos, 2, what);
        int p = (int) pos;
        int a = data[p] & 0xFF;
        int b = data[p + 1] & 0xFF;
        return bigEndian ? (a << 8) | b : (b << 8) | a;
    }

    long u32(long pos, boolean bigEndian, String what) throws AudioFormatException {
        need(pos, 4, what);
        int p = (int) pos;
        long v = 0;
        for (int i = 0; i < 4; i++) {
            int b = data[p + (bigEndian ? i : 3 - i)] & 0xFF;
            v = (v << 8) | b;
        }
        return v;
    }

    long u64be(long pos, String what) throws AudioFormatException {
        need(pos, 8, what);
        return (u32(pos, true, what) << 32) | u32(pos + 4, true, what);
    }
}
