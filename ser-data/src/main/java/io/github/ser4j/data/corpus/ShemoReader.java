package io.github.ser4j.data.corpus;

import io.github.ser4j.data.emotion.Emotion;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ShEMO names: {@code F01A01.wav} = gender (F, M) + speaker number + emotion letter
 * (A anger, H happiness, N neutral, S sadness, W surprise, F fear) + index. Speaker ids
 * keep the gender letter ({@code shemo:F01}): female 01 and male 01 are different people.
 */
final class ShemoReader implements CorpusReader {
    private static final Pattern NAME = Pattern.compile("([FM])(\\d\\d)([A-Z])(\\d\\d)");
    private static final Map<Character, Emotion> LETTERS = Map.of('A', Emotion.ANGRY,
            'H', Emotion.HAPPY, 'N', Emotion.NEUTRAL, 'S', Emotion.SAD, 'W', Emotion.SURPRISED,
            'F', Emotion.FEARFUL);

    @Override
    public CorpusId corpus() {
        return CorpusId.SHEMO;
    }

    @Override
    public NameParse parse(Path relative, Path file) {
        Matcher m = NAME.matcher(FileNames.stem(relative));
        if (!m.matches()) {
            return NameParse.FOREIGN;
        }
        Emotion e = LETTERS.get(m.group(3).charAt(0));
        if (e == null) {
            return new NameParse.Rejected("unknown ShEMO emotion letter " + m.group(3) + " (A H N S W F)");
        }
        return new NameParse.Parsed(new Utterance(file, CorpusId.SHEMO, e,
                "shemo:" + m.group(1) + m.group(2), m.group(1).equals("F") ? Gender.FEMALE : Gender.MALE,
                CorpusId.SHEMO.language(), Intensity.UNSPECIFIED, m.group(4), "", VocalChannel.SPEECH));
    }
}
