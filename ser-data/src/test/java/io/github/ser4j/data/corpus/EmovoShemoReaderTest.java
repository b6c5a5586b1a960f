package io.github.ser4j.data.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ser4j.data.emotion.Emotion;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmovoShemoReaderTest {
    @TempDir
    Path dir;

    @Test
    void emovoReadsAllSevenCodesAndSpeakerFolders() throws IOException {
        Fixtures.wavs(dir, "EMOVO/f1/dis-f1-b1.wav", "EMOVO/f2/gio-f2-l4.wav", "EMOVO/m1/neu-m1-n5.wav",
                "EMOVO/m2/pau-m2-d2.wav", "EMOVO/m3/rab-m3-b3.wav", "EMOVO/f3/sor-f3-l1.wav",
                "EMOVO/F1/tri-f1-n1.wav");
        Corpus c = Corpora.read(dir, CorpusId.EMOVO);
        assertThat(c.unparsed()).isEmpty();
        assertThat(c.emotionCounts()).containsOnlyKeys(Emotion.DISGUST, Emotion.HAPPY, Emotion.NEUTRAL,
                Emotion.FEARFUL, Emotion.ANGRY, Emotion.SURPRISED, Emotion.SAD);
        Utterance dis = c.utterances().stream().filter(u -> u.emotion() == Emotion.DISGUST).findFirst().orElseThrow();
        assertThat(dis.speaker()).isEqualTo("emovo:f1");
        assertThat(dis.gender()).isEqualTo(Gender.FEMALE);
        assertThat(dis.language()).isEqualTo("it");
        assertThat(dis.text()).isEqualTo("b1");
        assertThat(c.genderCounts()).containsEntry(Gender.MALE, 3).containsEntry(Gender.FEMALE, 4);
    }

    @Test
    void emovoRejectsUnknownCodeSpeakerAndFolderMismatch() throws IOException {
        Fixtures.wavs(dir, "f1/xyz-f1-b1.wav", "f1/dis-f4-b1.wav", "f2/dis-f1-b1.wav", "f1/dis-f1-q9.wav");
        Corpus c = Corpora.read(dir, CorpusId.EMOVO);
        assertThat(c.utterances()).isEmpty();
        assertThat(c.unparsed()).hasSize(4);
    }

    @Test
    void shemoReadsGenderSpeakerAndEmotionLetters() throws IOException {
        Fixtures.wavs(dir, "female/F01A01.wav", "female/F01H02.wav", "male/M01N03.wav", "male/M12S04.wav",
                "male/M12W05.wav", "female/F07F06.wav", "male/M02X01.wav");
        Corpus c = Corpora.read(dir, CorpusId.SHEMO);
        assertThat(c.size()).isEqualTo(6);
        assertThat(c.unparsed()).singleElement().satisfies(u -> assertThat(u.reason()).contains("X"));
        assertThat(c.speakers()).containsExactly("shemo:F01", "shemo:F07", "shemo:M01", "shemo:M12");
        assertThat(c.emotionCounts()).containsEntry(Emotion.ANGRY, 1).containsEntry(Emotion.HAPPY, 1)
                .containsEntry(Emotion.NEUTRAL, 1).containsEntry(Emotion.SAD, 1)
                .containsEntry(Emotion.SURPRISED, 1).containsEntry(Emotion.FEARFUL, 1);
        assertThat(c.utterances()).allSatisfy(u -> assertThat(u.gender())
                .isEqualTo(u.speaker().startsWith("shemo:F") ? Gender.FEMALE : Gender.MALE));
        assertThat(c.utterances().get(0).language()).isEqualTo("fa");
    }
}
