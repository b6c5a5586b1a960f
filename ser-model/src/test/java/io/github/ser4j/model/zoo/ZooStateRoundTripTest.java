package io.github.ser4j.model.zoo;

import io.github.ser4j.nn.io.ModuleState;
import io.github.ser4j.nn.layers.Module;
import io.github.ser4j.nn.tensor.NoGrad;
import io.github.ser4j.nn.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every zoo network saves and reloads through ser-nn's state file and then predicts exactly as before. */
class ZooStateRoundTripTest {
    @Test
    void savedWeightsAndRunningStatisticsReloadIntoAFreshlySeededNetwork(@TempDir Path dir) throws Exception {
        Map<String, int[]> small = Map.of(
                "cnn1d-seed000", new int[] {1, 40},
                "cnn1d-compact-seed001", new int[] {1, 50},
                "resnet18-seed002", new int[] {1, 32, 32},
                "crnn-seed003", new int[] {1, 32, 32},
                "mlp-seed004", new int[] {40},
                "crnn-attentive", new int[] {1, 32, 40},
                "ser4j-default", new int[] {30});
        for (String name : ModelZoo.names()) {
            int[] shape = small.get(name);
            Module trained = ModelZoo.create(name, 4, shape, 1L);
            Tensor x = Training.batch(shape, 3, 2);
            Training.adamSteps(trained, x, new int[] {0, 1, 3}, 1, 1e-2);   // moves weights and running statistics
            Path file = dir.resolve(name + ".state");
            ModuleState.save(trained, file);
            Module fresh = ModelZoo.create(name, 4, shape, 99L);
            ModuleState.load(fresh, file);
            trained.eval();
            fresh.eval();
            try (NoGrad g = NoGrad.enter()) {
                assertThat(fresh.forward(x).data()).as(name).isEqualTo(trained.forward(x).data());
            }
        }
    }
}
