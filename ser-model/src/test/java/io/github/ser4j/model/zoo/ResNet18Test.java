package io.github.ser4j.model.zoo;

import io.github.ser4j.nn.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 002's ResNet-18: the parameter count derived from torchvision's layout (checked
 * against torchvision's published 11,689,512 for 3 channels and 1000 classes), PyTorch's
 * parameter names, output shape, and that Adam lowers the loss.
 */
class ResNet18Test {
    /** Trained parameters of torchvision's resnet18 layout, counted layer by layer. */
    static long torchvisionCount(int inChannels, int classes) {
        long n = 64L * inChannels * 7 * 7 + 2 * 64;   // conv1 (no bias) + bn1
        int in = 64;
        for (int s = 0; s < 4; s++) {
            int out = ResNet18.WIDTHS[s];
            for (int b = 0; b < 2; b++) {
                int blockIn = b == 0 ? in : out;
                n += (long) out * blockIn * 9 + 2L * out;   // conv1 + bn1
                n += (long) out * out * 9 + 2L * out;       // conv2 + bn2
                if (b == 0 && (s > 0 || blockIn != out)) {
                    n += (long) out * blockIn + 2L * out;   // downsample conv 1x1 + bn
                }
            }
            in = out;
        }
        return n + 512L * classes + classes;               // fc
    }

    @Test
    void layerByLayerCountReproducesTorchvisionsResnet18() {
        assertThat(torchvisionCount(3, 1000)).isEqualTo(11_689_512L);
    }

    @Test
    void parameterCountIsTorchvisionsWithOneInputChannelAndNClasses() {
        for (int classes : new int[] {7, 8}) {
            ResNet18 m = new ResNet18(classes, new int[] {1, 64, 64}, new SplittableRandom(0));
            assertThat(m.parameterCount()).isEqualTo(torchvisionCount(1, classes))
                    .isEqualTo(11_170_240L + 513L * classes);
        }
    }

    @Test
    void parameterNamesAreTorchvisions() {
        ResNet18 m = new ResNet18(8, new int[] {1, 64, 64}, new SplittableRandom(0));
        assertThat(m.namedParameters()).containsKeys("conv1.weight", "bn1.weight", "layer1.0.conv1.weight",
                "layer2.0.downsample.0.weight", "layer2.0.downsample.1.bias", "layer4.1.bn2.weight", "fc.weight");
        assertThat(m.namedParameters()).doesNotContainKeys("layer1.0.downsample.0.weight", "conv1.bias");
        assertThat(m.namedParameters().get("conv1.weight").shape()).containsExactly(64, 1, 7, 7);
        assertThat(m.namedBuffers()).containsKey("layer3.1.bn1.running_var");
    }

    @Test
    void oneAdamStepOnTwoImagesGivesClassLogitsAndLowersTheLoss() {
        int[] shape = {1, 64, 64};
        ResNet18 m = new ResNet18(8, shape, new SplittableRandom(1));
        Tensor x = Training.batch(shape, 2, 2);
        assertThat(m.forward(x).shape()).containsExactly(2, 8);
        float[] losses = Training.adamSteps(m, x, new int[] {1, 6}, 1, 1e-3);
        assertThat(losses[1]).isLessThan(losses[0]);
    }
}
