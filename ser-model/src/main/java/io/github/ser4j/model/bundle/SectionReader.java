package io.github.ser4j.model.bundle;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads the fields of one bundle section, checking every length against the bytes that are
 * actually left before using it, so a malformed section gives a
 * {@link BundleFormatException} and never a huge allocation.
 */
final class SectionReader {
    private final ByteBuffer buf;
    private final String file;
    private final String section;

    SectionReader(byte[] data, int offset, int length, String file, String section) {
        this.buf = ByteBuffer.wrap(data, offset, length).slice();
        this.file = file;
        this.section = section;
    }

    private BundleFormatException malformed(String what) {
        return new BundleFormatException(file, BundleFormatException.Problem.MALFORMED,
                "section " + section + ": " + what);
    }

    private void need(long bytes, String what) throws BundleFormatException {
        if (bytes < 0 || bytes > buf.remaining()) {
            throw malformed(what + " needs " + bytes + " bytes, " + buf.remaining() + " left");
        }
    }

    int readInt(String what) throws BundleFormatException {
        need(4, what);
        return buf.getInt();
    }

    long readLong(String what) throws BundleFormatException {
        need(8, what);
        return buf.getLong();
    }

    double readDouble(String what) throws BundleFormatException {
        need(8, what);
        return buf.getDouble();
    }

    /** A count of items of at least {@code minBytes} each, checked against the bytes left and {@code max}. */
    int readCount(String what, int minBytes, int max) throws BundleFormatException {
        int n = readInt(what);
        if (n < 0 || n > max) {
            throw malformed(what + " is " + n + ", outside [0, " + max + "]");
        }
        need((long) n * minBytes, what + " (" + n + " items)");
        return n;
    }

    byte[] readBytes(String what) throws BundleFormatException {
        int n = readInt(what + " length");
        if (n < 0) {
            throw malformed(what + " length is " + n);
        }
        need(n, what);
        byte[] out = new byte[n];
        buf.get(out);
        return out;
    }

    String readString(String what) throws BundleFormatException {
        byte[] b = readBytes(what);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            throw malformed(what + " is not valid UTF-8");
        }
    }

    byte[] readRemaining() {
        byte[] out = new byte[buf.remaining()];
        buf.get(out);
        return out;
    }

    void expectEnd() throws BundleFormatException {
        if (buf.hasRemaining()) {
            throw malformed(buf.remaining() + " unexpected bytes at the end");
        }
    }

    BundleFormatException invalid(String what, Throwable cause) {
        return new BundleFormatException(file, BundleFormatException.Problem.MALFORMED,
                "section " + section + ": " + what, cause);
    }
}
