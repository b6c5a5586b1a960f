package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.tensor.Function;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.function.IntConsumer;

/**
 * What {@link Softmax} and {@link LogSoftmax} share: the tensor is viewed as
 * {@code [outer, n, inner]} around the axis, and each of the {@code outer * inner} vectors of
 * {@code n} values (stride {@code inner}) is normalised on its own, forward and backward.
 */
abstract class AlongAxis extends Function {
    /** The input. */
    final Tensor x;
    /** The output, kept for the backward pass. */
    final Tensor y;
    final int outer;
    final int n;
    final int inner;

    AlongAxis(Tensor x, Tensor y, View v) {
        super(x);
        this.x = x;
        this.y = y;
        this.outer = v.outer;
        this.n = v.n;
        this.inner = v.inner;
    }

    /** The {@code [outer, n, inner]} view of a tensor around one axis. */
    record View(int outer, int n, int inner) {
        /** The view of {@code x} around {@code axis} (negative counts from the end). */
        static View of(String op, Tensor x, int axis) {
            int a = Broadcast.axis(op, axis, x.rank());
            int outer = 1;
            for (int i = 0; i < a; i++) {
                outer *= x.dim(i);
            }
            int inner = 1;
            for (int i = a + 1; i < x.rank(); i++) {
                inner *= x.dim(i);
            }
            return new View(outer, x.dim(a), inner);
        }

        /** Calls {@code vector} with the offset of the first element of every vector. */
        void forEachVector(IntConsumer vector) {
            for (int o = 0; o < outer; o++) {
                for (int i = 0; i < inner; i++) {
                    vector.accept(o * n * inner + i);
                }
            }
        }
    }

    /** The backward pass of one vector starting at {@code offset}, accumulating into {@code gx}. */
    abstract void backwardVector(float[] g, float[] gx, int offset);

    @Override
    protected void backward(float[] g) {
        float[] gx = x.gradOrAllocate();
        new View(outer, n, inner).forEachVector(off -> backwardVector(g, gx, off));
    }
}
