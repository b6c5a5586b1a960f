package io.github.ser4j.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The windows an input of {@code n} samples is analysed in: starts at {@code 0, hop, 2 hop,
 * ...}, every window that fits whole ({@code start + window <= n}), then one shorter window
 * from the next start to the end if samples after the last whole window would otherwise go
 * unanalysed (always the case for an input shorter than one window). Streaming and batch
 * analysis both follow this rule, so they produce the same windows.
 *
 * @param window samples per window, {@code >= 1}
 * @param hop    samples between window starts, {@code >= 1}
 */
record SlidingWindows(int window, int hop) {
    SlidingWindows {
        if (window < 1 || hop < 1) {
            throw new IllegalArgumentException("window and hop must be >= 1 sample, got " + window + ", " + hop);
        }
    }

    /** Windows of {@code seconds} and {@code hopSeconds} at {@code sampleRate}, rounded to whole samples. */
    static SlidingWindows of(double seconds, double hopSeconds, int sampleRate) {
        if (!(hopSeconds > 0) || Double.isInfinite(hopSeconds)) {
            throw new IllegalArgumentException("hopSeconds must be finite and > 0, got " + hopSeconds);
        }
        if (sampleRate < 1) {
            throw new IllegalArgumentException("sampleRate must be >= 1, got " + sampleRate);
        }
        long w = Math.round(seconds * sampleRate);
        long h = Math.round(hopSeconds * sampleRate);
        if (w > Integer.MAX_VALUE / 2 || h > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("window " + seconds + " s or hop " + hopSeconds + " s at "
                    + sampleRate + " Hz is too long");
        }
        return new SlidingWindows((int) Math.max(1, w), (int) Math.max(1, h));
    }

    /** The {@code [start, end)} sample ranges of an input of {@code n} samples. */
    List<long[]> plan(long n) {
        List<long[]> out = new ArrayList<>();
        long start = 0;
        long lastEnd = 0;
        while (start + window <= n) {
            out.add(new long[] {start, start + window});
            lastEnd = start + window;
            start += hop;
        }
        long[] tail = tail(start, lastEnd, n);
        if (tail != null) {
            out.add(tail);
        }
        return out;
    }

    /** The final short window, given the next start and the end of the last whole window, or null. */
    static long[] tail(long nextStart, long lastEnd, long n) {
        return nextStart < n && lastEnd < n ? new long[] {nextStart, n} : null;
    }
}
