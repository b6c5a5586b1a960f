package io.github.ser4j.model.zoo;

import io.github.ser4j.nn.init.Kaiming;
import io.github.ser4j.nn.layers.BatchNorm2d;
import io.github.ser4j.nn.layers.Conv2d;
import io.github.ser4j.nn.layers.Module;
import io.github.ser4j.nn.layers.Sequential;
import io.github.ser4j.nn.ops.SlidingWindow;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.random.RandomGenerator;

/**
 * torchvision's ResNet {@code BasicBlock}: {@code y = relu(bn2(conv2(relu(bn1(conv1(x))))) + shortcut(x))}
 * with 3×3 convolutions without bias; the first may stride 2 to halve the resolution. The
 * shortcut is the identity, or, where the stride or the channel count changes,
 * {@code downsample = Sequential(Conv2d 1×1 stride s, BatchNorm2d)} so both branches have the
 * same shape. Adding the input back means each block only learns a residual correction,
 * which is what lets 18 layers train as easily as a few (He et al., 2016).
 *
 * <p>Member names are torchvision's ({@code conv1}, {@code bn1}, {@code conv2}, {@code bn2},
 * {@code downsample.0}, {@code downsample.1}), so state dicts line up.
 */
final class BasicBlock extends Module {
    private final Conv2d conv1;
    private final BatchNorm2d bn1;
    private final Conv2d conv2;
    private final BatchNorm2d bn2;
    private final Sequential downsample;

    BasicBlock(int in, int out, int stride, RandomGenerator rng) {
        conv1 = registerModule("conv1", conv(in, out, 3, stride, 1, rng));
        bn1 = registerModule("bn1", new BatchNorm2d(out));
        conv2 = registerModule("conv2", conv(out, out, 3, 1, 1, rng));
        bn2 = registerModule("bn2", new BatchNorm2d(out));
        downsample = stride != 1 || in != out
                ? registerModule("downsample", new Sequential(conv(in, out, 1, stride, 0, rng), new BatchNorm2d(out)))
                : null;
    }

    /**
     * A bias-free convolution with torchvision's initialisation,
     * {@code kaiming_normal_(mode='fan_out', nonlinearity='relu')}.
     */
    static Conv2d conv(int in, int out, int kernel, int stride, int padding, RandomGenerator rng) {
        SlidingWindow w = SlidingWindow.of(kernel, stride, padding, 1);
        Conv2d c = new Conv2d(in, out, w, w, false, rng);
        Kaiming.normal(c.weight(), 0, false, rng);
        return c;
    }

    @Override
    public Tensor forward(Tensor x) {
        Tensor y = bn1.forward(conv1.forward(x)).relu();
        y = bn2.forward(conv2.forward(y));
        Tensor shortcut = downsample == null ? x : downsample.forward(x);
        return y.add(shortcut).relu();
    }
}
