package io.github.ser4j.dsp.audio;

import static io.github.ser4j.dsp.audio.TestAudioFiles.aiff;
import static io.github.ser4j.dsp.audio.TestAudioFiles.chunk;
import static io.github.ser4j.dsp.audio.TestAudioFiles.floats;
import static io.github.ser4j.dsp.audio.TestAudioFiles.fmt;
import static io.github.ser4j.dsp.audio.TestAudioFiles.fmtExtensible;
import static io.github.ser4j.dsp.audio.TestAudioFiles.ints;
import static io.github.ser4j.dsp.audio.TestAudioFiles.wav;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Thousands of corrupted headers and truncations: the reader must either decode or throw
 * {@link AudioFormatException}, never anything else (no OutOfMemoryError,
 * NegativeArraySizeException, IndexOutOfBounds), and never hang.
 */
class AudioReaderFuzzTest {
    private static final int[] EDGE_SIZES = {0, -1, 1, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFE, 3, 1 << 30};

    private static List<byte[]> seeds() {
        int[] codes = new int[64];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = (i * 2654435761L % 65536 > 32767) ? i * 97 : -i * 131;
        }
        List<byte[]> s = new ArrayList<>();
        s.add(wav(chunk("fmt ", fmt(1, 2, 44100, 16), false), chunk("data", ints(codes, 2, false), false)));
        s.add(wav(chunk("LIST", new byte[] {1, 2, 3}, false), chunk("fmt ", fmt(1, 1, 16000, 24), false),
                chunk("data", ints(codes, 3, false), false), chunk("id3 ", new byte[5], false)));
        s.add(wav(chunk("fmt ", fmtExtensible(3, 2, 48000, 32, 32), false),
                chunk("data", floats(new float[] {0.5f, -0.5f, 0.25f, 0.125f}, false), false)));
        s.add(wav(chunk("fmt ", fmt(1, 3, 8000, 8), false), chunk("data", new byte[33], false)));
        s.add(aiff(null, 1, 64, 16, 22050, ints(codes, 2, true), chunk("NAME", new byte[3], true)));
        s.add(aiff("sowt", 2, 32, 16, 44100, ints(codes, 2, false)));
        s.add(aiff("fl32", 1, 4, 32, 8000, floats(new float[] {1, 2, 3, 4}, true)));
        return s;
    }

    @Test
    void mutatedAndTruncatedFilesOnlyEverDecodeOrThrowAudioFormatException() {
        int[] counts = new int[3]; // decoded, rejected, runs
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            SplittableRandom rnd = new SplittableRandom(20240611L);
            List<byte[]> seeds = seeds();
            for (byte[] seed : seeds) {
                // Truncation at every offset.
                for (int cut = 0; cut <= seed.length; cut++) {
                    check(java.util.Arrays.copyOf(seed, cut), counts);
                }
                // Every 32-bit field position set to edge values, both byte orders.
                for (int pos = 0; pos + 4 <= Math.min(seed.length, 96); pos++) {
                    for (int v : EDGE_SIZES) {
                        check(put32(seed, pos, v, rnd.nextBoolean()), counts);
                    }
                }
            }
            // Random byte flips and random field writes.
            for (int i = 0; i < 5000; i++) {
                byte[] f = seeds.get(rnd.nextInt(seeds.size())).clone();
                int edits = 1 + rnd.nextInt(6);
                for (int e = 0; e < edits; e++) {
                    int region = rnd.nextInt(4) == 0 ? f.length : Math.min(f.length, 80);
                    int pos = rnd.nextInt(region);
                    switch (rnd.nextInt(3)) {
                        case 0 -> f[pos] ^= (byte) (1 << rnd.nextInt(8));
                        case 1 -> f[pos] = (byte) rnd.nextInt(256);
                        default -> {
                            if (pos + 4 <= f.length) {
                                f = put32(f, pos, rnd.nextBoolean() ? EDGE_SIZES[rnd.nextInt(EDGE_SIZES.length)]
                                        : rnd.nextInt(), rnd.nextBoolean());
                            }
                        }
                    }
                }
                if (rnd.nextInt(4) == 0) {
                    f = java.util.Arrays.copyOf(f, rnd.nextInt(f.length + 1));
                }
                check(f, counts);
            }
        });
        System.out.printf("fuzz: %d inputs (x2 readers), %d decoded, %d rejected with AudioFormatException%n",
                counts[2], counts[0], counts[1]);
        assertThat(counts[2]).isGreaterThan(5000);
        assertThat(counts[1]).isGreaterThan(1000);
        assertThat(counts[0]).isGreaterThan(100);
    }

    private static byte[] put32(byte[] f, int pos, int v, boolean bigEndian) {
        byte[] g = f.clone();
        for (int k = 0; k < 4; k++) {
            g[pos + k] = (byte) (v >> (8 * (bigEndian ? 3 - k : k)));
        }
        return g;
    }

    private static void check(byte[] f, int[] counts) {
        counts[2]++;
        for (AudioReader r : new AudioReader[] {AudioReader.strict(), AudioReader.lenient()}) {
            try {
                Audio a = r.decode(f, "fuzz.wav");
                AudioInfo info = r.parse(f, "fuzz.wav");
                assertThat(a.length()).isEqualTo(info.frames());
                float[][] ch = r.decodeChannels(f, "fuzz.wav", 0, -1);
                assertThat(ch.length).isEqualTo(info.channels());
                counts[0]++;
            } catch (AudioFormatException e) {
                assertThat(e.getMessage()).startsWith("fuzz.wav: ");
                counts[1]++;
            } catch (Throwable t) {
                fail("unexpected " + t + " for a file of " + f.length + " bytes", t);
            }
        }
    }
}
