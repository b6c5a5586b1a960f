package io.github.ser4j.data.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ser4j.data.emotion.Emotion;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TessReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsFolderAndCaseVariantsAndPsAbbreviation() throws IOException {
        Fixtures.wavs(dir,
                "TESS Toronto emotional speech set data/OAF_angry/OAF_back_angry.wav",
                "TESS Toronto emotional speech set data/OAF_Fear/OAF_bath_fear.wav",
                "TESS Toronto emotional speech set data/OAF_Pleasant_surprise/OAF_bean_ps.wav",
                "TESS Toronto emotional speech set data/YAF_pleasant_surprised/YAF_date_ps.wav",
                "tess/yaf_sad/yaf_dog_sad.wav",
                "flat/YAF_germ_neutral.wav",
                "flat/YAF_wag_pleasant_surprise.wav");
        Corpus c = Corpora.read(dir, CorpusId.TESS);
        assertThat(c.unparsed()).isEmpty();
        assertThat(c.size()).isEqualTo(7);
        assertThat(c.emotionCounts()).containsEntry(Emotion.SURPRISED, 3).containsEntry(Emotion.ANGRY, 1)
                .containsEntry(Emotion.FEARFUL, 1).containsEntry(Emotion.SAD, 1).containsEntry(Emotion.NEUTRAL, 1);
        assertThat(c.speakers()).containsExactly("tess:OAF", "tess:YAF");
        assertThat(c.utterances()).allSatisfy(u -> assertThat(u.gender()).isEqualTo(Gender.FEMALE));
        assertThat(c.utterances()).extracting(Utterance::text).contains("back", "dog", "germ");
    }

    @Test
    void rejectsNameThatDisagreesWithItsFolder() throws IOException {
        Fixtures.wavs(dir, "OAF_Fear/OAF_back_angry.wav", "OAF_angry/YAF_back_angry.wav", "OAF_angry/OAF_back_bored2.wav");
        Corpus c = Corpora.read(dir, CorpusId.TESS);
        assertThat(c.utterances()).isEmpty();
        assertThat(c.unparsed()).hasSize(3);
        assertThat(c.unparsed()).extracting(UnparsedFile::reason)
                .anySatisfy(r -> assertThat(r).contains("fearful").contains("angry"));
    }
}
