package io.github.ser4j.model.zoo;

import io.github.ser4j.nn.layers.Module;
import io.github.ser4j.nn.tensor.NoGrad;
import io.github.ser4j.nn.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registry: every name builds its network, the same seed gives the same weights, bad requests fail clearly. */
class ModelZooTest {
    @Test
    void registersTheSeedNetworksAndTheDefault() {
        assertThat(ModelZoo.names()).containsExactly("cnn1d-seed000", "cnn1d-compact-seed001", "resnet18-seed002",
                "crnn-seed003", "mlp-seed004", "crnn-attentive", "ser4j-default");
        assertThat(ModelZoo.entry("crnn-seed003").input()).isEqualTo(Crnn.INPUT);
        assertThat(ModelZoo.create(ModelZoo.DEFAULT, 7, 1L)).isInstanceOf(FunctionalsEnsemble.class);
        assertThat(ModelZoo.create("crnn-attentive", 7, 1L)).isInstanceOf(AttentiveCrnn.class);
    }

    @Test
    void everyNetworkMapsABatchToClassLogitsInEvaluation() {
        Map<String, int[]> small = Map.of(
                "cnn1d-seed000", new int[] {1, 60},
                "cnn1d-compact-seed001", new int[] {1, 50},
                "resnet18-seed002", new int[] {1, 32, 40},
                "crnn-seed003", new int[] {1, 32, 40},
                "mlp-seed004", new int[] {40},
                "crnn-attentive", new int[] {1, 32, 40},
                "ser4j-default", new int[] {30});
        for (String name : ModelZoo.names()) {
            Module m = ModelZoo.create(name, 5, small.get(name), 11L);
            m.eval();
            try (NoGrad g = NoGrad.enter()) {
                Tensor y = m.forward(Training.batch(small.get(name), 3, 12));
                assertThat(y.shape()).as(name).containsExactly(3, 5);
            }
        }
    }

    @Test
    void sameSeedGivesTheSameWeightsAndAnotherSeedOthers() {
        Module a = ModelZoo.create("crnn-seed003", 4, new int[] {1, 32, 32}, 5L);
        Module b = ModelZoo.create("crnn-seed003", 4, new int[] {1, 32, 32}, 5L);
        Module c = ModelZoo.create("crnn-seed003", 4, new int[] {1, 32, 32}, 6L);
        for (String k : a.namedParameters().keySet()) {
            assertThat(b.namedParameters().get(k).data()).as(k).isEqualTo(a.namedParameters().get(k).data());
        }
        assertThat(c.namedParameters().get("features.0.weight").data())
                .isNotEqualTo(a.namedParameters().get("features.0.weight").data());
    }

    @Test
    void unknownNamesAndBadShapesAreReportedClearly() {
        assertThatThrownBy(() -> ModelZoo.create("resnet50", 7, 1L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resnet50").hasMessageContaining("ser4j-default");
        assertThatThrownBy(() -> ModelZoo.create("crnn-seed003", 7, new int[] {128, 259}, 1L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Crnn").hasMessageContaining("[128, 259]");
        assertThatThrownBy(() -> ModelZoo.create("resnet18-seed002", 7, new int[] {1, 16, 64}, 1L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("height");
        assertThatThrownBy(() -> ModelZoo.create("mlp-seed004", 1, new int[] {40}, 1L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("numClasses");
    }
}
