package io.github.ser4j.model.experiment;

import io.github.ser4j.data.features.FeatureRecipe;
import io.github.ser4j.model.zoo.LogMelSpec;
import io.github.ser4j.model.zoo.ModelZoo;
import java.util.Arrays;
import java.util.List;

/**
 * The feature recipe each {@link ModelZoo} network was designed for, and the network input
 * shape a recipe's output becomes.
 *
 * <table>
 *   <caption>zoo network to recipe</caption>
 *   <tr><th>network</th><th>recipe</th><th>features</th><th>network input</th></tr>
 *   <tr><td>cnn1d-seed000</td><td>{@link FeatureRecipe#seed000()}</td><td>[880]</td><td>[1, 880]</td></tr>
 *   <tr><td>cnn1d-compact-seed001</td><td>{@link FeatureRecipe#seed001()}</td><td>[50]</td><td>[1, 50]</td></tr>
 *   <tr><td>resnet18-seed002</td><td>128-mel log-mel, 3 s at 16 kHz, hop 375</td><td>[128, 129]</td><td>[1, 128, 129]</td></tr>
 *   <tr><td>crnn-seed003</td><td>{@link FeatureRecipe#seed003()}</td><td>[128, 259]</td><td>[1, 128, 259]</td></tr>
 *   <tr><td>mlp-seed004</td><td>{@link FeatureRecipe#seed004()}</td><td>[160]</td><td>[160]</td></tr>
 *   <tr><td>crnn-attentive</td><td>{@link FeatureRecipe#logMel64()} (= {@link LogMelSpec#DEFAULT})</td><td>[64, 188]</td><td>[1, 64, 188]</td></tr>
 *   <tr><td>ser4j-default</td><td>{@link FeatureRecipe#defaultRecipe()} (the utterance functionals)</td><td>[706]</td><td>[706]</td></tr>
 * </table>
 *
 * <p>A network whose designed input has one axis more than the recipe's output, of size 1,
 * reads the features as a single channel ({@link #networkShape}); the networks themselves
 * adapt to the other axes' sizes.
 */
public final class ZooRecipes {
    private ZooRecipes() {
    }

    /**
     * The recipe of the zoo network {@code model}.
     *
     * @throws IllegalArgumentException for a name the zoo does not know, naming the known ones
     */
    public static FeatureRecipe forModel(String model) {
        ModelZoo.entry(model);
        return switch (model) {
            case "cnn1d-seed000" -> FeatureRecipe.seed000();
            case "cnn1d-compact-seed001" -> FeatureRecipe.seed001();
            case "resnet18-seed002" -> FeatureRecipe.logMel("seed002", 16000, 128, 1024, 375, 3.0);
            case "crnn-seed003" -> FeatureRecipe.seed003();
            case "mlp-seed004" -> FeatureRecipe.seed004();
            case "crnn-attentive" -> FeatureRecipe.logMel64();
            default -> FeatureRecipe.defaultRecipe();
        };
    }

    /**
     * The recipe computing a {@link LogMelSpec}: load at its rate, pad or cut to its
     * duration, log-mel with its FFT size, hop and mel count ({@code power_to_db(ref=1,
     * top_db=80)}), frames kept: {@code [nMels, frames]}.
     */
    public static FeatureRecipe logMel(LogMelSpec spec, String name) {
        return FeatureRecipe.logMel(name, spec.sampleRate(), spec.nMels(), spec.nFft(), spec.hopLength(),
                spec.durationSeconds());
    }

    /**
     * The network input for a recipe's output shape: with a leading channel axis of 1 when the
     * zoo network's designed input has one more axis than the features, else the features'
     * shape itself.
     *
     * @throws ExperimentException if the recipe's length is not fixed (a frame count of -1)
     */
    public static int[] networkShape(String model, FeatureRecipe recipe) {
        int[] features = recipe.outputShape();
        for (int d : features) {
            if (d < 1) {
                throw new ExperimentException("recipe '" + recipe.name() + "' gives shape "
                        + Arrays.toString(features) + "; a network needs a fixed length (set fixDuration)");
            }
        }
        List<Integer> designed = ModelZoo.entry(model).input().shape();
        if (designed.size() == features.length + 1 && designed.get(0) == 1) {
            int[] s = new int[features.length + 1];
            s[0] = 1;
            System.arraycopy(features, 0, s, 1, features.length);
            return s;
        }
        return features;
    }
}
