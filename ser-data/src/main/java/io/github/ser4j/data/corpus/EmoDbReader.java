package io.github.ser4j.data.corpus;

import io.github.ser4j.data.emotion.Emotion;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EMO-DB names: {@code 03a01Fa.wav} = speaker (two digits) + text ({@code a01}-{@code a05},
 * {@code b01}-{@code b10}) + emotion letter from the German word (W Wut/anger,
 * L Langeweile/boredom, E Ekel/disgust, A Angst/fear, F Freude/happiness, T Trauer/sadness,
 * N neutral) + version letter. Ten speakers: 03 m, 08 f, 09 f, 10 m, 11 m, 12 m, 13 f,
 * 14 f, 15 m, 16 f; another speaker number is rejected.
 */
final class EmoDbReader implements CorpusReader {
    private static final Pattern NAME = Pattern.compile("(\\d\\d)([ab]\\d\\d)([A-Z])([a-z])");
    private static final Map<Character, Emotion> LETTERS = Map.of('W', Emotion.ANGRY,
            'L', Emotion.BOREDOM, 'E', Emotion.DISGUST, 'A', Emotion.FEARFUL, 'F', Emotion.HAPPY,
            'T', Emotion.SAD, 'N', Emotion.NEUTRAL);
    private static final Map<String, Gender> SPEAKERS = Map.of("03", Gender.MALE, "08", Gender.FEMALE,
            "09", Gender.FEMALE, "10", Gender.MALE, "11", Gender.MALE, "12", Gender.MALE,
            "13", Gender.FEMALE, "14", Gender.FEMALE, "15", Gender.MALE, "16", Gender.FEMALE);

    @Override
    public CorpusId corpus() {
        return CorpusId.EMODB;
    }

    @Override
    public NameParse parse(Path relative, Path file) {
        Matcher m = NAME.matcher(FileNames.stem(relative));
        if (!m.matches()) {
            return NameParse.FOREIGN;
        }
        Emotion e = LETTERS.get(m.group(3).charAt(0));
        if (e == null) {
            return new NameParse.Rejected("unknown EMO-DB emotion letter " + m.group(3) + " (W L E A F T N)");
        }
        Gender g = SPEAKERS.get(m.group(1));
        if (g == null) {
            return new NameParse.Rejected("EMO-DB has no speaker " + m.group(1));
        }
        return new NameParse.Parsed(new Utterance(file, CorpusId.EMODB, e, "emodb:" + m.group(1), g,
                CorpusId.EMODB.language(), Intensity.UNSPECIFIED, m.group(2), m.group(4),
                VocalChannel.SPEECH));
    }
}
