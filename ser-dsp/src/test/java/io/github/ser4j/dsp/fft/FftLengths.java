package io.github.ser4j.dsp.fft;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** The lengths the FFT property tests sweep: every length up to 512, then a selection up to 4096. */
final class FftLengths {
    private FftLengths() {
    }

    /** 1 .. 512, every length: all radix schedules, Bluestein sizes, vector/scalar boundaries. */
    static IntStream small() {
        return IntStream.rangeClosed(1, 512);
    }

    /**
     * Lengths in (512, 4096]: every power of two, the STFT sizes 882 (20 ms at 44.1 kHz) and
     * 2205, composites and every 24th prime, and 4093, the largest prime below 4096.
     */
    static IntStream large() {
        List<Integer> out = new ArrayList<>(List.of(600, 768, 882, 1000, 1024, 1536, 2048, 2205, 3000,
                4093, 4095, 4096));
        int seen = 0;
        for (int p = 513; p <= 4096; p++) {
            if (isPrime(p) && seen++ % 24 == 0) {
                out.add(p);
            }
        }
        return out.stream().distinct().mapToInt(Integer::intValue).sorted();
    }

    private static boolean isPrime(int p) {
        for (int d = 2; d * d <= p; d++) {
            if (p % d == 0) {
                return false;
            }
        }
        return p > 1;
    }
}
