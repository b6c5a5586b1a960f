package io.github.ser4j.data.split;

import java.util.List;
import java.util.random.RandomGenerator;

/** Fisher-Yates shuffle with an explicit generator (so the result depends only on the seed). */
final class Shuffle {
    private Shuffle() {
    }

    static <T> void shuffle(List<T> list, RandomGenerator rng) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
