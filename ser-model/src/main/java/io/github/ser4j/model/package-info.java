/**
 * The embeddable speech emotion recognizer: load a trained model bundle, give it audio, get
 * emotions. Read {@link io.github.ser4j.model.EmotionRecognizer} first.
 *
 * <pre>{@code
 * EmotionRecognizer ser = EmotionRecognizer.load(Path.of("emotion.ser4j"));
 * Prediction p = ser.predict(Path.of("hello.wav"));          // label, probabilities, window
 * List<Prediction> timeline = ser.predictWindows(samples, 16000, 1.0);
 * }</pre>
 *
 * <p><b>Inference must repeat training exactly.</b> A classifier has learned a mapping from
 * one particular numeric representation of speech: this sample rate, these frames, this
 * dB reference, this scaling. The recognizer therefore takes everything from the bundle
 * ({@code io.github.ser4j.model.bundle}): the feature recipe's canonical text rebuilds the
 * same front end ({@code io.github.ser4j.data.features.FeaturePipeline}), the stored scaler
 * standardises with the training statistics, and the stored weights are loaded into the
 * network the architecture names. The softmax of the network's logits,
 * {@code p_c = exp(z_c) / sum_k exp(z_k)}, gives one probability per emotion.
 *
 * <p><b>Long audio.</b> An utterance model sees a fixed stretch (the recipe's duration,
 * e.g. 3 s). Longer audio becomes an emotion timeline over sliding windows: a window of
 * that length every hop seconds ({@link io.github.ser4j.model.EmotionRecognizer#predictWindows}
 * for a whole signal, {@link io.github.ser4j.model.StreamingSession} for audio arriving in
 * chunks). Each window is analysed as a clip of its own, so streaming equals batch analysis
 * exactly, regardless of how the audio was chunked.
 *
 * <p>The sub-packages hold the training side: {@code zoo} (the networks), {@code train}
 * (the {@link io.github.ser4j.model.train.Trainer}) and {@code bundle} (the file format).
 */
package io.github.ser4j.model;
