package io.github.ser4j.dsp.audio;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Builds WAV and AIFF files byte by byte for reader tests, independently of the reader:
 * chunks are written exactly as the format specifications lay them out.
 */
final class TestAudioFiles {
    private TestAudioFiles() {
    }

    /** A RIFF chunk: id, little-endian size, body, pad byte when the size is odd. */
    static byte[] chunk(String id, byte[] body, boolean bigEndian) {
        ByteBuffer b = ByteBuffer.allocate(8 + body.length + (body.length & 1))
                .order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        b.put(id.getBytes(StandardCharsets.US_ASCII)).putInt(body.length).put(body);
        return b.array();
    }

    static byte[] cat(byte[]... parts) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            o.writeBytes(p);
        }
        return o.toByteArray();
    }

    /** A 16-byte WAVE_FORMAT_PCM / IEEE_FLOAT fmt body. */
    static byte[] fmt(int tag, int channels, int rate, int bits) {
        int blockAlign = channels * ((bits + 7) / 8);
        return ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN)
                .putShort((short) tag).putShort((short) channels).putInt(rate).putInt(rate * blockAlign)
                .putShort((short) blockAlign).putShort((short) bits).array();
    }

    /** A 40-byte WAVE_FORMAT_EXTENSIBLE fmt body whose GUID names {@code subTag}. */
    static byte[] fmtExtensible(int subTag, int channels, int rate, int bits, int validBits) {
        int blockAlign = channels * (bits / 8);
        ByteBuffer b = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN)
                .putShort((short) 0xFFFE).putShort((short) channels).putInt(rate).putInt(rate * blockAlign)
                .putShort((short) blockAlign).putShort((short) bits)
                .putShort((short) 22).putShort((short) validBits).putInt(channels == 2 ? 3 : 4);
        // KSDATAFORMAT_SUBTYPE GUID {0000xxxx-0000-0010-8000-00AA00389B71}
        b.putInt(subTag).putShort((short) 0).putShort((short) 0x10);
        b.put(new byte[] {(byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38, (byte) 0x9B, 0x71});
        return b.array();
    }

    /** A complete WAV: RIFF header then the chunks given. */
    static byte[] wav(byte[]... chunks) {
        byte[] body = cat(chunks);
        ByteBuffer h = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + body.length)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII));
        return cat(h.array(), body);
    }

    /** Interleaved integer codes as little- or big-endian two's complement of {@code bytes} bytes. */
    static byte[] ints(int[] codes, int bytes, boolean bigEndian) {
        byte[] out = new byte[codes.length * bytes];
        for (int i = 0; i < codes.length; i++) {
            for (int k = 0; k < bytes; k++) {
                int shift = 8 * (bigEndian ? bytes - 1 - k : k);
                out[i * bytes + k] = (byte) (codes[i] >> shift);
            }
        }
        return out;
    }

    static byte[] floats(float[] v, boolean bigEndian) {
        ByteBuffer b = ByteBuffer.allocate(4 * v.length).order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        for (float f : v) {
            b.putFloat(f);
        }
        return b.array();
    }

    static byte[] doubles(double[] v, boolean bigEndian) {
        ByteBuffer b = ByteBuffer.allocate(8 * v.length).order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        for (double d : v) {
            b.putDouble(d);
        }
        return b.array();
    }

    /** The 80-bit IEEE extended encoding of a positive integer rate. */
    static byte[] extended(int rate) {
        int msb = 31 - Integer.numberOfLeadingZeros(rate);
        long mant = ((long) rate) << (63 - msb);
        return ByteBuffer.allocate(10).order(ByteOrder.BIG_ENDIAN)
                .putShort((short) (16383 + msb)).putLong(mant).array();
    }

    /**
     * An AIFF (compression {@code null}) or AIFF-C file with the given sample bytes.
     *
     * @param frames declared frame count
     */
    static byte[] aiff(String compression, int channels, long frames, int bits, int rate, byte[] samples,
                       byte[]... extraChunksBeforeComm) {
        boolean aifc = compression != null;
        ByteBuffer comm = ByteBuffer.allocate(aifc ? 24 : 18).order(ByteOrder.BIG_ENDIAN);
        comm.putShort((short) channels).putInt((int) frames).putShort((short) bits).put(extended(rate));
        if (aifc) {
            comm.put(compression.getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 0); // empty pstring + pad
        }
        byte[] ssnd = cat(new byte[8], samples);
        byte[] body = cat(cat(extraChunksBeforeComm), chunk("COMM", comm.array(), true),
                aifc ? chunk("FVER", new byte[] {(byte) 0xA2, (byte) 0x80, 0x51, 0x40}, true) : new byte[0],
                chunk("SSND", ssnd, true));
        ByteBuffer h = ByteBuffer.allocate(12).order(ByteOrder.BIG_ENDIAN);
        h.put("FORM".getBytes(StandardCharsets.US_ASCII)).putInt(4 + body.length)
                .put((aifc ? "AIFC" : "AIFF").getBytes(StandardCharsets.US_ASCII));
        return cat(h.array(), body);
    }
}
