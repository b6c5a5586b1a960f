package io.github.ser4j.model.train;

import io.github.ser4j.nn.layers.CrossEntropyLoss;
import io.github.ser4j.nn.layers.Module;
import io.github.ser4j.nn.tensor.Tensor;
import java.util.List;

/**
 * A network made of independently initialised members whose predictions are averaged (a
 * "deep ensemble", Lakshminarayanan et al. 2017). The {@link Trainer} trains every member on
 * its own loss, summed: the members share the batches but not their gradients, so each
 * learns exactly what it would learn alone from the same batch order, and one training run
 * replaces several. {@link io.github.ser4j.nn.layers.Module#forward} of such a network
 * returns the combined prediction.
 */
public interface MemberEnsemble {
    /** Each member's logits {@code [batch, classes]} for {@code input}, with their autograd graphs. */
    List<Tensor> memberLogits(Tensor input);

    /**
     * The training loss of {@code model} on a batch: the sum of its members' losses for a
     * {@code MemberEnsemble}, {@code loss(model(x), y)} for any other network.
     */
    static Tensor trainingLoss(Module model, Tensor x, int[] y, CrossEntropyLoss loss) {
        if (model instanceof MemberEnsemble ensemble) {
            return sumOfLosses(ensemble.memberLogits(x), y, loss);
        }
        return loss.forward(model.forward(x), y);
    }

    /** The sum of {@code loss} over the members' logits: each member gets only its own gradient. */
    static Tensor sumOfLosses(List<Tensor> memberLogits, int[] y, CrossEntropyLoss loss) {
        Tensor sum = null;
        for (Tensor z : memberLogits) {
            Tensor l = loss.forward(z, y);
            sum = sum == null ? l : sum.add(l);
        }
        return sum;
    }

    /**
     * The combined output of the members' logits as logits: {@code log(mean_m softmax(z_m))},
     * so that a softmax of it gives the mean of the members' class probabilities. A value, not
     * part of any autograd graph.
     */
    static Tensor combine(List<Tensor> logits) {
        if (logits.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one member");
        }
        Tensor first = logits.get(0);
        int rows = first.dim(0);
        int k = first.dim(1);
        double[] mean = new double[rows * k];
        double[] p = new double[k];
        for (Tensor z : logits) {
            float[] d = z.data();
            for (int r = 0; r < rows; r++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    max = Math.max(max, d[r * k + c]);
                }
                double sum = 0;
                for (int c = 0; c < k; c++) {
                    p[c] = Math.exp(d[r * k + c] - max);
                    sum += p[c];
                }
                for (int c = 0; c < k; c++) {
                    mean[r * k + c] += p[c] / sum;
                }
            }
        }
        float[] out = new float[rows * k];
        for (int i = 0; i < out.length; i++) {
            // floor keeps log finite when every member gives a class (numerically) zero probability
            out[i] = (float) Math.log(Math.max(mean[i] / logits.size(), 1e-30));
        }
        return Tensor.of(out, rows, k);
    }
}
