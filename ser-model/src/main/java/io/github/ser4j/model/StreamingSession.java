package io.github.ser4j.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Emotion recognition over audio that arrives in chunks (a microphone, a network stream):
 * push chunks of any size, get a prediction for each sliding window as soon as it is
 * complete, and call {@link #finish()} at the end of the audio.
 *
 * <pre>{@code
 * StreamingSession s = recognizer.openStream(16000, 1.0);
 * while ((chunk = microphone.read()) != null) {
 *     for (Prediction p : s.push(chunk)) System.out.println(p);
 * }
 * s.finish().forEach(System.out::println);
 * }</pre>
 *
 * <p>Windows start at {@code 0, hop, 2 hop, ...} seconds and last the recognizer's
 * {@link EmotionRecognizer#windowSeconds()}; a window is predicted once all its samples have
 * arrived. At {@link #finish()}, a shorter last window covers samples no whole window reached
 * (the whole input, if it was shorter than one window). Only the samples from the next
 * window's start onwards are kept, so memory stays bounded by one window. Each window's
 * prediction is {@link EmotionRecognizer#predict(float[], int)} of its samples, so the
 * timeline equals {@link EmotionRecognizer#predictWindows} of the whole audio.
 *
 * <p>A session is used by one thread at a time; sessions of one recognizer may run in
 * parallel.
 */
public final class StreamingSession {
    private final EmotionRecognizer recognizer;
    private final int sampleRate;
    private final SlidingWindows windows;
    private final List<Prediction> timeline = new ArrayList<>();
    private float[] buffer = new float[0];
    private int buffered;
    /** Absolute index of {@code buffer[0]}. */
    private long bufferStart;
    private long total;
    private long nextStart;
    private long lastEnd;
    private boolean finished;

    StreamingSession(EmotionRecognizer recognizer, int sampleRate, SlidingWindows windows) {
        this.recognizer = recognizer;
        this.sampleRate = sampleRate;
        this.windows = windows;
    }

    /** The sample rate of the pushed audio. */
    public int sampleRate() {
        return sampleRate;
    }

    /** Samples pushed so far. */
    public long samplesPushed() {
        return total;
    }

    /**
     * Appends a chunk (mono samples at {@link #sampleRate()}, any length) and returns the
     * predictions of the windows it completed, in order (often none).
     *
     * @throws IllegalStateException after {@link #finish()}
     */
    public List<Prediction> push(float[] chunk) {
        Objects.requireNonNull(chunk, "chunk");
        if (finished) {
            throw new IllegalStateException("the stream is finished; open a new session");
        }
        append(chunk);
        List<Prediction> out = new ArrayList<>();
        while (nextStart + windows.window() <= total) {
            out.add(emit(nextStart, nextStart + windows.window()));
            lastEnd = nextStart + windows.window();
            nextStart += windows.hop();
            discardBefore(Math.min(nextStart, total));
        }
        return out;
    }

    /**
     * Ends the stream: returns the prediction of the final shorter window, if samples remain
     * that no whole window covered (none otherwise).
     *
     * @throws IllegalStateException when called twice
     */
    public List<Prediction> finish() {
        if (finished) {
            throw new IllegalStateException("finish() was already called");
        }
        finished = true;
        long[] tail = SlidingWindows.tail(nextStart, lastEnd, total);
        if (tail == null) {
            return List.of();
        }
        return List.of(emit(tail[0], tail[1]));
    }

    /** Every prediction so far, in window order. */
    public List<Prediction> timeline() {
        return Collections.unmodifiableList(new ArrayList<>(timeline));
    }

    private Prediction emit(long start, long end) {
        int from = (int) (start - bufferStart);
        float[] w = java.util.Arrays.copyOfRange(buffer, from, from + (int) (end - start));
        Prediction p = recognizer.predictWindow(w, sampleRate, start);
        timeline.add(p);
        return p;
    }

    private void append(float[] chunk) {
        long chunkStart = total;
        total += chunk.length;
        // with hop > window, samples before the next window's start are never needed
        int skip = (int) Math.max(0, Math.min(chunk.length, nextStart - chunkStart));
        if (buffered == 0) {
            bufferStart = chunkStart + skip;
        }
        int add = chunk.length - skip;
        if (buffered + add > buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, Math.max(buffered + add, Math.max(2 * buffer.length,
                    windows.window())));
        }
        System.arraycopy(chunk, skip, buffer, buffered, add);
        buffered += add;
    }

    private void discardBefore(long absolute) {
        int drop = (int) Math.min(buffered, absolute - bufferStart);
        if (drop <= 0) {
            return;
        }
        System.arraycopy(buffer, drop, buffer, 0, buffered - drop);
        buffered -= drop;
        bufferStart += drop;
    }
}
