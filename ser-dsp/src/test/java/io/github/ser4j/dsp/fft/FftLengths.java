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
     * Lengths in (512, 4096]: every power of two, the STFT sizes of 16/22.05/44.1 kHz audio
     * (400, 882 are in {@link #small()}), products of small primes, and every 12th prime.
     */
    static IntStream large() {
        List<Integer> out = new ArrayList<>(List.of(600, 640, 768, 800, 1000, 1024, 1102, 1323, 1536, 1764,
                2000, 2048, 2205, 2560, 3000, 3072, 3528, 4000, 4095, 4096));
        int seen = 0;
        for (int p = 513; p <= 4096; p++) {
            if (isPrime(p) && seen++ % 12 == 0) {
                out.add(p);
            }
        }
        out.add(4093); // the largest prime <= 4096
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
