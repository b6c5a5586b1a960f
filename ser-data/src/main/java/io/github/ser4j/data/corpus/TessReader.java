package io.github.ser4j.data.corpus;

import io.github.ser4j.data.emotion.Emotion;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TESS names: {@code OAF_back_angry.wav} = speaker (OAF older, YAF younger; both female)
 * _ word _ emotion (angry, disgust, fear, happy, neutral, sad, ps = pleasant surprise),
 * in folders such as {@code OAF_angry}, {@code OAF_Fear}, {@code OAF_Pleasant_surprise},
 * {@code YAF_pleasant_surprised}. Case is ignored throughout (copies in the wild vary);
 * the emotion may be spelt out ({@code pleasant_surprise}). A file whose name and folder
 * disagree on speaker or emotion is rejected rather than guessed.
 */
final class TessReader implements CorpusReader {
    private static final Pattern NAME = Pattern.compile("(?i)(OAF|YAF)_([a-z]+)_([a-z_]+)");
    private static final Pattern FOLDER = Pattern.compile("(?i)(OAF|YAF)_([a-z_ ]+)");

    @Override
    public CorpusId corpus() {
        return CorpusId.TESS;
    }

    @Override
    public NameParse parse(Path relative, Path file) {
        Matcher m = NAME.matcher(FileNames.stem(relative));
        if (!m.matches()) {
            return NameParse.FOREIGN;
        }
        String speaker = m.group(1).toUpperCase(Locale.ROOT);
        Optional<Emotion> emotion = Emotion.find(m.group(3));
        if (emotion.isEmpty()) {
            return new NameParse.Rejected("unknown TESS emotion '" + m.group(3) + "'");
        }
        Matcher folder = FOLDER.matcher(FileNames.parent(relative));
        if (folder.matches()) {
            if (!folder.group(1).equalsIgnoreCase(speaker)) {
                return new NameParse.Rejected("folder " + FileNames.parent(relative) + " holds a file of speaker " + speaker);
            }
            Optional<Emotion> folderEmotion = Emotion.find(folder.group(2));
            if (folderEmotion.isPresent() && folderEmotion.get() != emotion.get()) {
                return new NameParse.Rejected("folder " + FileNames.parent(relative) + " says "
                        + folderEmotion.get() + " but the name says " + emotion.get());
            }
        }
        return new NameParse.Parsed(new Utterance(file, CorpusId.TESS, emotion.get(), "tess:" + speaker,
                Gender.FEMALE, CorpusId.TESS.language(), Intensity.UNSPECIFIED,
                m.group(2).toLowerCase(Locale.ROOT), "", VocalChannel.SPEECH));
    }
}
