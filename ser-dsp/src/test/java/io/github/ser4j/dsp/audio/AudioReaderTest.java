package io.github.ser4j.dsp.audio;

import static io.github.ser4j.dsp.audio.TestAudioFiles.aiff;
import static io.github.ser4j.dsp.audio.TestAudioFiles.chunk;
import static io.github.ser4j.dsp.audio.TestAudioFiles.doubles;
import static io.github.ser4j.dsp.audio.TestAudioFiles.floats;
import static io.github.ser4j.dsp.audio.TestAudioFiles.fmt;
import static io.github.ser4j.dsp.audio.TestAudioFiles.fmtExtensible;
import static io.github.ser4j.dsp.audio.TestAudioFiles.ints;
import static io.github.ser4j.dsp.audio.TestAudioFiles.wav;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ser4j.dsp.testing.Npy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decoding every supported encoding and container, from files and streams; rejecting bad headers. */
class AudioReaderTest {
    @TempDir
    Path tmp;

    private static final AudioReader STRICT = AudioReader.strict();

    private float[] readBoth(byte[] file, String name) throws IOException {
        Path p = tmp.resolve(name);
        Files.write(p, file);
        float[] fromPath = STRICT.read(p).samples();
        float[] fromStream = STRICT.read(new ByteArrayInputStream(file), name).samples();
        assertThat(fromStream).isEqualTo(fromPath);
        return fromPath;
    }

    @Test
    void pcm16GoldenDecodesExactlyAsSoundfile() throws IOException {
        float[] ref = Npy.resource("golden/librosa/load_native.npy").toFloats();
        Audio a;
        try (InputStream in = getClass().getResourceAsStream("/golden/librosa/input_44100_pcm16.wav")) {
            a = STRICT.read(in, "input_44100_pcm16.wav");
        }
        assertThat(a.sampleRate()).isEqualTo(44100);
        assertThat(a.samples()).isEqualTo(ref);
    }

    @Test
    void unsignedPcm8IsCenteredOn128() throws IOException {
        byte[] data = {0, (byte) 128, (byte) 255, 64};
        float[] y = readBoth(wav(chunk("fmt ", fmt(1, 1, 8000, 8), false), chunk("data", data, false)), "u8.wav");
        assertThat(y).containsExactly(-1f, 0f, 127f / 128f, -0.5f);
    }

    @Test
    void pcm16DividesBy32768() throws IOException {
        int[] codes = {-32768, -1, 0, 1, 32767, 12345};
        float[] y = readBoth(wav(chunk("fmt ", fmt(1, 1, 16000, 16), false), chunk("data", ints(codes, 2, false), false)),
                "s16.wav");
        for (int i = 0; i < codes.length; i++) {
            assertThat(y[i]).isEqualTo((float) (codes[i] / 32768.0));
        }
    }

    @Test
    void pcm24DividesBy2To23() throws IOException {
        int[] codes = {-8388608, -1, 0, 1, 8388607, 1234567, -7654321};
        float[] y = readBoth(wav(chunk("fmt ", fmt(1, 1, 48000, 24), false), chunk("data", ints(codes, 3, false), false)),
                "s24.wav");
        for (int i = 0; i < codes.length; i++) {
            assertThat(y[i]).isEqualTo((float) (codes[i] / 8388608.0));
        }
    }

    @Test
    void pcm32RoundsToFloatThenDividesBy2To31() throws IOException {
        int[] codes = {Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE, 123456789, -987654321};
        float[] y = readBoth(wav(chunk("fmt ", fmt(1, 1, 48000, 32), false), chunk("data", ints(codes, 4, false), false)),
                "s32.wav");
        for (int i = 0; i < codes.length; i++) {
            assertThat(y[i]).isEqualTo((float) codes[i] / 2147483648f);
        }
        assertThat(y[4]).isEqualTo(1.0f); // 2^31 - 1 rounds up to 2^31 in float32, as in libsndfile
    }

    @Test
    void floatsAreTakenAsStored() throws IOException {
        float[] v = {0f, 1.5f, -2.25f, 1e-30f, Float.MIN_VALUE};
        float[] y32 = readBoth(wav(chunk("fmt ", fmt(3, 1, 22050, 32), false), chunk("data", floats(v, false), false)),
                "f32.wav");
        assertThat(y32).containsExactly(v);
        double[] d = {0.1, -0.7, 1e-40, 3.0};
        float[] y64 = readBoth(wav(chunk("fmt ", fmt(3, 1, 22050, 64), false), chunk("data", doubles(d, false), false)),
                "f64.wav");
        assertThat(y64).containsExactly((float) d[0], (float) d[1], (float) d[2], (float) d[3]);
    }

    @Test
    void extensibleFormatUsesItsSubFormat() throws IOException {
        int[] codes = {-8388608, 4194304, 8388607};
        float[] pcm = readBoth(wav(chunk("fmt ", fmtExtensible(1, 1, 96000, 24, 20), false),
                chunk("data", ints(codes, 3, false), false)), "ext24.wav");
        assertThat(pcm).containsExactly(-1f, 0.5f, (float) (8388607 / 8388608.0));
        float[] v = {0.25f, -0.125f};
        float[] flt = readBoth(wav(chunk("fmt ", fmtExtensible(3, 1, 96000, 32, 32), false),
                chunk("data", floats(v, false), false)), "extf.wav");
        assertThat(flt).containsExactly(v);
        Path p = tmp.resolve("ext24.wav");
        AudioInfo info = STRICT.info(p);
        assertThat(info.encoding()).isEqualTo(SampleEncoding.PCM_24);
        assertThat(info.validBits()).isEqualTo(20);
        assertThat(info.sampleRate()).isEqualTo(96000);
    }

    @Test
    void stereoAndMultichannelMixToTheFloatMeanOverChannels() throws IOException {
        // Stereo 16-bit: frames (L, R).
        int[] st = {32767, -32768, 1000, 3000, -5, 6};
        byte[] f2 = wav(chunk("fmt ", fmt(1, 2, 16000, 16), false), chunk("data", ints(st, 2, false), false));
        float[] y2 = readBoth(f2, "stereo.wav");
        assertThat(y2).hasSize(3);
        for (int f = 0; f < 3; f++) {
            float l = st[2 * f] / 32768f;
            float r = st[2 * f + 1] / 32768f;
            assertThat(y2[f]).isEqualTo((l + r) / 2f);
        }
        // Three channels of float: ((a + b) + c) / 3 in float32, as numpy's mean.
        float[] three = {0.1f, 0.2f, 0.3f, -1f, 0.5f, 0.25f};
        float[] y3 = readBoth(wav(chunk("fmt ", fmt(3, 3, 16000, 32), false), chunk("data", floats(three, false), false)),
                "three.wav");
        assertThat(y3).containsExactly((0.1f + 0.2f + 0.3f) / 3f, (-1f + 0.5f + 0.25f) / 3f);
        float[][] ch = STRICT.readChannels(tmp.resolve("three.wav"));
        assertThat(ch).hasDimensions(3, 2);
        assertThat(ch[2]).containsExactly(0.3f, 0.25f);
        assertThat(STRICT.info(tmp.resolve("three.wav")).channels()).isEqualTo(3);
    }

    @Test
    void manyChannelsMixToTheirMeanWithinFloatRounding() throws IOException {
        int ch = 10;
        int frames = 50;
        int[] codes = new int[ch * frames];
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        for (int i = 0; i < codes.length; i++) {
            codes[i] = r.nextInt(-32768, 32768);
        }
        float[] y = readBoth(wav(chunk("fmt ", fmt(1, ch, 16000, 16), false), chunk("data", ints(codes, 2, false), false)),
                "ten.wav");
        assertThat(y).hasSize(frames);
        for (int f = 0; f < frames; f++) {
            double mean = 0;
            for (int c = 0; c < ch; c++) {
                mean += codes[f * ch + c] / 32768.0;
            }
            mean /= ch;
            assertThat((double) y[f]).isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    @Test
    void rifxIsBigEndianWav() throws IOException {
        int[] codes = {-32768, 16384, 32767};
        byte[] fmtBe = ByteBuffer.allocate(16).order(ByteOrder.BIG_ENDIAN).putShort((short) 1).putShort((short) 1)
                .putInt(8000).putInt(16000).putShort((short) 2).putShort((short) 16).array();
        byte[] body = TestAudioFiles.cat(chunk("fmt ", fmtBe, true), chunk("data", ints(codes, 2, true), true));
        byte[] f = TestAudioFiles.cat(ByteBuffer.allocate(12).order(ByteOrder.BIG_ENDIAN).put("RIFX".getBytes())
                .putInt(4 + body.length).put("WAVE".getBytes()).array(), body);
        assertThat(readBoth(f, "rifx.wav")).containsExactly(-1f, 0.5f, 32767 / 32768f);
        assertThat(STRICT.info(tmp.resolve("rifx.wav")).container()).isEqualTo(AudioInfo.Container.RIFX);
    }

    @Test
    void oddSizedUnknownChunksAnywhereAreSkippedWithTheirPadByte() throws IOException {
        int[] codes = {100, -200, 300};
        byte[] junk = {1, 2, 3, 4, 5}; // odd size: a pad byte follows
        byte[] f = wav(chunk("LIST", junk, false), chunk("fmt ", fmt(1, 1, 8000, 16), false),
                chunk("fact", new byte[] {9, 9, 9}, false), chunk("data", ints(codes, 2, false), false),
                chunk("id3 ", new byte[7], false));
        float[] y = readBoth(f, "chunks.wav");
        assertThat(y).containsExactly(100 / 32768f, -200 / 32768f, 300 / 32768f);
        // fmt after data is legal too; an odd-sized data chunk (8-bit, 3 frames) is padded.
        byte[] g = wav(chunk("data", new byte[] {(byte) 128, (byte) 192, 0}, false), chunk("junk", junk, false),
                chunk("fmt ", fmt(1, 1, 8000, 8), false));
        assertThat(readBoth(g, "fmt-after-data.wav")).containsExactly(0f, 0.5f, -1f);
    }

    @Test
    void aiffIsRecognisedByContentUnderAWavName() throws IOException {
        int[] codes = {-32768, 0, 16384, 32767};
        byte[] f = aiff(null, 1, 4, 16, 44100, ints(codes, 2, true), chunk("NAME", "x".getBytes(), true));
        float[] y = readBoth(f, "really-aiff.wav");
        assertThat(y).containsExactly(-1f, 0f, 0.5f, 32767 / 32768f);
        AudioInfo info = STRICT.info(tmp.resolve("really-aiff.wav"));
        assertThat(info.container()).isEqualTo(AudioInfo.Container.AIFF);
        assertThat(info.sampleRate()).isEqualTo(44100);
        assertThat(info.frames()).isEqualTo(4);
    }

    @Test
    void aiffEightBitIsSignedAndTwentyFourBitIsBigEndian() throws IOException {
        byte[] s8 = {(byte) -128, 0, 64};
        assertThat(readBoth(aiff(null, 1, 3, 8, 8000, s8), "s8.aiff")).containsExactly(-1f, 0f, 0.5f);
        int[] codes = {-8388608, 4194304};
        assertThat(readBoth(aiff(null, 1, 2, 24, 8000, ints(codes, 3, true)), "s24.aiff")).containsExactly(-1f, 0.5f);
    }

    @Test
    void aiffcReadsBigAndLittleEndianPcmAndFloats() throws IOException {
        int[] codes = {-32768, 8192, 32767, -1};
        float[] expected = {-1f, 0.25f, 32767 / 32768f, -1 / 32768f};
        assertThat(readBoth(aiff("NONE", 2, 2, 16, 22050, ints(codes, 2, true)), "none.wav"))
                .containsExactly((expected[0] + expected[1]) / 2, (expected[2] + expected[3]) / 2);
        assertThat(readBoth(aiff("sowt", 1, 4, 16, 22050, ints(codes, 2, false)), "sowt.wav")).containsExactly(expected);
        float[] v = {0.5f, -0.75f};
        assertThat(readBoth(aiff("fl32", 1, 2, 32, 22050, floats(v, true)), "fl32.aifc")).containsExactly(v);
        assertThat(readBoth(aiff("fl64", 1, 2, 64, 22050, doubles(new double[] {0.1, -0.2}, true)), "fl64.aifc"))
                .containsExactly(0.1f, -0.2f);
        assertThat(STRICT.info(tmp.resolve("sowt.wav")).container()).isEqualTo(AudioInfo.Container.AIFC);
    }

    @Test
    void aiffSampleRateIsDecodedFromEightyBitExtended() throws IOException {
        for (int rate : new int[] {8000, 11025, 16000, 22050, 44100, 48000, 96000, 192000, 1}) {
            byte[] f = aiff(null, 1, 1, 16, rate, new byte[2]);
            assertThat(STRICT.info(new ByteArrayInputStream(f), "r.aif").sampleRate()).isEqualTo(rate);
        }
    }

    @Test
    void truncatedDataIsRejectedWhenStrictAndReadWhenLenient() throws IOException {
        int[] codes = {1, 2, 3, 4, 5, 6, 7, 8};
        byte[] full = wav(chunk("fmt ", fmt(1, 1, 8000, 16), false), chunk("data", ints(codes, 2, false), false));
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 5); // 5 bytes = 2.5 samples missing
        Path p = tmp.resolve("cut.wav");
        Files.write(p, cut);
        assertThatThrownBy(() -> STRICT.read(p)).isInstanceOf(AudioFormatException.class)
                .hasMessageContaining(p.toString()).hasMessageContaining("data chunk declares 16 bytes");
        assertThat(AudioReader.lenient().read(p).samples()).hasSize(5);
    }

    @Test
    void streamedWavWithUnknownDataSizeNeedsLenient() throws IOException {
        int[] codes = {1000, 2000, 3000};
        for (int declared : new int[] {0, -1}) {
            byte[] f = wav(chunk("fmt ", fmt(1, 1, 8000, 16), false), chunk("data", ints(codes, 2, false), false));
            ByteBuffer.wrap(f).order(ByteOrder.LITTLE_ENDIAN).putInt(40, declared);
            assertThatThrownBy(() -> STRICT.read(new ByteArrayInputStream(f), "stream.wav"))
                    .isInstanceOf(AudioFormatException.class).hasMessageContaining("stream.wav")
                    .hasMessageContaining("lenient");
            assertThat(AudioReader.lenient().read(new ByteArrayInputStream(f), "stream.wav").samples())
                    .containsExactly(1000 / 32768f, 2000 / 32768f, 3000 / 32768f);
        }
    }

    @Test
    void emptyDataChunkFollowedByAChunkIsAnEmptySignal() throws IOException {
        byte[] f = wav(chunk("fmt ", fmt(1, 1, 8000, 16), false), chunk("data", new byte[0], false),
                chunk("LIST", new byte[4], false));
        assertThat(STRICT.read(new ByteArrayInputStream(f), "empty.wav").samples()).isEmpty();
    }

    @Test
    void badHeadersGiveTypedErrorsNamingFileAndProblem() {
        int[] codes = {1, 2};
        byte[] data = ints(codes, 2, false);
        assertBad(wav(chunk("fmt ", fmt(1, 0, 8000, 16), false), chunk("data", data, false)), "0 channels");
        assertBad(wav(chunk("fmt ", fmt(1, 1, 0, 16), false), chunk("data", data, false)), "sample rate 0");
        assertBad(wav(chunk("fmt ", fmt(1, 1, 2_000_000_000, 16), false), chunk("data", data, false)),
                "sample rate 2000000000");
        assertBad(wav(chunk("fmt ", fmt(6, 1, 8000, 8), false), chunk("data", data, false)), "A-law");
        assertBad(wav(chunk("fmt ", fmt(3, 1, 8000, 16), false), chunk("data", data, false)), "IEEE float with 16");
        assertBad(wav(chunk("fmt ", fmt(1, 1, 8000, 16), false)), "no 'data' chunk");
        assertBad(wav(chunk("data", data, false)), "no 'fmt ' chunk");
        assertBad("OggS\0\0\0\0\0\0\0\0\0\0\0".getBytes(), "not a WAV or AIFF file");
        assertBad(new byte[] {'R', 'I', 'F', 'F'}, "too short");
        assertBad(aiff(null, 1, 2, 16, 0, data), "sample rate 0");
        assertBad(aiff("ulaw", 1, 2, 16, 8000, data), "compression 'ulaw'");
        assertBad(aiff(null, 1, 1000, 16, 8000, data), "COMM declares 1000 frames");
    }

    private static void assertBad(byte[] file, String problem) {
        assertThatThrownBy(() -> STRICT.read(new ByteArrayInputStream(file), "bad-file.wav"))
                .isInstanceOf(AudioFormatException.class)
                .hasMessageStartingWith("bad-file.wav: ")
                .hasMessageContaining(problem);
    }

    @Test
    void startFrameAndMaxFramesSelectARange() throws IOException {
        int[] codes = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        byte[] f = wav(chunk("fmt ", fmt(1, 1, 8000, 16), false), chunk("data", ints(codes, 2, false), false));
        Audio a = STRICT.read(new ByteArrayInputStream(f), "r.wav", 3, 4);
        assertThat(a.samples()).containsExactly(3 / 32768f, 4 / 32768f, 5 / 32768f, 6 / 32768f);
        assertThat(STRICT.read(new ByteArrayInputStream(f), "r.wav", 8, 100).samples()).hasSize(2);
        assertThat(STRICT.read(new ByteArrayInputStream(f), "r.wav", 50, -1).samples()).isEmpty();
    }
}
