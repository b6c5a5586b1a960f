package io.github.ser4j.model.research;

import io.github.ser4j.nn.layers.Conv1d;
import io.github.ser4j.nn.layers.Module;
import io.github.ser4j.nn.ops.Concat;
import io.github.ser4j.nn.ops.MaxPooling1d;
import io.github.ser4j.nn.ops.SlidingWindow;
import io.github.ser4j.nn.tensor.Tensor;
import java.util.random.RandomGenerator;

/**
 * Pools {@code [batch, channels, time]} to {@code [batch, 2 * channels]}: an attention-weighted
 * mean over time ({@code w = softmax_t(v . h_t + b)}, a 1x1 convolution scoring each frame)
 * concatenated with the maximum over time. Works for any number of frames, so a network
 * trained on fixed crops reads whole utterances at inference.
 */
final class AttentivePooling extends Module {
    private final Conv1d score;

    AttentivePooling(int channels, RandomGenerator rng) {
        this.score = registerModule("score", new Conv1d(channels, 1, 1, rng));
    }

    @Override
    public Tensor forward(Tensor h) {
        int b = h.dim(0);
        int c = h.dim(1);
        int t = h.dim(2);
        Tensor w = score.forward(h).softmax(2);                 // [b, 1, t]
        Tensor mean = h.mul(w).sum(false, 2);                   // [b, c]
        Tensor max = MaxPooling1d.apply(h, SlidingWindow.of(t, t, 0, 1)).reshape(b, c);
        return Concat.apply(1, mean, max);
    }
}
