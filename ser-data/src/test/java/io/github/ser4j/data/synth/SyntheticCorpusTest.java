package io.github.ser4j.data.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ser4j.data.corpus.Corpora;
import io.github.ser4j.data.corpus.Corpus;
import io.github.ser4j.data.corpus.CorpusId;
import io.github.ser4j.data.corpus.CorpusScan;
import io.github.ser4j.data.corpus.Gender;
import io.github.ser4j.data.corpus.Intensity;
import io.github.ser4j.data.corpus.Utterance;
import io.github.ser4j.data.emotion.Emotion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {
    @TempDir
    Path dir;

    @Test
    void sameSeedWritesByteIdenticalFilesAndAnotherSeedDoesNot() throws IOException {
        SynthConfig cfg = new SynthConfig(2, 1, 123, 16000);
        List<Path> a = new SyntheticCorpus(cfg).write(dir.resolve("a"));
        List<Path> b = new SyntheticCorpus(cfg).write(dir.resolve("b"));
        List<Path> c = new SyntheticCorpus(new SynthConfig(2, 1, 124, 16000)).write(dir.resolve("c"));
        assertThat(a).hasSize(16);
        for (int i = 0; i < a.size(); i++) {
            assertThat(dir.resolve("a").relativize(a.get(i))).isEqualTo(dir.resolve("b").relativize(b.get(i)));
            assertThat(Files.readAllBytes(a.get(i))).isEqualTo(Files.readAllBytes(b.get(i)));
            assertThat(Files.readAllBytes(a.get(i))).isNotEqualTo(Files.readAllBytes(c.get(i)));
        }
    }

    @Test
    void readsBackThroughTheRavdessReaderWithTheRightLabels() throws IOException {
        SynthConfig cfg = new SynthConfig(3, 6, 5, 16000);
        List<Path> files = new SyntheticCorpus(cfg).write(dir);
        CorpusScan scan = Corpora.scan(dir);
        assertThat(scan.majority()).contains(CorpusId.RAVDESS);
        Corpus corpus = scan.combined();
        assertThat(corpus.unparsed()).isEmpty();
        assertThat(corpus.size()).isEqualTo(files.size()).isEqualTo(3 * (7 * 6 + 4));
        assertThat(corpus.speakers()).containsExactly("ravdess:01", "ravdess:02", "ravdess:03");
        assertThat(corpus.emotionCounts()).hasSize(8).containsEntry(Emotion.NEUTRAL, 12)
                .containsEntry(Emotion.SURPRISED, 18);
        for (Utterance u : corpus.utterances()) {
            int actor = Integer.parseInt(u.speaker().substring("ravdess:".length()));
            assertThat(u.gender()).isEqualTo(actor % 2 == 1 ? Gender.MALE : Gender.FEMALE);
            assertThat(u.path().getParent().getFileName().toString()).isEqualTo(String.format("Actor_%02d", actor));
            if (u.emotion() == Emotion.NEUTRAL) {
                assertThat(u.intensity()).isEqualTo(Intensity.NORMAL);
            }
            float[] x = VoiceMeasures.readPcm16(u.path());
            assertThat(VoiceMeasures.sampleRate(u.path())).isEqualTo(16000);
            assertThat(x.length / 16000.0).as(u.fileName()).isBetween(1.49, 3.01);
        }
    }

    @Test
    void theFileLabelledAngryIsTheAngryUtterance() throws IOException {
        SyntheticCorpus corpus = new SyntheticCorpus(new SynthConfig(1, 1, 9, 16000));
        corpus.write(dir);
        Path angry = dir.resolve("Actor_01").resolve(SyntheticCorpus.fileName(1, Emotion.ANGRY, 1, 1, 1));
        float[] fromFile = VoiceMeasures.readPcm16(angry);
        float[] direct = corpus.utterance(1, Emotion.ANGRY, 1, 1, 1).samples();
        assertThat(fromFile).hasSameSizeAs(direct);
        for (int i = 0; i < direct.length; i++) {
            assertThat(Math.abs(fromFile[i] - direct[i])).isLessThanOrEqualTo(1.0f / 32767);
        }
    }

    @Test
    void rejectsConfigurationsTheLayoutCannotHold() {
        assertThatThrownBy(() -> new SynthConfig(0, 1, 1, 16000)).hasMessageContaining("speakers");
        assertThatThrownBy(() -> new SynthConfig(100, 1, 1, 16000)).hasMessageContaining("speakers");
        assertThatThrownBy(() -> new SynthConfig(2, 9, 1, 16000)).hasMessageContaining("perEmotion");
        SyntheticCorpus c = new SyntheticCorpus(new SynthConfig(2, 1, 1, 16000));
        assertThatThrownBy(() -> c.utterance(1, Emotion.NEUTRAL, 2, 1, 1)).hasMessageContaining("neutral");
        assertThatThrownBy(() -> c.utterance(1, Emotion.BOREDOM, 1, 1, 1)).hasMessageContaining("boredom");
        assertThatThrownBy(() -> c.utterance(3, Emotion.SAD, 1, 1, 1)).hasMessageContaining("actor");
    }
}
