package io.github.ser4j.nn.kernels;

import java.lang.System.Logger.Level;

/**
 * Decides, once per JVM, whether the kernels use the Vector API ({@code jdk.incubator.vector})
 * or their scalar twins.
 *
 * <p>The Vector API is an incubator module: it is present only when the JVM was started with
 * {@code --add-modules=jdk.incubator.vector}. Any class that touches it throws
 * {@link NoClassDefFoundError} without the module, so every facade asks {@link #enabled()}
 * before it names a {@code Vector*} class. The system property {@code ser4j.simd=false}
 * forces the scalar kernels even when the module is present. One log line (logger
 * {@code io.github.ser4j.nn.kernels}, level INFO) says which is in use.
 */
public final class Simd {
    private static final System.Logger LOG = System.getLogger("io.github.ser4j.nn.kernels");

    /** Whether the Vector API module is in the boot layer and not switched off by property. */
    private static final boolean AVAILABLE = decide(
            ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(),
            System.getProperty("ser4j.simd"));

    private static volatile boolean enabled = AVAILABLE;

    static {
        LOG.log(Level.INFO, AVAILABLE
                ? "ser4j kernels: Vector API (jdk.incubator.vector) in use"
                : "ser4j kernels: scalar (jdk.incubator.vector absent or -Dser4j.simd=false)");
    }

    private Simd() {
    }

    /**
     * The start-up decision: SIMD when the module is present, unless the property
     * {@code ser4j.simd} is {@code "false"} (any case).
     *
     * @param modulePresent whether {@code jdk.incubator.vector} is in the boot layer
     * @param property the value of {@code ser4j.simd}, or {@code null} when unset
     * @return whether the Vector API kernels may be used
     */
    static boolean decide(boolean modulePresent, String property) {
        return modulePresent && !"false".equalsIgnoreCase(property == null ? null : property.trim());
    }

    /** @return whether the Vector API kernels could be used in this JVM (module present, not disabled) */
    public static boolean available() {
        return AVAILABLE;
    }

    /** @return whether the kernels currently use the Vector API */
    public static boolean enabled() {
        return enabled;
    }

    /**
     * Switches the Vector API kernels on or off at run time, e.g. to measure the scalar twins.
     * Switching on has no effect when the Vector API is not {@link #available()}.
     *
     * @param on {@code true} to use the Vector API where available, {@code false} for scalar
     */
    public static void setEnabled(boolean on) {
        enabled = on && AVAILABLE;
    }
}
