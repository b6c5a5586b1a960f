package io.github.ser4j.model.zoo;

import io.github.ser4j.nn.layers.BatchNorm2d;
import io.github.ser4j.nn.layers.Conv2d;
import io.github.ser4j.nn.layers.GlobalAvgPool;
import io.github.ser4j.nn.layers.Linear;
import io.github.ser4j.nn.layers.MaxPool2d;
import io.github.ser4j.nn.layers.Module;
import io.github.ser4j.nn.layers.Sequential;
import io.github.ser4j.nn.ops.SlidingWindow;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.random.RandomGenerator;

/**
 * Seed 002's network: torchvision's {@code resnet18} with its first and last layers
 * replaced, applied to a spectrogram, mel spectrogram or MFCC image {@code [1, H, W]}.
 *
 * <p>Layout, as torchvision: {@code conv1} 7×7 stride 2 pad 3 (here from 1 input channel,
 * no bias) → {@code bn1} → ReLU → max pool 3×3 stride 2 pad 1 → {@code layer1..layer4}, each
 * two {@link BasicBlock}s with 64, 128, 256, 512 channels (the first block of layers 2-4
 * strides 2 and has a 1×1 downsample shortcut) → global average pool → {@code fc}
 * 512 → n_classes. Each stride-2 stage halves the image, so the total reduction is 32×;
 * the global pool makes any input of at least 32×32 acceptable.
 *
 * <p>Parameter count: torchvision's resnet18 has 11,689,512 parameters with 3 input
 * channels and 1000 classes. Its {@code conv1} has 64·3·7·7 = 9,408 and its {@code fc}
 * 512·1000 + 1000 = 513,000. With one input channel ({@code conv1} 64·1·7·7 = 3,136) and
 * {@code n} classes ({@code fc} 513·n) the count is
 * {@code 11,689,512 − 9,408 + 3,136 − 513,000 + 513 n = 11,170,240 + 513 n}:
 * 11,173,831 for 7 classes, 11,174,344 for 8 (RAVDESS).
 *
 * <p>Initialisation as torchvision: convolutions {@code kaiming_normal_(fan_out, relu)},
 * batch norm scale 1 and shift 0, the final layer PyTorch's default. (The seed fine-tunes
 * ImageNet weights; here the network starts from scratch.) Member names are torchvision's,
 * so a state dict exported from PyTorch loads by name.
 */
public final class ResNet18 extends Module {
    /**
     * A log-mel image of 128 mels by 128 frames. The seed feeds spectrogram, mel and MFCC
     * images without stating a size; this default is ours, and any {@code [1, H, W]} with
     * {@code H, W >= 32} works.
     */
    public static final InputSpec INPUT = InputSpec.of("seed002: log-mel spectrogram image, 128 mels x 128 frames", 1, 128, 128);

    /** Channels of layer1..layer4. */
    static final int[] WIDTHS = {64, 128, 256, 512};
    private static final String NAME = "ResNet18";

    private final Conv2d conv1;
    private final BatchNorm2d bn1;
    private final MaxPool2d maxpool;
    private final Sequential[] stages = new Sequential[4];
    private final GlobalAvgPool avgpool = new GlobalAvgPool();
    private final Linear fc;

    /**
     * Builds the network for {@code numClasses} classes and images of shape {@code [1, H, W]}.
     *
     * @param numClasses number of output classes, {@code >= 2}
     * @param inputShape one example's shape {@code [1, H, W]}, H and W at least 32
     * @param rng        draws the initial weights
     */
    public ResNet18(int numClasses, int[] inputShape, RandomGenerator rng) {
        Shapes.requireClasses(NAME, numClasses);
        int[] shape = Shapes.require(NAME, inputShape, 3, "[1, height, width]");
        Shapes.requireAxis(NAME, shape, 0, 1, "channels");
        Shapes.requireAtLeast(NAME, "height", shape[1], 32, shape);
        Shapes.requireAtLeast(NAME, "width", shape[2], 32, shape);
        conv1 = registerModule("conv1", BasicBlock.conv(1, 64, 7, 2, 3, rng));
        bn1 = registerModule("bn1", new BatchNorm2d(64));
        SlidingWindow pool = SlidingWindow.of(3, 2, 1, 1);
        maxpool = new MaxPool2d(pool, pool);
        int in = 64;
        for (int s = 0; s < 4; s++) {
            int out = WIDTHS[s];
            int stride = s == 0 ? 1 : 2;
            stages[s] = registerModule("layer" + (s + 1),
                    new Sequential(new BasicBlock(in, out, stride, rng), new BasicBlock(out, out, 1, rng)));
            in = out;
        }
        fc = registerModule("fc", new Linear(512, numClasses, rng));
    }

    /** Input {@code [B, 1, H, W]}; returns logits {@code [B, numClasses]}. */
    @Override
    public Tensor forward(Tensor input) {
        Tensor x = maxpool.forward(bn1.forward(conv1.forward(input)).relu());
        for (Sequential stage : stages) {
            x = stage.forward(x);
        }
        return fc.forward(avgpool.forward(x));
    }
}
