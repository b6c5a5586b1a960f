package io.github.ser4j.dsp.audio;

/**
 * Turns stored samples into floats exactly as libsndfile does when soundfile reads a file
 * with {@code dtype='float32'} (the normalisation factors are powers of two, so each
 * conversion is a single rounding at most), and mixes channels down as librosa's
 * {@code to_mono} does: the float32 mean over channels.
 */
final class SampleDecoder {
    private static final float S8 = 1f / 128f;
    private static final float S16 = 1f / 32768f;
    private static final float S24 = 1f / 8388608f;
    private static final float S32 = 1f / 2147483648f;

    private SampleDecoder() {
    }

    /** Sample {@code index} (frame * channels + channel) of the data. */
    static float sample(byte[] d, AudioInfo info, long index) {
        SampleEncoding enc = info.encoding();
        int p = (int) (info.dataOffset() + index * enc.bytesPerSample());
        boolean be = info.bigEndian();
        return switch (enc) {
            case PCM_U8 -> ((d[p] & 0xFF) - 128) * S8;
            case PCM_S8 -> d[p] * S8;
            case PCM_16 -> (short) (be ? (d[p] << 8) | (d[p + 1] & 0xFF) : (d[p + 1] << 8) | (d[p] & 0xFF)) * S16;
            case PCM_24 -> int24(d, p, be) * S24;
            case PCM_32 -> (float) int32(d, p, be) * S32;
            case FLOAT_32 -> Float.intBitsToFloat(int32(d, p, be));
            case FLOAT_64 -> (float) Double.longBitsToDouble(be
                    ? ((long) int32(d, p, true) << 32) | (int32(d, p + 4, true) & 0xFFFF_FFFFL)
                    : ((long) int32(d, p + 4, false) << 32) | (int32(d, p, false) & 0xFFFF_FFFFL));
        };
    }

    private static int int24(byte[] d, int p, boolean be) {
        int v = be
                ? (d[p] << 16) | ((d[p + 1] & 0xFF) << 8) | (d[p + 2] & 0xFF)
                : (d[p + 2] << 16) | ((d[p + 1] & 0xFF) << 8) | (d[p] & 0xFF);
        return v; // d[...] << 16 keeps the sign of the top byte
    }

    private static int int32(byte[] d, int p, boolean be) {
        return be
                ? (d[p] << 24) | ((d[p + 1] & 0xFF) << 16) | ((d[p + 2] & 0xFF) << 8) | (d[p + 3] & 0xFF)
                : (d[p + 3] << 24) | ((d[p + 2] & 0xFF) << 16) | ((d[p + 1] & 0xFF) << 8) | (d[p] & 0xFF);
    }

    /** Frames {@code [start, start + count)} as {@code [channel][frame]}. */
    static float[][] channels(byte[] d, AudioInfo info, long start, int count) {
        int ch = info.channels();
        float[][] out = new float[ch][count];
        for (int f = 0; f < count; f++) {
            long base = (start + f) * ch;
            for (int c = 0; c < ch; c++) {
                out[c][f] = sample(d, info, base + c);
            }
        }
        return out;
    }

    /**
     * Frames {@code [start, start + count)} mixed to mono: {@code np.mean(y, axis=0)} in
     * float32, i.e. the channel sum (numpy's order: sequential below 8 channels, eight
     * interleaved partial sums from 8 on) divided by the channel count.
     */
    static float[] mono(byte[] d, AudioInfo info, long start, int count) {
        int ch = info.channels();
        float[] out = new float[count];
        float[] frame = new float[ch];
        for (int f = 0; f < count; f++) {
            long base = (start + f) * ch;
            for (int c = 0; c < ch; c++) {
                frame[c] = sample(d, info, base + c);
            }
            out[f] = ch == 1 ? frame[0] : sum(frame) / ch;
        }
        return out;
    }

    /** numpy's float32 pairwise sum for up to 128 values (larger counts recurse). */
    static float sum(float[] a) {
        return pairwise(a, 0, a.length);
    }

    private static float pairwise(float[] a, int off, int n) {
        if (n < 8) {
            float res = 0f;
            for (int i = 0; i < n; i++) {
                res += a[off + i];
            }
            return res;
        }
        if (n <= 128) {
            float[] r = new float[8];
            System.arraycopy(a, off, r, 0, 8);
            int i = 8;
            for (; i < n - n % 8; i += 8) {
                for (int j = 0; j < 8; j++) {
                    r[j] += a[off + i + j];
                }
            }
            float res = (r[0] + r[1] + (r[2] + r[3])) + (r[4] + r[5] + (r[6] + r[7]));
            for (; i < n; i++) {
                res += a[off + i];
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return pairwise(a, off, n2) + pairwise(a, off + n2, n - n2);
    }
}
