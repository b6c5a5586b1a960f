package io.github.ser4j.nn.kernels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs every dispatching kernel in a fresh JVM started <em>without</em>
 * {@code jdk.incubator.vector}, and in one started with it but {@code -Dser4j.simd=false}:
 * both must fall back to the scalar twins (no {@link NoClassDefFoundError}) and log so.
 */
class ScalarFallbackTest {
    /** Entry point of the child JVM: touches every facade, then prints the SIMD decision. */
    public static void main(String[] args) {
        int n = 150;
        float[] x = new float[n * n];
        for (int i = 0; i < x.length; i++) {
            x[i] = (i % 7) - 3;
        }
        float[] c = new float[n * n];
        Gemm.sgemm(false, true, n, n, n, 1f, x, 0, n, x, 0, n, 0f, c, 0, n);
        float[] y = new float[n * n];
        ActivationKernels.sigmoidForward(x, y, 0, x.length);
        ActivationKernels.tanhForward(x, y, 0, x.length);
        ActivationKernels.reluBackward(x, x, y, 0, x.length);
        SoftmaxKernels.softmax(x, y, 0, 100, 1);
        SoftmaxKernels.logSoftmax(x, y, 0, 100, 1);
        BatchNormKernels.statistics(x, 10, 4, 500, new float[4], new float[4]);
        float[] g = new float[4 * 4 * 64];
        float[] h = new float[4 * 64];
        LstmCell.forward(4, 64, x, 0, h, 0, g, 0, h, 0, h, 0);
        GruCell.forward(4, 64, x, 0, x, 0, h, 0, g, 0, h, 0);
        System.out.println("simd=" + Simd.enabled() + " c0=" + c[0]);
    }

    private static String runChild(List<String> jvmArgs) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(ScalarFallbackTest.class.getName());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void withoutTheVectorModuleEveryKernelRunsScalar() throws Exception {
        String out = runChild(List.of());
        assertThat(out).contains("simd=false").contains("ser4j kernels: scalar").doesNotContain("NoClassDefFoundError");
    }

    @Test
    void propertyForcesScalarEvenWithTheModule() throws Exception {
        String out = runChild(List.of("--add-modules=jdk.incubator.vector", "-Dser4j.simd=false"));
        assertThat(out).contains("simd=false").contains("ser4j kernels: scalar");
    }

    @Test
    void withTheModuleTheVectorKernelsAreUsedAndGiveTheSameProduct() throws Exception {
        String simd = runChild(List.of("--add-modules=jdk.incubator.vector"));
        String scalar = runChild(List.of());
        assertThat(simd).contains("simd=true").contains("Vector API (jdk.incubator.vector) in use");
        // Integer-valued inputs: every partial sum is exact, so both paths agree to the bit.
        String c0 = scalar.substring(scalar.indexOf("c0="));
        assertThat(simd).contains(c0.trim());
    }
}
