package io.github.ser4j.dsp.spectral;

/** Normalisation of mel filters ({@code librosa.filters.mel(norm=...)}). */
public enum MelNorm {
    /**
     * {@code norm='slaney'} (librosa's default): each triangle is divided by its width in Hz,
     * {@code 2 / (f[m+2] - f[m])}, so every filter has the same area and a band's value
     * approximates constant energy per Hz.
     */
    SLANEY,
    /** {@code norm=None}: triangles of peak height 1. */
    NONE
}
