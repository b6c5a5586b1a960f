package io.github.ser4j.data.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ser4j.data.emotion.Emotion;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaveeReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsFlattenedNamesWithSaAndSuPrefixes() throws IOException {
        Fixtures.wavs(dir, "ALL/DC_a01.wav", "ALL/JE_sa15.wav", "ALL/JK_su03.wav", "ALL/KL_d02.wav",
                "ALL/DC_f04.wav", "ALL/JE_h05.wav", "ALL/KL_n30.wav");
        Corpus c = Corpora.read(dir, CorpusId.SAVEE);
        assertThat(c.unparsed()).isEmpty();
        assertThat(c.utterances()).extracting(Utterance::emotion).containsExactly(Emotion.ANGRY, Emotion.FEARFUL,
                Emotion.HAPPY, Emotion.SAD, Emotion.SURPRISED, Emotion.DISGUST, Emotion.NEUTRAL);
        assertThat(c.utterances()).allSatisfy(u -> {
            assertThat(u.gender()).isEqualTo(Gender.MALE);
            assertThat(u.language()).isEqualTo("en-GB");
        });
        assertThat(c.speakers()).containsExactly("savee:DC", "savee:JE", "savee:JK", "savee:KL");
        assertThat(c.utterances().get(3).text()).isEqualTo("sa15");
    }

    @Test
    void readsNestedAudioDataLayoutWithLowerCaseFolders() throws IOException {
        Fixtures.wavs(dir, "AudioData/DC/a01.wav", "AudioData/JK/sa02.wav", "audiodata/kl/su15.wav",
                "AudioData/JE/n01.wav");
        Corpus c = Corpora.read(dir, CorpusId.SAVEE);
        assertThat(c.unparsed()).isEmpty();
        assertThat(c.utterances()).extracting(Utterance::speaker)
                .containsExactly("savee:DC", "savee:JE", "savee:JK", "savee:KL");
        assertThat(c.utterances()).extracting(Utterance::emotion)
                .containsExactly(Emotion.ANGRY, Emotion.NEUTRAL, Emotion.SAD, Emotion.SURPRISED);
    }

    @Test
    void rejectsUnknownSpeakerAndSentenceNumberOutOfRange() throws IOException {
        Fixtures.wavs(dir, "ZZ_a01.wav", "DC_a16.wav", "DC_n31.wav", "DC_x01.wav");
        Corpus c = Corpora.read(dir, CorpusId.SAVEE);
        assertThat(c.utterances()).isEmpty();
        assertThat(c.unparsed()).hasSize(4);
    }
}
