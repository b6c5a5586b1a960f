package io.github.ser4j.bench.dsp;

import io.github.ser4j.dsp.features.MelSpectrogram;
import io.github.ser4j.dsp.features.MelSpectrogramConfig;
import io.github.ser4j.dsp.features.Mfcc;
import io.github.ser4j.dsp.features.MfccConfig;
import io.github.ser4j.dsp.kernels.Simd;
import io.github.ser4j.dsp.spectral.DbConfig;
import io.github.ser4j.dsp.spectral.DctII;
import io.github.ser4j.dsp.spectral.Decibels;
import io.github.ser4j.dsp.spectral.MelFilterbank;
import io.github.ser4j.dsp.spectral.Stft;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Best-of-N timing of the {@link MfccBenchmark} workload (3 s at 22.05 kHz, 40 MFCC) and of each
 * of its stages, for a shared, noisy machine where JMH's averages drift with other load: the
 * minimum over many short batches is the time the code needs when it gets the core.
 *
 * <p>Run: {@code java --add-modules=jdk.incubator.vector -cp ser-bench/target/benchmarks.jar
 * io.github.ser4j.bench.dsp.MfccStageTiming [rounds]}; add {@code -Dser4j.simd=false} for the
 * scalar kernels.
 */
public final class MfccStageTiming {
    private MfccStageTiming() {
    }

    /**
     * Prints the best and median microseconds per call of the full MFCC and of its stages.
     *
     * @param args optional number of measured rounds (default 400)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        float[] y = MfccBenchmark.clip(22050, 3.0, 7);
        MelSpectrogramConfig melCfg = MelSpectrogramConfig.of(22050, 2048, 512, 128);
        Mfcc mfcc = Mfcc.of(new MfccConfig(melCfg, DbConfig.power(), 40, 0.0));
        MelSpectrogram mel = mfcc.melSpectrogram();
        Stft stft = mel.stft();
        MelFilterbank bank = mel.filterbank();
        DctII dct = DctII.ortho(128, 40);
        int frames = melCfg.stft().frameCount(y.length);
        int bins = stft.bins();
        float[] power = new float[frames * bins];
        float[] mels = new float[frames * 128];
        float[] db = new float[frames * 128];
        float[] cep = new float[frames * 40];
        stft.powerFrames(y, 0, frames, power, bins);
        bank.applyFrames(power, 0, bins, frames, mels, 0, 128);

        System.out.printf("kernels: %s, frames %d, rounds %d%n", Simd.enabled() ? "vector" : "scalar", frames, rounds);
        time("mfcc (full)", rounds, () -> mfcc.compute(y));
        time("  stft power (batch)", rounds, () -> {
            stft.powerFrames(y, 0, frames, power, bins);
            return power;
        });
        io.github.ser4j.dsp.fft.RealFft fft = io.github.ser4j.dsp.fft.RealFft.of(2048);
        float[] window = stft.window();
        int interior = (y.length - 2048) / 512 + 1;
        time("  (fft batch, " + interior + " unpadded frames)", rounds, () -> {
            fft.powerSpectrumBatch(y, 0, 512, interior, window, power, bins);
            return power;
        });
        time("  mel filterbank", rounds, () -> {
            bank.applyFrames(power, 0, bins, frames, mels, 0, 128);
            return mels;
        });
        time("  power_to_db", rounds, () -> {
            System.arraycopy(mels, 0, db, 0, db.length);
            Decibels.toDb(db, 0, db.length, 1e-10, 0.0);
            return db;
        });
        time("  dct (gemm)", rounds, () -> {
            dct.applyFrames(db, 0, frames, cep, 0, 40);
            return cep;
        });
        time("  mel spectrogram (stft+mel)", rounds, () -> mel.melFrames(y));
    }

    private static void time(String name, int rounds, Supplier<Object> op) {
        int inner = 10;
        long warmEnd = System.nanoTime() + 3_000_000_000L;
        Object sink = null;
        while (System.nanoTime() < warmEnd) {
            sink = op.get();
        }
        double[] us = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < inner; i++) {
                sink = op.get();
            }
            us[r] = (System.nanoTime() - t0) / 1e3 / inner;
        }
        Arrays.sort(us);
        System.out.printf("%-30s best %8.1f us   median %8.1f us   (%s)%n", name, us[0], us[rounds / 2],
                sink == null ? "-" : "ok");
    }
}
