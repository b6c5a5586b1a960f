package io.github.ser4j.data.synth;

import java.util.List;

/**
 * One syllable of a sentence plan: how it starts, its vowel, whether it is stressed.
 *
 * @param onset    'p' plosive (closure then burst), 's' fricative (noise), 'n' nasal or
 *                 approximant (weak voicing), '-' none (the vowel starts at once)
 * @param vowel    the vowel nucleus
 * @param stressed whether it carries the sentence's pitch accents and is longer and louder
 */
record Syllable(char onset, Vowel vowel, boolean stressed) {

    /** RAVDESS statement 1, "Kids are talking by the door". */
    static final List<Syllable> KIDS = List.of(new Syllable('p', Vowel.I, true), new Syllable('-', Vowel.A, false),
            new Syllable('p', Vowel.O, true), new Syllable('p', Vowel.I, false), new Syllable('p', Vowel.A, true),
            new Syllable('s', Vowel.SCHWA, false), new Syllable('p', Vowel.O, true));

    /** RAVDESS statement 2, "Dogs are sitting by the door". */
    static final List<Syllable> DOGS = List.of(new Syllable('p', Vowel.O, true), new Syllable('-', Vowel.A, false),
            new Syllable('s', Vowel.I, true), new Syllable('p', Vowel.I, false), new Syllable('p', Vowel.A, false),
            new Syllable('n', Vowel.SCHWA, false), new Syllable('p', Vowel.O, true));

    /** The plan of RAVDESS statement 1 or 2. */
    static List<Syllable> statement(int n) {
        return switch (n) {
            case 1 -> KIDS;
            case 2 -> DOGS;
            default -> throw new IllegalArgumentException("statement must be 1 or 2, got " + n);
        };
    }
}
