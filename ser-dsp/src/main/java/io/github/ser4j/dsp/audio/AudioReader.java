package io.github.ser4j.dsp.audio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Decodes WAV and AIFF audio into float samples, as {@code soundfile.read(dtype='float32')}
 * (libsndfile) does for librosa: {@code int16 / 32768}, {@code int24 / 2^23},
 * {@code int32 / 2^31}, unsigned 8-bit {@code (v - 128) / 128}, floats as stored.
 *
 * <pre>{@code
 * Audio a = AudioReader.strict().read(Path.of("03a01Fa.wav"));   // mono, native rate
 * AudioInfo info = AudioReader.strict().info(path);               // channels, encoding, frames
 * }</pre>
 *
 * <p><b>Formats</b> are recognised by content, never by file name (corpora ship AIFF data
 * under {@code .wav} names): RIFF/WAVE and RIFX (PCM 8/16/24/32-bit, IEEE float 32/64,
 * WAVE_FORMAT_EXTENSIBLE with a PCM or float sub-format), AIFF and AIFF-C (see
 * {@link AiffParser}). Any channel count up to 1024; {@link #read} mixes down to mono with
 * librosa's float32 mean over channels, {@link #readChannels} keeps them apart.
 *
 * <p><b>Bad input.</b> Every failure is an {@link AudioFormatException} naming the source
 * and the problem: unknown format, unsupported encoding, zero channels, a rate outside
 * 1 Hz..1 MHz, a required chunk missing or cut short. Sizes in headers are only believed up
 * to the bytes actually present, so no header can cause a huge allocation or an endless loop.
 *
 * <p><b>Data past the end of the file.</b> A {@code data} (or {@code SSND}) chunk whose
 * declared size runs past the end is a truncated file, or a streamed one whose writer could
 * not seek back (size {@code 0} or {@code 0xFFFFFFFF}). The {@link #strict()} reader (the
 * default) rejects such files; the {@link #lenient()} reader decodes the whole frames that
 * are there. Both ignore the RIFF/FORM size field and junk after the last complete chunk.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class AudioReader {
    private static final AudioReader STRICT = new AudioReader(false);
    private static final AudioReader LENIENT = new AudioReader(true);

    private final boolean lenient;

    private AudioReader(boolean lenient) {
        this.lenient = lenient;
    }

    /** The reader that rejects data chunks running past the end of the file (the default). */
    public static AudioReader strict() {
        return STRICT;
    }

    /** The reader that decodes what is present of a truncated or streamed file. */
    public static AudioReader lenient() {
        return LENIENT;
    }

    /** Whether this reader accepts data chunks that run past the end of the file. */
    public boolean isLenient() {
        return lenient;
    }

    /** The whole file, mixed to mono, at its native rate. */
    public Audio read(Path path) throws IOException {
        return read(path, 0, -1);
    }

    /** The whole stream (read to its end, not closed), mixed to mono, at its native rate. */
    public Audio read(InputStream in, String sourceName) throws IOException {
        return read(in, sourceName, 0, -1);
    }

    /**
     * Up to {@code maxFrames} frames (all when negative) starting at frame {@code startFrame},
     * mixed to mono. A start at or past the end gives an empty signal.
     */
    public Audio read(Path path, long startFrame, long maxFrames) throws IOException {
        return decodeMono(bytes(path), path.toString(), startFrame, maxFrames);
    }

    /** As {@link #read(Path, long, long)}, from a stream (read to its end, not closed). */
    public Audio read(InputStream in, String sourceName, long startFrame, long maxFrames) throws IOException {
        return decodeMono(in.readAllBytes(), sourceName, startFrame, maxFrames);
    }

    /** Every channel of the file, {@code [channel][frame]}, at the native rate. */
    public float[][] readChannels(Path path) throws IOException {
        return readChannels(path, 0, -1);
    }

    /** Every channel of frames {@code [startFrame, startFrame + maxFrames)}, {@code [channel][frame]}. */
    public float[][] readChannels(Path path, long startFrame, long maxFrames) throws IOException {
        return decodeChannels(bytes(path), path.toString(), startFrame, maxFrames);
    }

    /** Every channel of a stream (read to its end, not closed), {@code [channel][frame]}. */
    public float[][] readChannels(InputStream in, String sourceName) throws IOException {
        return decodeChannels(in.readAllBytes(), sourceName, 0, -1);
    }

    /** The file's format, channels, native rate and length, without decoding samples. */
    public AudioInfo info(Path path) throws IOException {
        return parse(bytes(path), path.toString());
    }

    /** A stream's format (the stream is read to its end, not closed). */
    public AudioInfo info(InputStream in, String sourceName) throws IOException {
        return parse(in.readAllBytes(), sourceName);
    }

    /**
     * Decodes a whole file held in memory, mixed to mono.
     *
     * @param data       the file's bytes
     * @param sourceName named in error messages
     */
    public Audio decode(byte[] data, String sourceName) throws AudioFormatException {
        return decodeMono(data, sourceName, 0, -1);
    }

    Audio decodeMono(byte[] data, String source, long startFrame, long maxFrames)
            throws AudioFormatException {
        AudioInfo info = parse(data, source);
        long start = Math.min(Math.max(0, startFrame), info.frames());
        int count = count(info, start, maxFrames);
        return new Audio(SampleDecoder.mono(data, info, start, count), info.sampleRate());
    }

    float[][] decodeChannels(byte[] data, String source, long startFrame, long maxFrames)
            throws AudioFormatException {
        AudioInfo info = parse(data, source);
        long start = Math.min(Math.max(0, startFrame), info.frames());
        return SampleDecoder.channels(data, info, start, count(info, start, maxFrames));
    }

    private static int count(AudioInfo info, long start, long maxFrames) throws AudioFormatException {
        long avail = info.frames() - start;
        long n = maxFrames < 0 ? avail : Math.min(avail, maxFrames);
        if (n > Integer.MAX_VALUE - 8) {
            throw new AudioFormatException(info.source(), n + " frames do not fit in one array");
        }
        return (int) n;
    }

    AudioInfo parse(byte[] data, String source) throws AudioFormatException {
        Objects.requireNonNull(data, "data");
        HeaderBytes b = new HeaderBytes(data, Objects.requireNonNull(source, "sourceName"));
        if (data.length < 12) {
            throw b.fail("only " + data.length + " bytes, too short for a WAV or AIFF header");
        }
        String magic = b.id(0, "file header");
        String form = b.id(8, "file header");
        if (magic.equals("RIFF") && form.equals("WAVE")) {
            return WavParser.parse(b, false, lenient);
        }
        if (magic.equals("RIFX") && form.equals("WAVE")) {
            return WavParser.parse(b, true, lenient);
        }
        if (magic.equals("FORM") && (form.equals("AIFF") || form.equals("AIFC"))) {
            return AiffParser.parse(b, form.equals("AIFC"), lenient);
        }
        if (magic.equals("RF64") || magic.equals("BW64")) {
            throw b.fail(magic + " (64-bit WAV) is not supported");
        }
        throw b.fail("not a WAV or AIFF file (starts with '" + WavParser.printable(magic) + "' '"
                + WavParser.printable(form) + "')");
    }

    static byte[] bytes(Path path) throws IOException {
        long size = Files.size(path);
        if (size > Integer.MAX_VALUE - 8) {
            throw new AudioFormatException(path.toString(), "file of " + size + " bytes is larger than 2 GiB");
        }
        return Files.readAllBytes(path);
    }
}
