package io.github.ser4j.data.corpus;

import io.github.ser4j.data.emotion.Emotion;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EMOVO names: {@code f1/dis-f1-b1.wav} = emotion (dis disgusto, gio gioia/joy,
 * neu neutro, pau paura/fear, rab rabbia/anger, sor sorpresa/surprise, tri tristezza/sadness)
 * - speaker (f1-f3 female, m1-m3 male) - sentence (b1-b3, l1-l4, n1-n5, d1-d2), in one folder
 * per speaker. A speaker folder that disagrees with the name is rejected.
 */
final class EmovoReader implements CorpusReader {
    private static final Pattern NAME = Pattern.compile("(?i)([a-z]{3})-([fm]\\d)-([a-z]\\d)");
    private static final Pattern SPEAKER_FOLDER = Pattern.compile("(?i)[fm]\\d");
    private static final Map<String, Emotion> CODES = Map.of("dis", Emotion.DISGUST,
            "gio", Emotion.HAPPY, "neu", Emotion.NEUTRAL, "pau", Emotion.FEARFUL,
            "rab", Emotion.ANGRY, "sor", Emotion.SURPRISED, "tri", Emotion.SAD);

    @Override
    public CorpusId corpus() {
        return CorpusId.EMOVO;
    }

    @Override
    public NameParse parse(Path relative, Path file) {
        Matcher m = NAME.matcher(FileNames.stem(relative));
        if (!m.matches()) {
            return NameParse.FOREIGN;
        }
        String code = m.group(1).toLowerCase(Locale.ROOT);
        String speaker = m.group(2).toLowerCase(Locale.ROOT);
        String sentence = m.group(3).toLowerCase(Locale.ROOT);
        Emotion e = CODES.get(code);
        if (e == null) {
            return new NameParse.Rejected("unknown EMOVO emotion code " + m.group(1));
        }
        int n = speaker.charAt(1) - '0';
        if (n < 1 || n > 3) {
            return new NameParse.Rejected("EMOVO speakers are f1-f3 and m1-m3, got " + m.group(2));
        }
        if (!sentence.matches("b[1-3]|l[1-4]|n[1-5]|d[1-2]")) {
            return new NameParse.Rejected("unknown EMOVO sentence " + m.group(3));
        }
        String folder = FileNames.parent(relative);
        if (SPEAKER_FOLDER.matcher(folder).matches() && !folder.equalsIgnoreCase(speaker)) {
            return new NameParse.Rejected("folder " + folder + " holds a file of speaker " + speaker);
        }
        return new NameParse.Parsed(new Utterance(file, CorpusId.EMOVO, e, "emovo:" + speaker,
                speaker.charAt(0) == 'f' ? Gender.FEMALE : Gender.MALE, CorpusId.EMOVO.language(),
                Intensity.UNSPECIFIED, sentence, "", VocalChannel.SPEECH));
    }
}
