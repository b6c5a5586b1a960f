package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.kernels.Gemm;
import io.github.ser4j.nn.tensor.Function;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.Arrays;

/**
 * Matrix product {@code C = A B} over the last two axes: {@code A [..., m, k] @ B [..., k, n]
 * -> C [..., m, n]}. Batch axes must be equal, or one operand is a plain matrix shared by
 * every batch entry (a matrix {@code B} is folded into one GEMM with all rows of {@code A}).
 *
 * <p>Backward: {@code dA = G B^T}, {@code dB = A^T G}, each one GEMM per batch entry with
 * {@code beta = 1} so that the product is added into the existing gradient.
 */
public final class MatMul extends Function {
    private final Tensor a;
    private final Tensor b;
    private final int batches;
    private final int m;
    private final int k;
    private final int n;
    private final boolean sharedA;
    private final boolean sharedB;

    private MatMul(Tensor a, Tensor b, int batches, int m, int k, int n, boolean sharedA, boolean sharedB) {
        super(a, b);
        this.a = a;
        this.b = b;
        this.batches = batches;
        this.m = m;
        this.k = k;
        this.n = n;
        this.sharedA = sharedA;
        this.sharedB = sharedB;
    }

    /** {@code a @ b}; both need rank at least 2. */
    public static Tensor apply(Tensor a, Tensor b) {
        int[] as = a.shape();
        int[] bs = b.shape();
        if (as.length < 2 || bs.length < 2) {
            throw new IllegalArgumentException("matmul: operands need rank >= 2, got " + Arrays.toString(as)
                    + " and " + Arrays.toString(bs));
        }
        int m = as[as.length - 2];
        int k = as[as.length - 1];
        int n = bs[bs.length - 1];
        if (bs[bs.length - 2] != k) {
            throw new IllegalArgumentException("matmul: shapes " + Arrays.toString(as) + " and " + Arrays.toString(bs)
                    + " do not chain (axis -1 of a is " + k + ", axis -2 of b is " + bs[bs.length - 2] + ")");
        }
        int[] batchA = Arrays.copyOf(as, as.length - 2);
        int[] batchB = Arrays.copyOf(bs, bs.length - 2);
        boolean sharedB = batchB.length == 0;
        boolean sharedA = batchA.length == 0 && !sharedB;
        if (!sharedA && !sharedB && !Arrays.equals(batchA, batchB)) {
            throw new IllegalArgumentException("matmul: batch axes of " + Arrays.toString(as) + " and "
                    + Arrays.toString(bs) + " differ");
        }
        int[] batch = sharedA ? batchB : batchA;
        int batches = 1;
        for (int d : batch) {
            batches *= d;
        }
        int[] outShape = Arrays.copyOf(batch, batch.length + 2);
        outShape[batch.length] = m;
        outShape[batch.length + 1] = n;
        Tensor y = Tensor.zeros(outShape);
        float[] ad = a.data();
        float[] bd = b.data();
        float[] yd = y.data();
        if (sharedB) {
            Gemm.sgemm(false, false, batches * m, n, k, 1f, ad, 0, k, bd, 0, n, 0f, yd, 0, n);
        } else {
            for (int t = 0; t < batches; t++) {
                Gemm.sgemm(false, false, m, n, k, 1f, ad, sharedA ? 0 : t * m * k, k,
                        bd, t * k * n, n, 0f, yd, t * m * n, n);
            }
        }
        return needsGrad(a, b) ? new MatMul(a, b, batches, m, k, n, sharedA, sharedB).record(y) : y;
    }

    @Override
    protected void backward(float[] g) {
        float[] ad = a.data();
        float[] bd = b.data();
        if (a.requiresGrad()) {
            float[] ga = a.gradOrAllocate();
            if (sharedB) {
                Gemm.sgemm(false, true, batches * m, k, n, 1f, g, 0, n, bd, 0, n, 1f, ga, 0, k);
            } else {
                for (int t = 0; t < batches; t++) {
                    Gemm.sgemm(false, true, m, k, n, 1f, g, t * m * n, n, bd, t * k * n, n,
                            1f, ga, sharedA ? 0 : t * m * k, k);
                }
            }
        }
        if (b.requiresGrad()) {
            float[] gb = b.gradOrAllocate();
            if (sharedB) {
                Gemm.sgemm(true, false, k, n, batches * m, 1f, ad, 0, k, g, 0, n, 1f, gb, 0, n);
            } else {
                for (int t = 0; t < batches; t++) {
                    Gemm.sgemm(true, false, k, n, m, 1f, ad, sharedA ? 0 : t * m * k, k, g, t * m * n, n,
                            1f, gb, t * k * n, n);
                }
            }
        }
    }
}
