package io.github.ser4j.data.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ser4j.data.emotion.Emotion;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RavdessReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsSpeechFileFieldsAndOddActorIsMale() throws IOException {
        Fixtures.wav(dir, "Actor_12/03-01-05-01-02-01-12.wav");
        Fixtures.wav(dir, "Actor_01/03-01-02-02-01-02-01.wav");
        Corpus c = Corpora.read(dir, CorpusId.RAVDESS);
        assertThat(c.unparsed()).isEmpty();
        Utterance u12 = c.utterances().get(1);
        assertThat(u12.emotion()).isEqualTo(Emotion.ANGRY);
        assertThat(u12.speaker()).isEqualTo("ravdess:12");
        assertThat(u12.gender()).isEqualTo(Gender.FEMALE);
        assertThat(u12.intensity()).isEqualTo(Intensity.NORMAL);
        assertThat(u12.text()).isEqualTo("02");
        assertThat(u12.take()).isEqualTo("01");
        assertThat(u12.channel()).isEqualTo(VocalChannel.SPEECH);
        assertThat(u12.language()).isEqualTo("en");
        Utterance u01 = c.utterances().get(0);
        assertThat(u01.emotion()).isEqualTo(Emotion.CALM);
        assertThat(u01.gender()).isEqualTo(Gender.MALE);
        assertThat(u01.intensity()).isEqualTo(Intensity.STRONG);
    }

    @Test
    void readsSongFilesAndRejectsSongDisgustAndSurprise() throws IOException {
        Fixtures.wavs(dir, "Actor_03/03-02-03-01-01-01-03.wav",
                "Actor_03/03-02-07-01-01-01-03.wav",
                "Actor_03/03-02-08-02-01-01-03.wav");
        Corpus c = Corpora.read(dir, CorpusId.RAVDESS);
        assertThat(c.utterances()).singleElement().satisfies(u -> {
            assertThat(u.channel()).isEqualTo(VocalChannel.SONG);
            assertThat(u.emotion()).isEqualTo(Emotion.HAPPY);
        });
        assertThat(c.unparsed()).hasSize(2);
        assertThat(c.unparsed().get(0).reason()).contains("song").contains("disgust");
        assertThat(c.unparsed().get(1).reason()).contains("song").contains("surprised");
    }

    @Test
    void rejectsImpossibleCodesAndMismatchedActorFolder() throws IOException {
        Fixtures.wavs(dir, "Actor_05/03-01-01-02-01-01-05.wav", // neutral has no strong intensity
                "Actor_05/03-01-09-01-01-01-05.wav",            // no emotion 09
                "Actor_05/03-01-04-01-01-01-06.wav",            // actor 06 in Actor_05
                "Actor_05/03-01-04-01-01-01-05.wav");
        Corpus c = Corpora.read(dir, CorpusId.RAVDESS);
        assertThat(c.size()).isEqualTo(1);
        assertThat(c.unparsed()).extracting(UnparsedFile::reason).anySatisfy(r -> assertThat(r).contains("neutral"))
                .anySatisfy(r -> assertThat(r).contains("emotion must be 01-08"))
                .anySatisfy(r -> assertThat(r).contains("Actor_05"));
    }
}
