package io.github.ser4j.data.corpus;

import io.github.ser4j.dsp.audio.Audio;
import io.github.ser4j.dsp.audio.WavWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes tiny WAV files (10 ms of a quiet tone) under a corpus' real naming layout. */
final class Fixtures {
    private Fixtures() {
    }

    /** Writes {@code root/relative} (folders created) and returns its path. */
    static Path wav(Path root, String relative) {
        Path p = root.resolve(relative);
        try {
            Files.createDirectories(p.getParent());
            float[] x = new float[160];
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) (0.1 * Math.sin(2 * Math.PI * 440 * i / 16000.0));
            }
            WavWriter.write(p, new Audio(x, 16000));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** Writes every relative path. */
    static void wavs(Path root, String... relatives) {
        for (String r : relatives) {
            wav(root, r);
        }
    }
}
