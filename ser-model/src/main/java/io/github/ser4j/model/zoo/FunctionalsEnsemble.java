package io.github.ser4j.model.zoo;

import io.github.ser4j.model.train.MemberEnsemble;
import io.github.ser4j.nn.layers.Dropout;
import io.github.ser4j.nn.layers.Linear;
import io.github.ser4j.nn.layers.Module;
import io.github.ser4j.nn.layers.ReLU;
import io.github.ser4j.nn.layers.Sequential;
import io.github.ser4j.nn.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * ser4j's default network: an ensemble of five small MLPs on the standardised
 * {@value #FEATURES} utterance functionals
 * ({@link io.github.ser4j.dsp.functionals.AcousticFunctionals}), their class probabilities
 * averaged.
 *
 * <p>Each member is {@code Dropout(0.2) → Linear(F, 256) → ReLU → Dropout(0.5) → Linear(256, n)}
 * (PyTorch default initialisation). Before the members, the input is clipped to ±5 (a
 * standardised feature further out is an outlier: a click, a clipped recording) and, in
 * training only, Gaussian noise of standard deviation 0.1 is added (Keras's
 * {@code GaussianNoise}): with a few hundred training utterances and several hundred
 * features, input dropout, noise and a narrow hidden layer are what keeps the members from
 * memorising the speakers. The members differ only in their initial weights and dropout
 * masks; averaging them removes much of the variance a single small network has on a small
 * corpus. The {@link io.github.ser4j.model.train.Trainer} trains them together, each on its
 * own loss ({@link MemberEnsemble}).
 *
 * <p>It was chosen by leave-one-speaker-out UAR on EMO-DB over CNNs and CRNNs on log-mel
 * spectrograms (see RESULTS.md): on a corpus of hundreds of utterances, utterance
 * functionals generalise across speakers better than networks that learn from frames.
 *
 * <p>Parameter count per member {@code (256F + 256) + (256n + n)}; with {@code F = 706}:
 * {@code 5 · (180,992 + 257n)}, 913,955 for seven classes.
 */
public final class FunctionalsEnsemble extends Module implements MemberEnsemble {
    /** The designed input length, {@link io.github.ser4j.dsp.functionals.AcousticFunctionals#DIMENSION}. */
    public static final int FEATURES = 706;
    /** The designed input. */
    public static final InputSpec INPUT = InputSpec.of("ser4j functionals: 706 standardised utterance functionals",
            FEATURES);
    /** Members of the ensemble. */
    public static final int MEMBERS = 5;
    /** Units of each member's hidden layer. */
    public static final int HIDDEN = 256;
    /** Standard deviation of the training-time input noise. */
    public static final float INPUT_NOISE = 0.1f;
    /** Inputs are clipped to {@code [-CLIP, CLIP]}. */
    public static final float CLIP = 5f;

    private static final String NAME = "FunctionalsEnsemble";

    private final List<Sequential> members = new ArrayList<>();
    private final SplittableRandom noise;

    /**
     * Builds the ensemble for {@code numClasses} classes and inputs of shape {@code [features]}.
     *
     * @param numClasses number of output classes, {@code >= 2}
     * @param inputShape one example's shape, {@code [features]}
     * @param rng        draws the initial weights, the dropout masks and the input noise
     */
    public FunctionalsEnsemble(int numClasses, int[] inputShape, RandomGenerator rng) {
        Shapes.requireClasses(NAME, numClasses);
        int features = Shapes.require(NAME, inputShape, 1, "[features]")[0];
        for (int m = 0; m < MEMBERS; m++) {
            members.add(registerModule("member" + m, new Sequential(
                    new Dropout(0.2f, rng), new Linear(features, HIDDEN, rng), new ReLU(),
                    new Dropout(0.5f, rng), new Linear(HIDDEN, numClasses, rng))));
        }
        noise = new SplittableRandom(rng.nextLong());
    }

    @Override
    public List<Tensor> memberLogits(Tensor input) {
        Tensor x = prepare(input);
        List<Tensor> out = new ArrayList<>(members.size());
        for (Sequential m : members) {
            out.add(m.forward(x));
        }
        return out;
    }

    /**
     * Input {@code [B, features]}; returns {@code [B, numClasses]} logits whose softmax is the
     * mean of the members' probabilities ({@link MemberEnsemble#combine}).
     */
    @Override
    public Tensor forward(Tensor input) {
        return MemberEnsemble.combine(memberLogits(input));
    }

    /** The clipped (and, in training, noisy) copy of the input the members read. */
    private Tensor prepare(Tensor input) {
        float[] d = input.data();
        float[] x = new float[d.length];
        boolean training = isTraining();
        for (int i = 0; i < d.length; i++) {
            float v = Math.max(-CLIP, Math.min(CLIP, d[i]));
            if (training) {
                v += (float) (INPUT_NOISE * gaussian());
            }
            x[i] = v;
        }
        return Tensor.of(x, input.shape());
    }

    /** A standard normal draw (Box-Muller), from the module's own seeded generator. */
    private double gaussian() {
        double u1 = 1.0 - noise.nextDouble();
        double u2 = noise.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
