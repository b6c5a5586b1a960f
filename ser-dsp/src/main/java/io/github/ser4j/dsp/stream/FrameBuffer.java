package io.github.ser4j.dsp.stream;

import io.github.ser4j.dsp.spectral.PadMode;
import io.github.ser4j.dsp.spectral.StftConfig;
import java.util.Arrays;

/**
 * Reassembles a signal that arrives in chunks into the STFT frames that the batch transform
 * would cut from the whole signal, including librosa's centring pad.
 *
 * <p>The buffer holds a window of the <em>padded</em> signal ({@code p = nFft/2} pad samples,
 * then the signal, then {@code p} more at the end), starting at padded position
 * {@code bufStart}. Frame {@code t} covers padded positions {@code [t hop, t hop + nFft)}; it is
 * handed out as soon as all of it lies in the signal received so far, so no frame waits for
 * more audio than it contains. The start pad is written once enough samples have arrived to
 * know it (none for zeros; {@code p + 1} for reflection); the end pad, and the frames that
 * overlap it, only when {@link #finish} says the signal is over. Samples before the next frame
 * are dropped, except the last {@code p + 1}, which the end pad may reflect.
 */
final class FrameBuffer {
    /** Receives each frame as a slice {@code samples[offset .. offset + nFft)}. */
    @FunctionalInterface
    interface FrameVisitor {
        void frame(long index, float[] samples, int offset);
    }

    private final int nFft;
    private final int hop;
    private final int pad;
    private final PadMode mode;
    private final StftConfig config;
    private float[] buf;
    private int used;
    private long bufStart;
    private long received;
    private long nextFrame;
    private boolean startPadded;
    private boolean finished;

    FrameBuffer(StftConfig config) {
        this.config = config;
        this.nFft = config.nFft();
        this.hop = config.hopLength();
        this.pad = config.center() ? nFft / 2 : 0;
        this.mode = config.padMode();
        reset();
    }

    void reset() {
        buf = new float[Math.max(2 * nFft, 1024)];
        used = pad; // room for the start pad
        bufStart = 0;
        received = 0;
        nextFrame = 0;
        startPadded = pad == 0 || mode == PadMode.CONSTANT;
        finished = false;
    }

    long received() {
        return received;
    }

    long framesEmitted() {
        return nextFrame;
    }

    boolean finished() {
        return finished;
    }

    void push(float[] x, int off, int len, FrameVisitor visitor) {
        if (finished) {
            throw new IllegalStateException("stream already finished; call reset() to start a new signal");
        }
        if (off < 0 || len < 0 || off + len > x.length) {
            throw new IllegalArgumentException("chunk range [" + off + ", " + off + "+" + len + ") is outside an array of "
                    + x.length);
        }
        ensureRoom(len);
        System.arraycopy(x, off, buf, used, len);
        used += len;
        received += len;
        if (!startPadded && received >= pad + 1) {
            writeStartPad();
        }
        if (startPadded) {
            long available = pad + received; // padded positions known so far
            while (nextFrame * hop + nFft <= available) {
                emit(visitor);
            }
            compact();
        }
    }

    void finish(FrameVisitor visitor) {
        if (finished) {
            throw new IllegalStateException("stream already finished; call reset() to start a new signal");
        }
        finished = true;
        int frames = config.frameCount(received); // throws, as the batch transform does, if too short
        if (!startPadded) {
            // Short signal (<= p samples, nothing emitted yet): pad it exactly as the batch does.
            float[] y = Arrays.copyOfRange(buf, pad, used);
            buf = mode.pad(y, pad, pad);
            used = buf.length;
            bufStart = 0;
        } else {
            ensureRoom(pad);
            for (int i = 0; i < pad; i++) {
                buf[used + i] = endPadSample(i);
            }
            used += pad;
        }
        while (nextFrame < frames) {
            emit(visitor);
        }
    }

    private void emit(FrameVisitor visitor) {
        visitor.frame(nextFrame, buf, (int) (nextFrame * hop - bufStart));
        nextFrame++;
    }

    /** Signal sample {@code j} (0-based) from the buffer. */
    private float signal(long j) {
        return buf[(int) (pad + j - bufStart)];
    }

    private void writeStartPad() {
        for (int i = 0; i < pad; i++) {
            long j = (long) i - pad; // signal index, negative
            buf[i] = switch (mode) {
                case CONSTANT -> 0f;
                case EDGE -> signal(0);
                case REFLECT -> signal(-j); // needs received >= pad + 1
            };
        }
        startPadded = true;
    }

    /** End pad sample {@code i}: signal index {@code n + i}, extended in the pad mode. */
    private float endPadSample(int i) {
        long n = received;
        return switch (mode) {
            case CONSTANT -> 0f;
            case EDGE -> signal(n - 1);
            case REFLECT -> n == 1 ? signal(0) : signal(reflect(n + i, n));
        };
    }

    private static long reflect(long j, long n) {
        long period = 2 * (n - 1);
        long m = Math.floorMod(j, period);
        return m < n ? m : period - m;
    }

    /** Drop samples no frame and no end pad will read again. */
    private void compact() {
        long keepFrom = Math.min(nextFrame * hop, pad + received - (pad + 1));
        keepFrom = Math.max(keepFrom, bufStart);
        int drop = (int) (keepFrom - bufStart);
        if (drop > 0 && drop >= used / 2) {
            System.arraycopy(buf, drop, buf, 0, used - drop);
            used -= drop;
            bufStart = keepFrom;
        }
    }

    private void ensureRoom(int extra) {
        long need = (long) used + extra;
        if (need > buf.length) {
            if (need > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("chunk of " + extra + " samples too large to buffer");
            }
            buf = Arrays.copyOf(buf, (int) Math.max(need, Math.min(Integer.MAX_VALUE - 8L, 2L * buf.length)));
        }
    }
}
