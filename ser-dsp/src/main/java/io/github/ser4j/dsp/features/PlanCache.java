package io.github.ser4j.dsp.features;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A few recently used plans ({@code Mfcc}, {@code MelSpectrogram}, {@code Stft}) per thread, so
 * that the {@link Features} conveniences do not rebuild FFT twiddles, windows, filterbanks and
 * DCT bases on every call. Plans hold scratch buffers and are not thread-safe, hence one cache
 * per thread; configurations are records, so equal configurations share a plan.
 */
final class PlanCache {
    private static final int CAPACITY = 8;
    private static final ThreadLocal<Map<List<Object>, Object>> CACHE = ThreadLocal.withInitial(
            () -> new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<Object>, Object> eldest) {
                    return size() > CAPACITY;
                }
            });

    private PlanCache() {
    }

    /** The cached plan of {@code type} for {@code config}, made by {@code make} on a miss. */
    static <C, P> P get(Class<P> type, C config, Function<C, P> make) {
        List<Object> key = List.of(type, config);
        Map<List<Object>, Object> map = CACHE.get();
        Object plan = map.get(key);
        if (plan == null) {
            plan = make.apply(config);
            map.put(key, plan);
        }
        return type.cast(plan);
    }
}
