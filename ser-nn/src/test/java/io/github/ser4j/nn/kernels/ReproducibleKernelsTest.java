package io.github.ser4j.nn.kernels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The vector kernels give the same bits whether they run interpreted or JIT-compiled, so a
 * training run is reproducible for a seed however early or late the JIT compiles them.
 * (Lane-wise transcendental intrinsics and {@code reduceLanes(ADD)} do not have this property;
 * see {@code VectorMath} and {@code LaneSum}.)
 */
class ReproducibleKernelsTest {

    /** Child JVM: a checksum of every kernel's output on the first call and after warm-up. */
    public static void main(String[] args) {
        int rounds = Integer.parseInt(args[0]);
        String first = null;
        String last = null;
        for (int r = 0; r < rounds; r++) {
            last = checksum();
            if (first == null) {
                first = last;
            }
        }
        System.out.println("simd=" + Simd.enabled() + " first=" + first + " last=" + last);
    }

    static String checksum() {
        SplittableRandom rnd = new SplittableRandom(11);
        int n = 37 * 64 + 5;
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) rnd.nextDouble(-9, 9);
        }
        CRC32 crc = new CRC32();
        float[] y = new float[n];
        ActivationKernels.sigmoidForward(x, y, 0, n);
        add(crc, y);
        ActivationKernels.tanhForward(x, y, 0, n);
        add(crc, y);
        for (int row = 0; row < 37; row++) {
            SoftmaxKernels.softmax(x, y, row * 64, 64, 1);
        }
        add(crc, y);
        for (int row = 0; row < 37; row++) {
            SoftmaxKernels.logSoftmax(x, y, row * 64, 64, 1);
        }
        add(crc, y);
        float[] mean = new float[4];
        float[] var = new float[4];
        BatchNormKernels.statistics(x, 9, 4, 64, mean, var);
        add(crc, mean);
        add(crc, var);
        int hidden = 64;
        int batch = 4;
        float[] gates = new float[batch * 4 * hidden];
        float[] c = new float[batch * hidden];
        float[] h = new float[batch * hidden];
        LstmCell.forward(batch, hidden, x, 0, x, 7, gates, 0, c, 0, h, 0);
        add(crc, gates);
        add(crc, c);
        add(crc, h);
        float[] prod = new float[33 * 29];
        Gemm.sgemm(false, false, 33, 29, 41, 1f, x, 3, 41, x, 5, 29, 0f, prod, 0, 29);
        add(crc, prod);
        float[] v = new float[29];
        Gemm.sgemm(false, false, 1, 29, 70, 1f, x, 1, 70, x, 2, 29, 0f, v, 0, 29);
        add(crc, v);
        return Long.toHexString(crc.getValue());
    }

    private static void add(CRC32 crc, float[] a) {
        for (float f : a) {
            int b = Float.floatToRawIntBits(f);
            crc.update(b);
            crc.update(b >>> 8);
            crc.update(b >>> 16);
            crc.update(b >>> 24);
        }
    }

    private static String run(String... jvmArgs) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("--add-modules=jdk.incubator.vector");
        cmd.addAll(List.of(jvmArgs).subList(0, jvmArgs.length - 1));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(ReproducibleKernelsTest.class.getName());
        cmd.add(jvmArgs[jvmArgs.length - 1]);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        String line = out.lines().filter(l -> l.startsWith("simd=")).findFirst().orElseThrow();
        return line;
    }

    @Test
    void interpretedAndCompiledVectorKernelsGiveIdenticalBits() throws Exception {
        Assumptions.assumeTrue(Simd.available(), "Vector API not available in this JVM");
        String compiled = run("3000");
        String interpreted = run("-Xint", "1");
        assertThat(compiled).startsWith("simd=true");
        String firstCall = compiled.replaceAll(".*first=(\\S+).*", "$1");
        String warm = compiled.replaceAll(".*last=(\\S+).*", "$1");
        String xint = interpreted.replaceAll(".*first=(\\S+).*", "$1");
        assertThat(warm).as("after JIT warm-up vs first call").isEqualTo(firstCall);
        assertThat(xint).as("interpreter-only JVM vs JIT-compiled").isEqualTo(warm);
    }
}
