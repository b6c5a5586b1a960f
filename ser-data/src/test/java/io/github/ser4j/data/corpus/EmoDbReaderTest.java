package io.github.ser4j.data.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ser4j.data.emotion.Emotion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmoDbReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsSpeakerTextEmotionLetterAndVersion() throws IOException {
        Fixtures.wavs(dir, "wav/03a01Fa.wav", "wav/08b10Lc.wav", "wav/16a05Wb.wav", "wav/05a01Fa.wav",
                "wav/03a01Xa.wav");
        Corpus c = Corpora.read(dir, CorpusId.EMODB);
        assertThat(c.size()).isEqualTo(3);
        Utterance u = c.utterances().get(0);
        assertThat(u.speaker()).isEqualTo("emodb:03");
        assertThat(u.gender()).isEqualTo(Gender.MALE);
        assertThat(u.text()).isEqualTo("a01");
        assertThat(u.emotion()).isEqualTo(Emotion.HAPPY);
        assertThat(u.take()).isEqualTo("a");
        assertThat(u.language()).isEqualTo("de");
        assertThat(c.utterances().get(1).emotion()).isEqualTo(Emotion.BOREDOM);
        assertThat(c.utterances().get(1).gender()).isEqualTo(Gender.FEMALE);
        assertThat(c.utterances().get(2).emotion()).isEqualTo(Emotion.ANGRY);
        assertThat(c.unparsed()).extracting(UnparsedFile::reason)
                .anySatisfy(r -> assertThat(r).contains("no speaker 05"))
                .anySatisfy(r -> assertThat(r).contains("letter X"));
    }

    @Test
    void realEmoDbHas535UtterancesOf10SpeakersWithPublishedCounts() throws IOException {
        Path emodb = Path.of(System.getProperty("ser4j.shared.dir", "../shared"), "corpora", "emodb");
        assumeTrue(Files.isDirectory(emodb), "EMO-DB not available at " + emodb);
        CorpusScan scan = Corpora.scan(emodb);
        assertThat(scan.majority()).contains(CorpusId.EMODB);
        Corpus c = scan.combined();
        assertThat(c.unparsed()).isEmpty();
        assertThat(c.size()).isEqualTo(535);
        assertThat(c.speakers()).hasSize(10);
        assertThat(c.emotionCounts()).isEqualTo(Map.of(Emotion.ANGRY, 127, Emotion.BOREDOM, 81,
                Emotion.DISGUST, 46, Emotion.FEARFUL, 69, Emotion.HAPPY, 71, Emotion.SAD, 62, Emotion.NEUTRAL, 79));
        long female = c.speakers().stream().filter(s -> c.utterances().stream()
                .filter(u -> u.speaker().equals(s)).findFirst().orElseThrow().gender() == Gender.FEMALE).count();
        assertThat(female).isEqualTo(5);
    }
}
