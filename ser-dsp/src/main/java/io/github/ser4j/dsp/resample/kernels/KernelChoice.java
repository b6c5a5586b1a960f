package io.github.ser4j.dsp.resample.kernels;

/**
 * Picks the dot-product kernel once per JVM: the Vector API one only when the incubator
 * module is in the boot layer (touching its classes otherwise throws NoClassDefFoundError)
 * and {@code ser4j.simd} is not {@code false}.
 */
final class KernelChoice {
    static final DotKernel PREFERRED = choose();

    private KernelChoice() {
    }

    private static DotKernel choose() {
        boolean allowed = !"false".equalsIgnoreCase(System.getProperty("ser4j.simd"));
        boolean present = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        DotKernel k = ScalarDot.INSTANCE;
        if (allowed && present) {
            try {
                k = VectorDot.INSTANCE;
            } catch (LinkageError e) {
                k = ScalarDot.INSTANCE;
            }
        }
        System.getLogger("io.github.ser4j.dsp.resample").log(System.Logger.Level.INFO,
                "resampling dot kernel: " + k.name()
                        + (present ? "" : " (jdk.incubator.vector not present)")
                        + (allowed ? "" : " (-Dser4j.simd=false)"));
        return k;
    }
}
