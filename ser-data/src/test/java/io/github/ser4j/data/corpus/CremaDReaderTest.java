package io.github.ser4j.data.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ser4j.data.emotion.Emotion;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CremaDReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsLevelsIncludingUnspecifiedXx() throws IOException {
        Fixtures.wavs(dir, "AudioWAV/1001_DFA_ANG_XX.wav", "AudioWAV/1002_IEO_DIS_LO.wav",
                "AudioWAV/1003_IEO_FEA_MD.wav", "AudioWAV/1004_IEO_HAP_HI.wav", "AudioWAV/1005_TIE_NEU_XX.wav",
                "AudioWAV/1006_WSI_SAD_XX.wav");
        Corpus c = Corpora.read(dir, CorpusId.CREMA_D);
        assertThat(c.unparsed()).isEmpty();
        assertThat(c.utterances()).extracting(Utterance::emotion).containsExactly(Emotion.ANGRY, Emotion.DISGUST,
                Emotion.FEARFUL, Emotion.HAPPY, Emotion.NEUTRAL, Emotion.SAD);
        assertThat(c.utterances()).extracting(Utterance::intensity).containsExactly(Intensity.UNSPECIFIED,
                Intensity.LOW, Intensity.MEDIUM, Intensity.HIGH, Intensity.UNSPECIFIED, Intensity.UNSPECIFIED);
        Utterance first = c.utterances().get(0);
        assertThat(first.speaker()).isEqualTo("cremad:1001");
        assertThat(first.text()).isEqualTo("DFA");
        // VideoDemographics.csv: 1001 Male, 1002 Female
        assertThat(first.gender()).isEqualTo(Gender.MALE);
        assertThat(c.utterances().get(1).gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void publishedDemographicsHave48MenAnd43Women() {
        int male = 0;
        int female = 0;
        for (int actor = 1001; actor <= 1091; actor++) {
            switch (CremaDReader.genderOf(actor)) {
                case MALE -> male++;
                case FEMALE -> female++;
                default -> throw new AssertionError("actor " + actor + " has no gender");
            }
        }
        assertThat(male).isEqualTo(48);
        assertThat(female).isEqualTo(43);
        assertThat(CremaDReader.genderOf(1000)).isEqualTo(Gender.UNKNOWN);
        assertThat(CremaDReader.genderOf(1092)).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void unknownActorIsUnknownGenderAndBadCodesAreRejected() throws IOException {
        Fixtures.wavs(dir, "1200_DFA_ANG_XX.wav", "1001_XYZ_ANG_XX.wav", "1001_DFA_BOR_XX.wav",
                "1001_DFA_ANG_ZZ.wav");
        Corpus c = Corpora.read(dir, CorpusId.CREMA_D);
        assertThat(c.utterances()).singleElement().extracting(Utterance::gender).isEqualTo(Gender.UNKNOWN);
        assertThat(c.unparsed()).hasSize(3);
    }
}
