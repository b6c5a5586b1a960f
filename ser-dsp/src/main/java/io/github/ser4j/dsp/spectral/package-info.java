/**
 * The spectral core: windows, framing, the short-time Fourier transform and its inverse, mel
 * filterbanks, decibels and the DCT, each matching its librosa 0.9.2 twin (named in its
 * Javadoc) with librosa's defaults. Read {@link io.github.ser4j.dsp.spectral.Stft} first.
 *
 * <h2>From a signal to a spectrogram</h2>
 * <p>Speech changes every few tens of milliseconds, so it is analysed in short overlapping
 * frames: frame {@code t} holds {@code nFft} samples starting at {@code t * hop}
 * ({@link io.github.ser4j.dsp.spectral.Framing}). With {@code center=True} the signal is
 * first padded by {@code nFft/2} on both sides so that frame {@code t} is centred on sample
 * {@code t * hop}; librosa 0.9 pads with zeros, librosa 0.8 reflected the signal
 * ({@link io.github.ser4j.dsp.spectral.PadMode}). Each frame is multiplied by a periodic Hann
 * window ({@link io.github.ser4j.dsp.spectral.Window}), which tapers it to zero at both ends so
 * the cut does not smear energy over all frequencies, and transformed by a real FFT:
 * <pre>
 *   X[k, t] = sum_{n=0}^{nFft-1} w[n] y[t hop + n - nFft/2] exp(-2 pi i k n / nFft),  k = 0 .. nFft/2
 * </pre>
 * {@code |X|^2} is the power spectrogram, laid out {@code [bin][frame]} as librosa returns it.
 * The inverse ({@link io.github.ser4j.dsp.spectral.Stft#inverse}) overlap-adds the windowed
 * inverse transforms and divides by the window-sum-square {@code sum_t w^2[n - t hop]}.
 *
 * <h2>Mel scale, decibels, cepstrum</h2>
 * <p>Hearing resolves low frequencies finely and high frequencies coarsely. The mel scale
 * (Slaney's: linear below 1 kHz, logarithmic above; or HTK's {@code 2595 log10(1 + f/700)})
 * models that; a {@link io.github.ser4j.dsp.spectral.MelFilterbank} of triangular filters,
 * equally spaced in mels, sums the power spectrum into {@code nMels} bands.
 * Loudness is perceived logarithmically, hence {@link io.github.ser4j.dsp.spectral.Decibels}:
 * {@code 10 log10(max(amin, S) / ref)}, floored at {@code top_db} below the peak. The
 * orthonormal DCT-II ({@link io.github.ser4j.dsp.spectral.DctII}) of a log-mel frame
 * decorrelates the bands; its first coefficients (the MFCCs) describe the smooth spectral
 * envelope, i.e. the vocal tract, while the fine harmonic structure lands in higher ones.
 *
 * <h2>Batch layout</h2>
 * <p>Internally the pipeline runs frame-major: {@link io.github.ser4j.dsp.spectral.Stft#powerFrames}
 * hands the frames that lie inside the signal to the FFT's batch transform in one call and
 * assembles only the few that reach into the centring pad, writing one row of power per
 * frame; the filterbank ({@link io.github.ser4j.dsp.spectral.MelFilterbank#applyFrames}), the
 * decibel step and the DCT ({@link io.github.ser4j.dsp.spectral.DctII#applyFrames}) read and
 * write rows too, through the kernels of {@code io.github.ser4j.dsp.kernels}, and librosa's
 * {@code [bin][frame]} layout appears only in the final transpose. Each kernel gives a frame
 * the same bits alone as in a batch, which is what lets the streaming front end equal the
 * batch result exactly.
 *
 * <p>Everything runs in float32 with double where sums are long or formulas sensitive
 * (filter design, window-sum-square). Transforms are plans holding scratch buffers: build one
 * per thread; per frame nothing is allocated.
 */
package io.github.ser4j.dsp.spectral;
