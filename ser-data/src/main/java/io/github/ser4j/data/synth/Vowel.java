package io.github.ser4j.data.synth;

/**
 * Vowel targets: the first four formant frequencies of an adult male speaker (Peterson &amp;
 * Barney 1952; Hillenbrand et al. 1995), scaled per speaker by {@link Voice#formantScale()}.
 */
enum Vowel {
    I(270, 2290, 3010, 3500),
    E(530, 1840, 2480, 3500),
    A(730, 1090, 2440, 3400),
    O(570, 840, 2410, 3300),
    U(300, 870, 2240, 3300),
    SCHWA(500, 1500, 2500, 3500);

    final double[] formants;

    Vowel(double f1, double f2, double f3, double f4) {
        formants = new double[] {f1, f2, f3, f4};
    }
}
