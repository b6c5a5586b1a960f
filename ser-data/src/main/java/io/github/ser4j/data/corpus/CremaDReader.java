package io.github.ser4j.data.corpus;

import io.github.ser4j.data.emotion.Emotion;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CREMA-D names: {@code 1001_DFA_ANG_XX.wav} = actor (1001-1091) _ sentence (one of 12
 * three-letter codes) _ emotion (ANG DIS FEA HAP NEU SAD) _ level (LO, MD, HI, or XX =
 * unspecified). Genders come from the corpus' published {@code VideoDemographics.csv}
 * (48 male, 43 female); an actor outside 1001-1091 is {@link Gender#UNKNOWN}.
 */
final class CremaDReader implements CorpusReader {
    private static final Pattern NAME = Pattern.compile("(\\d{4})_([A-Za-z]{3})_([A-Za-z]{3})_([A-Za-z]{2})");
    private static final Set<String> SENTENCES = Set.of("IEO", "TIE", "IOM", "IWW", "TAI", "MTI",
            "IWL", "ITH", "DFA", "ITS", "TSI", "WSI");
    private static final Map<String, Emotion> EMOTIONS = Map.of("ANG", Emotion.ANGRY,
            "DIS", Emotion.DISGUST, "FEA", Emotion.FEARFUL, "HAP", Emotion.HAPPY,
            "NEU", Emotion.NEUTRAL, "SAD", Emotion.SAD);
    private static final Map<String, Intensity> LEVELS = Map.of("LO", Intensity.LOW,
            "MD", Intensity.MEDIUM, "HI", Intensity.HIGH, "XX", Intensity.UNSPECIFIED);
    /** Sex of actors 1001..1091 in order, from CREMA-D's VideoDemographics.csv. */
    private static final String SEXES = "MFFFMFFFFF" + "MFFMMMMFMF" + "FMMFFMMFFF" + "MMMMMMFMMM"
            + "MMFMMFFMFM" + "MFFFFFMFMF" + "FMFMMMMMMM" + "MFFFFFMFFM" + "MFMFMMMMFM" + "F";

    @Override
    public CorpusId corpus() {
        return CorpusId.CREMA_D;
    }

    /** The published gender of a CREMA-D actor, {@link Gender#UNKNOWN} outside 1001-1091. */
    static Gender genderOf(int actor) {
        int i = actor - 1001;
        if (i < 0 || i >= SEXES.length()) {
            return Gender.UNKNOWN;
        }
        return SEXES.charAt(i) == 'M' ? Gender.MALE : Gender.FEMALE;
    }

    @Override
    public NameParse parse(Path relative, Path file) {
        Matcher m = NAME.matcher(FileNames.stem(relative));
        if (!m.matches()) {
            return NameParse.FOREIGN;
        }
        String sentence = m.group(2).toUpperCase(java.util.Locale.ROOT);
        String emotion = m.group(3).toUpperCase(java.util.Locale.ROOT);
        String level = m.group(4).toUpperCase(java.util.Locale.ROOT);
        if (!SENTENCES.contains(sentence)) {
            return new NameParse.Rejected("unknown CREMA-D sentence " + m.group(2));
        }
        if (!EMOTIONS.containsKey(emotion)) {
            return new NameParse.Rejected("unknown CREMA-D emotion " + m.group(3));
        }
        if (!LEVELS.containsKey(level)) {
            return new NameParse.Rejected("unknown CREMA-D level " + m.group(4) + " (LO, MD, HI, XX)");
        }
        int actor = Integer.parseInt(m.group(1));
        return new NameParse.Parsed(new Utterance(file, CorpusId.CREMA_D, EMOTIONS.get(emotion),
                "cremad:" + m.group(1), genderOf(actor), CorpusId.CREMA_D.language(), LEVELS.get(level),
                sentence, "", VocalChannel.SPEECH));
    }
}
