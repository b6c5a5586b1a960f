package io.github.ser4j.dsp.audio;

import io.github.ser4j.dsp.resample.Resampler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * {@code librosa.load} (0.9.2): decode, cut, mix down, resample.
 *
 * <pre>{@code
 * Audio a = AudioLoader.load(path, LoadOptions.librosaDefaults());          // 22050 Hz mono
 * Audio b = AudioLoader.load(path, LoadOptions.nativeRate().withOffset(0.5).withDuration(2.5));
 * }</pre>
 *
 * <p>The steps, in librosa's order:
 * <ol>
 *   <li>decode with {@link AudioReader} (libsndfile's float conversion);</li>
 *   <li>skip {@code int(offset * sr_native)} frames and keep at most
 *       {@code int(duration * sr_native)}: the cut happens at the <em>native</em> rate, before
 *       resampling, so the output has {@code ceil(int(duration * sr_native) * sr / sr_native)}
 *       samples;</li>
 *   <li>mix to mono (float32 mean over channels);</li>
 *   <li>resample to the target rate with {@link Resampler#standard()} and the chosen
 *       {@code res_type} (output length {@code ceil(n * sr / sr_native)}).</li>
 * </ol>
 * An offset past the end gives an empty signal (librosa raises).
 */
public final class AudioLoader {

    private AudioLoader() {
    }

    /**
     * Loads a file as mono.
     *
     * @throws IllegalArgumentException when {@code options.mono()} is false (use {@link #loadChannels})
     * @throws AudioFormatException     when the file cannot be decoded
     */
    public static Audio load(Path path, LoadOptions options) throws IOException {
        requireMono(options);
        return loadMono(AudioReader.bytes(path), path.toString(), options);
    }

    /** Loads a stream (read to its end, not closed) as mono; see {@link #load(Path, LoadOptions)}. */
    public static Audio load(InputStream in, String sourceName, LoadOptions options) throws IOException {
        requireMono(options);
        return loadMono(in.readAllBytes(), sourceName, options);
    }

    /**
     * Loads a file as {@code [channel][sample]} ({@code mono=False}; with {@code mono=True} a
     * single row), each channel resampled to the target rate.
     */
    public static float[][] loadChannels(Path path, LoadOptions options) throws IOException {
        byte[] data = AudioReader.bytes(path);
        if (options.mono()) {
            return new float[][] {loadMono(data, path.toString(), options).samples()};
        }
        AudioReader reader = reader(options);
        AudioInfo info = reader.parse(data, path.toString());
        long[] range = range(info, options);
        float[][] ch = reader.decodeChannels(data, path.toString(), range[0], range[1]);
        if (options.sampleRate() != 0 && options.sampleRate() != info.sampleRate()) {
            for (int c = 0; c < ch.length; c++) {
                ch[c] = Resampler.standard().resample(ch[c], info.sampleRate(), options.sampleRate(),
                        options.resType());
            }
        }
        return ch;
    }

    private static Audio loadMono(byte[] data, String source, LoadOptions options) throws AudioFormatException {
        AudioReader reader = reader(options);
        long[] range = range(reader.parse(data, source), options);
        return resample(reader.decodeMono(data, source, range[0], range[1]), options);
    }

    private static void requireMono(LoadOptions options) {
        if (!options.mono()) {
            throw new IllegalArgumentException("mono=false gives several channels: use AudioLoader.loadChannels");
        }
    }

    private static AudioReader reader(LoadOptions options) {
        return options.lenient() ? AudioReader.lenient() : AudioReader.strict();
    }

    /** {@code {startFrame, maxFrames}} as librosa computes them at the native rate. */
    static long[] range(AudioInfo info, LoadOptions options) {
        int sr = info.sampleRate();
        long start = (long) (options.offsetSeconds() * sr);
        long max = Double.isInfinite(options.durationSeconds()) ? -1 : (long) (options.durationSeconds() * sr);
        return new long[] {start, max};
    }

    private static Audio resample(Audio audio, LoadOptions options) {
        if (options.sampleRate() == 0) {
            return audio;
        }
        return Resampler.standard().resample(audio, options.sampleRate(), options.resType());
    }
}
