package io.github.ser4j.data.corpus;

import io.github.ser4j.data.emotion.Emotion;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SAVEE names, in either layout found in the wild: flattened {@code DC_a01.wav},
 * {@code JE_sa15.wav} (speaker _ emotion prefix + number), or nested
 * {@code AudioData/DC/a01.wav}. Speakers DC, JE, JK, KL (all male, British English).
 * Prefixes: a anger, d disgust, f fear, h happiness, n neutral, sa sadness, su surprise;
 * 15 sentences per emotion, 30 for neutral. Folder and speaker names may be lower case.
 */
final class SaveeReader implements CorpusReader {
    private static final Pattern FLAT = Pattern.compile("(?i)([a-z]{2})_(sa|su|a|d|f|h|n)(\\d\\d)");
    private static final Pattern NESTED = Pattern.compile("(?i)(sa|su|a|d|f|h|n)(\\d\\d)");
    private static final Set<String> SPEAKERS = Set.of("DC", "JE", "JK", "KL");
    private static final Map<String, Emotion> PREFIXES = Map.of("a", Emotion.ANGRY,
            "d", Emotion.DISGUST, "f", Emotion.FEARFUL, "h", Emotion.HAPPY, "n", Emotion.NEUTRAL,
            "sa", Emotion.SAD, "su", Emotion.SURPRISED);

    @Override
    public CorpusId corpus() {
        return CorpusId.SAVEE;
    }

    @Override
    public NameParse parse(Path relative, Path file) {
        String stem = FileNames.stem(relative);
        String speaker;
        String prefix;
        String number;
        Matcher flat = FLAT.matcher(stem);
        if (flat.matches()) {
            speaker = flat.group(1);
            prefix = flat.group(2);
            number = flat.group(3);
        } else {
            Matcher nested = NESTED.matcher(stem);
            String folder = FileNames.parent(relative).toUpperCase(Locale.ROOT);
            if (!nested.matches() || !SPEAKERS.contains(folder)) {
                return NameParse.FOREIGN;
            }
            speaker = folder;
            prefix = nested.group(1);
            number = nested.group(2);
        }
        speaker = speaker.toUpperCase(Locale.ROOT);
        prefix = prefix.toLowerCase(Locale.ROOT);
        if (!SPEAKERS.contains(speaker)) {
            return new NameParse.Rejected("unknown SAVEE speaker " + speaker + " (DC, JE, JK, KL)");
        }
        int n = Integer.parseInt(number);
        int max = prefix.equals("n") ? 30 : 15;
        if (n < 1 || n > max) {
            return new NameParse.Rejected("SAVEE sentence number for '" + prefix + "' must be 01-" + max + ", got " + number);
        }
        return new NameParse.Parsed(new Utterance(file, CorpusId.SAVEE, PREFIXES.get(prefix),
                "savee:" + speaker, Gender.MALE, CorpusId.SAVEE.language(), Intensity.UNSPECIFIED,
                prefix + number, "", VocalChannel.SPEECH));
    }
}
