package io.github.ser4j.data.corpus;

import io.github.ser4j.data.emotion.Emotion;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RAVDESS names: seven two-digit fields, e.g. {@code 03-01-05-01-02-01-12.wav} =
 * modality (01 audio-video, 02 video-only, 03 audio-only) - vocal channel (01 speech,
 * 02 song) - emotion (01 neutral, 02 calm, 03 happy, 04 sad, 05 angry, 06 fearful,
 * 07 disgust, 08 surprised) - intensity (01 normal, 02 strong) - statement (01 "Kids are
 * talking by the door", 02 "Dogs are sitting by the door") - repetition (01, 02) - actor
 * (01-24; odd = male, even = female). Files sit in {@code Actor_NN} folders.
 *
 * <p>Rejected as impossible in RAVDESS: song files with disgust or surprised (the song
 * set has neither), neutral at strong intensity (neutral has only normal), and an
 * {@code Actor_NN} folder that disagrees with the actor field. Actor numbers above 24 are
 * accepted (the synthetic corpus writes this layout with any number of actors).
 */
final class RavdessReader implements CorpusReader {
    private static final Pattern NAME =
            Pattern.compile("(\\d\\d)-(\\d\\d)-(\\d\\d)-(\\d\\d)-(\\d\\d)-(\\d\\d)-(\\d\\d)");
    private static final Pattern ACTOR_FOLDER = Pattern.compile("(?i)actor_(\\d+)");
    private static final Emotion[] EMOTIONS = {Emotion.NEUTRAL, Emotion.CALM, Emotion.HAPPY,
        Emotion.SAD, Emotion.ANGRY, Emotion.FEARFUL, Emotion.DISGUST, Emotion.SURPRISED};

    @Override
    public CorpusId corpus() {
        return CorpusId.RAVDESS;
    }

    @Override
    public NameParse parse(Path relative, Path file) {
        Matcher m = NAME.matcher(FileNames.stem(relative));
        if (!m.matches()) {
            return NameParse.FOREIGN;
        }
        int modality = Integer.parseInt(m.group(1));
        int channel = Integer.parseInt(m.group(2));
        int emotion = Integer.parseInt(m.group(3));
        int intensity = Integer.parseInt(m.group(4));
        int statement = Integer.parseInt(m.group(5));
        int repetition = Integer.parseInt(m.group(6));
        int actor = Integer.parseInt(m.group(7));
        if (modality < 1 || modality > 3) {
            return new NameParse.Rejected("modality must be 01-03, got " + m.group(1));
        }
        if (channel < 1 || channel > 2) {
            return new NameParse.Rejected("vocal channel must be 01 (speech) or 02 (song), got " + m.group(2));
        }
        if (emotion < 1 || emotion > 8) {
            return new NameParse.Rejected("emotion must be 01-08, got " + m.group(3));
        }
        if (intensity < 1 || intensity > 2) {
            return new NameParse.Rejected("intensity must be 01 or 02, got " + m.group(4));
        }
        if (statement < 1 || statement > 2 || repetition < 1 || repetition > 2) {
            return new NameParse.Rejected("statement and repetition must be 01 or 02, got "
                    + m.group(5) + " and " + m.group(6));
        }
        if (actor < 1) {
            return new NameParse.Rejected("actor must be 01 or more, got " + m.group(7));
        }
        Emotion e = EMOTIONS[emotion - 1];
        if (channel == 2 && (e == Emotion.DISGUST || e == Emotion.SURPRISED)) {
            return new NameParse.Rejected("RAVDESS song files have no emotion " + m.group(3) + " (" + e + ")");
        }
        if (e == Emotion.NEUTRAL && intensity == 2) {
            return new NameParse.Rejected("RAVDESS neutral has no strong intensity (02)");
        }
        Matcher folder = ACTOR_FOLDER.matcher(FileNames.parent(relative));
        if (folder.matches() && Integer.parseInt(folder.group(1)) != actor) {
            return new NameParse.Rejected("folder " + FileNames.parent(relative) + " holds a file of actor " + m.group(7));
        }
        return new NameParse.Parsed(new Utterance(file, CorpusId.RAVDESS, e,
                "ravdess:" + m.group(7), actor % 2 == 1 ? Gender.MALE : Gender.FEMALE,
                CorpusId.RAVDESS.language(), intensity == 1 ? Intensity.NORMAL : Intensity.STRONG,
                m.group(5), m.group(6), channel == 1 ? VocalChannel.SPEECH : VocalChannel.SONG));
    }
}
