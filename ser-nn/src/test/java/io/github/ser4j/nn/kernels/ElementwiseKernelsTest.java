package io.github.ser4j.nn.kernels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ElementwiseKernelsTest {
    @Test
    void axpyScaleAndAddFollowTheirDefinitionsWithOffsets() {
        float[] x = {9, 1, 2, 3};
        float[] y = {10, 20, 30, 40};
        ElementwiseKernels.axpy(3, 2f, x, 1, y, 0);
        assertThat(y).containsExactly(12, 24, 36, 40);
        ElementwiseKernels.scale(2, 0.5f, y, 2);
        assertThat(y).containsExactly(12, 24, 18, 20);
        float[] z = new float[3];
        ElementwiseKernels.add(3, x, 1, y, 1, z, 0);
        assertThat(z).containsExactly(25, 20, 23);
        ElementwiseKernels.add(3, x, 0, x, 1, x, 0); // in place: each element read before written
        assertThat(x).containsExactly(10, 3, 5, 3);
    }
}
