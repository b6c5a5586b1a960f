package io.github.ser4j.dsp.audio;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes mono {@link Audio} as a RIFF/WAVE file: 16-bit PCM (the corpora's format) or
 * 32-bit IEEE float. PCM samples are scaled by 32767 and clipped to [-1, 1] first.
 */
public final class WavWriter {
    /** The sample encoding written. */
    public enum Encoding {
        /** Signed 16-bit PCM, WAVE_FORMAT_PCM (1). */
        PCM_16(1, 16),
        /** 32-bit IEEE float, WAVE_FORMAT_IEEE_FLOAT (3). */
        FLOAT_32(3, 32);

        final int formatTag;
        final int bits;

        Encoding(int formatTag, int bits) {
            this.formatTag = formatTag;
            this.bits = bits;
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
            if (encoding == Encoding.PCM_16) {
                float v = Math.max(-1f, Math.min(1f, x[i]));
                buf.putShort((short) Math.round(v * 32767f));
            } else {
                buf.putFloat(x[i]);
            }
            if (!buf.hasRemaining()) {
                out.write(buf.array(), 0, buf.position());
                buf.clear();
            }
        }
        out.write(buf.array(), 0, buf.position());
    }
}
