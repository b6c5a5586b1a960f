package io.github.ser4j.dsp.audio;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes mono {@link Audio} as a canonical 44-byte-header RIFF/WAVE file: signed PCM of 16,
 * 24 or 32 bits, or 32-bit IEEE float.
 *
 * <p>PCM follows libsndfile's float-to-integer write (what {@code soundfile.write} does):
 * clip to {@code [-1, 1]}, scale by the largest positive code ({@code 2^(bits-1) - 1}) and
 * round half to even. Reading back with {@link AudioReader} divides by {@code 2^(bits-1)},
 * so a round trip changes a sample by at most half a code plus the factor
 * {@code (2^(bits-1) - 1) / 2^(bits-1)}. Floats are written unchanged.
 */
public final class WavWriter {
    /** The sample encoding written. */
    public enum Encoding {
        /** Signed 16-bit PCM, WAVE_FORMAT_PCM (1). */
        PCM_16(1, 16),
        /** Signed 24-bit PCM, WAVE_FORMAT_PCM (1). */
        PCM_24(1, 24),
        /** Signed 32-bit PCM, WAVE_FORMAT_PCM (1). */
        PCM_32(1, 32),
        /** 32-bit IEEE float, WAVE_FORMAT_IEEE_FLOAT (3). */
        FLOAT_32(3, 32);

        final int formatTag;
        final int bits;

        Encoding(int formatTag, int bits) {
            this.formatTag = formatTag;
            this.bits = bits;
        }

        /** Bits per sample. */
        public int bits() {
            return bits;
        }
    }

    private WavWriter() {
    }

    /** Writes {@code audio} to {@code path} as 16-bit PCM. */
    public static void write(Path path, Audio audio) throws IOException {
        write(path, audio, Encoding.PCM_16);
    }

    /** Writes {@code audio} to {@code path} with the given encoding, replacing any file there. */
    public static void write(Path path, Audio audio, Encoding encoding) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16)) {
            write(out, audio, encoding);
        }
    }

    /** Writes {@code audio} to a stream (not closed) with the given encoding. */
    public static void write(OutputStream out, Audio audio, Encoding encoding) throws IOException {
        float[] x = audio.samples();
        int bytesPerSample = encoding.bits / 8;
        long dataBytes = (long) x.length * bytesPerSample;
        if (dataBytes > 0xFFFF_FFFFL - 36) {
            throw new IOException("signal of " + x.length + " samples is too long for a RIFF file");
        }
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put(new byte[] {'R', 'I', 'F', 'F'}).putInt((int) (36 + dataBytes));
        header.put(new byte[] {'W', 'A', 'V', 'E'});
        header.put(new byte[] {'f', 'm', 't', ' '}).putInt(16);
        header.putShort((short) encoding.formatTag).putShort((short) 1);
        header.putInt(audio.sampleRate()).putInt(audio.sampleRate() * bytesPerSample);
        header.putShort((short) bytesPerSample).putShort((short) encoding.bits);
        header.put(new byte[] {'d', 'a', 't', 'a'}).putInt((int) dataBytes);
        out.write(header.array());
        ByteBuffer buf = ByteBuffer.allocate(8192 * bytesPerSample).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < x.length; i++) {
            switch (encoding) {
                case PCM_16 -> buf.putShort((short) quantize(x[i], 0x7FFF));
                case PCM_24 -> {
                    int v = (int) quantize(x[i], 0x7F_FFFF);
                    buf.put((byte) v).put((byte) (v >> 8)).put((byte) (v >> 16));
                }
                case PCM_32 -> buf.putInt((int) quantize(x[i], 0x7FFF_FFFF));
                case FLOAT_32 -> buf.putFloat(x[i]);
            }
            if (buf.remaining() < bytesPerSample) {
                out.write(buf.array(), 0, buf.position());
                buf.clear();
            }
        }
        out.write(buf.array(), 0, buf.position());
    }

    /** Clip to [-1, 1] (NaN becomes 0), scale by {@code max}, round half to even. */
    static long quantize(float v, long max) {
        double c = Float.isNaN(v) ? 0.0 : Math.max(-1.0, Math.min(1.0, v));
        return (long) Math.rint(c * max);
    }
}
