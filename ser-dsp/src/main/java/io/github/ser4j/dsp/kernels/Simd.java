package io.github.ser4j.dsp.kernels;

/**
 * Decides once, at class initialisation, whether ser-dsp's kernels use the Vector API
 * ({@code jdk.incubator.vector}) or their plain scalar twins, and says which in one log line.
 *
 * <p>The Vector API is an incubator module: a JVM started without
 * {@code --add-modules=jdk.incubator.vector} cannot load any class that mentions it
 * ({@code NoClassDefFoundError}). So every vector kernel lives in its own class and is only
 * reached behind {@link #enabled()}; the scalar twin is always available. The decision is:
 * <ol>
 *   <li>{@code -Dser4j.simd=false} forces scalar kernels;</li>
 *   <li>otherwise vector kernels are used when the boot layer holds {@code jdk.incubator.vector}
 *       and the CPU's preferred float vector has at least 8 lanes (AVX2, AVX-512, SVE-256);
 *       narrower hardware runs the scalar twins, which are faster there than emulated 256-bit
 *       vectors.</li>
 * </ol>
 */
public final class Simd {
    /** System property that forces scalar kernels when set to {@code false}. */
    public static final String PROPERTY = "ser4j.simd";

    private static final boolean MODULE_PRESENT =
            ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    private static final int FLOAT_LANES = MODULE_PRESENT ? LaneProbe.floatLanes() : 1;
    private static final boolean ENABLED = decide();

    private Simd() {
    }

    private static boolean decide() {
        System.Logger log = System.getLogger("io.github.ser4j.dsp.kernels");
        boolean forcedOff = "false".equalsIgnoreCase(System.getProperty(PROPERTY, "true"));
        String why;
        boolean on;
        if (forcedOff) {
            on = false;
            why = "scalar kernels (-D" + PROPERTY + "=false)";
        } else if (!MODULE_PRESENT) {
            on = false;
            why = "scalar kernels (jdk.incubator.vector absent; add --add-modules=jdk.incubator.vector)";
        } else if (FLOAT_LANES < 8) {
            on = false;
            why = "scalar kernels (preferred float vector has only " + FLOAT_LANES + " lanes)";
        } else {
            on = true;
            why = "Vector API kernels (" + FLOAT_LANES + " float lanes)";
        }
        log.log(System.Logger.Level.INFO, "ser4j-dsp uses " + why);
        return on;
    }

    /** Whether the Vector API kernels are in use (module present, wide enough, not forced off). */
    public static boolean enabled() {
        return ENABLED;
    }

    /**
     * Whether this JVM can run the Vector API kernels at all (module present and at least 8 float
     * lanes), whatever {@code -Dser4j.simd} says. Plans built with an explicit "vectorized" request
     * (benchmarks, twin tests) use this; default plans use {@link #enabled()}.
     */
    public static boolean available() {
        return MODULE_PRESENT && FLOAT_LANES >= 8;
    }

    /** Whether {@code jdk.incubator.vector} is in the boot layer, whatever the property says. */
    public static boolean modulePresent() {
        return MODULE_PRESENT;
    }

    /** Lanes of the preferred float vector ({@code 8} on AVX2), or 1 without the module. */
    public static int floatLanes() {
        return FLOAT_LANES;
    }

    /** Touches the Vector API; loaded only after the module was found. */
    private static final class LaneProbe {
        static int floatLanes() {
            return jdk.incubator.vector.FloatVector.SPECIES_PREFERRED.length();
        }
    }
}
