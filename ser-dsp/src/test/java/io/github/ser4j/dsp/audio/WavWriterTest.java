package io.github.ser4j.dsp.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Writing then reading back: PCM within half a code (plus the 2^(b-1)-1 scale), floats exact. */
class WavWriterTest {
    @TempDir
    Path tmp;

    private static float[] signal(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (r.nextDouble() * 2.4 - 1.2); // some beyond [-1, 1] to exercise clipping
        }
        x[0] = 1f;
        x[1] = -1f;
        x[2] = 0f;
        return x;
    }

    @ParameterizedTest(name = "{0} round trip")
    @EnumSource(WavWriter.Encoding.class)
    void roundTripThroughFileAndStream(WavWriter.Encoding enc) throws IOException {
        float[] x = signal(1001, 7);
        Audio a = new Audio(x, 22050);
        Path p = tmp.resolve("rt-" + enc + ".wav");
        WavWriter.write(p, a, enc);
        Audio back = AudioReader.strict().read(p);
        AudioInfo info = AudioReader.strict().info(p);
        assertThat(back.sampleRate()).isEqualTo(22050);
        assertThat(info.channels()).isEqualTo(1);
        assertThat(back.samples()).hasSize(x.length);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WavWriter.write(bytes, a, enc);
        assertThat(AudioReader.strict().decode(bytes.toByteArray(), "mem").samples()).containsExactly(back.samples());
        if (enc == WavWriter.Encoding.FLOAT_32) {
            assertThat(info.encoding()).isEqualTo(SampleEncoding.FLOAT_32);
            assertThat(back.samples()).containsExactly(x);
            return;
        }
        double full = Math.pow(2, enc.bits() - 1);
        for (int i = 0; i < x.length; i++) {
            double clipped = Math.max(-1, Math.min(1, x[i]));
            double expected = Math.rint(clipped * (full - 1)) / full;
            assertThat((double) back.samples()[i]).as("sample %d", i).isCloseTo(expected, org.assertj.core.data.Offset.offset(
                    enc == WavWriter.Encoding.PCM_32 ? 1e-7 : 1e-12));
            assertThat(Math.abs(back.samples()[i] - clipped)).isLessThanOrEqualTo(1.5 / full + 1e-7); // half a code + the scale factor
        }
        assertThat(back.samples()[0]).isEqualTo((float) ((full - 1) / full));
        assertThat(back.samples()[1]).isEqualTo((float) (-(full - 1) / full));
    }

    @Test
    void emptySignalWritesAValidFile() throws IOException {
        Path p = tmp.resolve("empty.wav");
        WavWriter.write(p, new Audio(new float[0], 8000));
        assertThat(AudioReader.strict().read(p).samples()).isEmpty();
    }
}
