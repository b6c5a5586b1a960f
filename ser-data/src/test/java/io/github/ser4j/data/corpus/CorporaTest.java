package io.github.ser4j.data.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ser4j.data.emotion.Emotion;
import io.github.ser4j.data.emotion.EmotionMapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorporaTest {
    @TempDir
    Path dir;

    @Test
    void detectsCorpusByMajorityVoteAndReportsStrayFilesWithPaths() throws IOException {
        Fixtures.wavs(dir, "actor_01/03-01-01-01-01-01-01.wav", "actor_01/03-01-03-02-01-01-01.wav",
                "actor_02/03-01-04-01-02-02-02.wav", "actor_02/03-01-05-02-01-01-02.wav");
        Path stray = Fixtures.wav(dir, "actor_02/recording final.wav");
        Path resourceFork = Fixtures.wav(dir, "actor_02/._03-01-05-02-01-01-02.wav");
        Files.writeString(dir.resolve("README.txt"), "not audio");
        CorpusScan scan = Corpora.scan(dir);
        assertThat(scan.majority()).contains(CorpusId.RAVDESS);
        assertThat(Corpora.detect(dir)).contains(CorpusId.RAVDESS);
        assertThat(scan.corpora()).singleElement().satisfies(c -> {
            assertThat(c.size()).isEqualTo(4);
            assertThat(c.unparsed()).extracting(UnparsedFile::path).containsExactlyInAnyOrder(stray, resourceFork);
        });
    }

    @Test
    void oneEmodbFileAmongManyRavdessFilesDoesNotChangeTheVerdict() throws IOException {
        Fixtures.wavs(dir, "a/03-01-01-01-01-01-01.wav", "a/03-01-02-01-01-01-01.wav", "a/03-01-03-01-01-01-01.wav",
                "b/03a01Fa.wav");
        CorpusScan scan = Corpora.scan(dir);
        assertThat(scan.majority()).contains(CorpusId.RAVDESS);
        assertThat(scan.votes()).containsEntry(CorpusId.RAVDESS, 3).containsEntry(CorpusId.EMODB, 1);
        assertThat(scan.corpora()).extracting(Corpus::name).containsExactly("ravdess", "emodb");
    }

    @Test
    void folderOfSeveralCorporaCombinesWithoutSpeakerCollisions() throws IOException {
        // RAVDESS actor 03 and EMO-DB speaker 03 are different people
        Fixtures.wavs(dir, "ravdess/Actor_03/03-01-05-01-01-01-03.wav", "emodb/wav/03a01Wa.wav",
                "savee/DC_a01.wav", "tess/OAF_angry/OAF_back_angry.wav", "crema/1001_DFA_ANG_XX.wav",
                "emovo/f1/rab-f1-b1.wav", "shemo/F03A01.wav");
        Corpus all = Corpora.read(dir);
        assertThat(all.size()).isEqualTo(7);
        assertThat(all.unparsed()).isEmpty();
        assertThat(all.sources()).containsExactly(CorpusId.values());
        assertThat(all.speakers()).hasSize(7).contains("ravdess:03", "emodb:03", "shemo:F03");
        assertThat(all.emotionCounts()).containsExactlyEntriesOf(java.util.Map.of(Emotion.ANGRY, 7));

        Corpus ravdess = Corpora.read(dir.resolve("ravdess"));
        Corpus emodb = Corpora.read(dir.resolve("emodb"));
        Corpus both = Corpus.combine(ravdess, emodb, ravdess);
        assertThat(both.size()).isEqualTo(2);
        assertThat(both.name()).isEqualTo("ravdess+emodb");
        assertThat(both.bySource()).containsOnlyKeys(CorpusId.RAVDESS, CorpusId.EMODB);
    }

    @Test
    void relabellingMergesAndDrops() throws IOException {
        Fixtures.wavs(dir, "03-01-01-01-01-01-01.wav", "03-01-02-01-01-01-01.wav", "03-01-07-01-01-01-01.wav",
                "03-01-05-01-01-01-01.wav");
        // neutral, calm, disgust, angry -> the 4-class set with calm merged: disgust is dropped
        Corpus c = Corpora.read(dir).relabel(EmotionMapping.parse("angry,happy,sad,neutral,calm=neutral"));
        assertThat(c.emotionCounts()).containsExactly(java.util.Map.entry(Emotion.NEUTRAL, 2),
                java.util.Map.entry(Emotion.ANGRY, 1));
        assertThat(c.unparsed()).isEmpty();
        assertThat(Corpora.read(dir).relabel(EmotionMapping.parse("neutral,calm=neutral")).emotionCounts())
                .containsExactly(java.util.Map.entry(Emotion.NEUTRAL, 2));
    }

    @Test
    void missingOrNonFolderPathFailsWithTypedErrorNamingIt() throws IOException {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> Corpora.scan(missing)).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("nope");
        Path file = Fixtures.wav(dir, "x.wav");
        assertThatThrownBy(() -> Corpora.read(file)).isInstanceOf(java.nio.file.NotDirectoryException.class);
    }

    @Test
    void unreadableSubFolderIsReportedAndTheRestIsRead() throws IOException {
        Fixtures.wavs(dir, "ok/03a01Fa.wav", "locked/03a01Wa.wav");
        Path locked = dir.resolve("locked");
        boolean changed = locked.toFile().setReadable(false) && locked.toFile().setExecutable(false);
        org.junit.jupiter.api.Assumptions.assumeTrue(changed && !Files.isReadable(locked),
                "cannot make a folder unreadable here (running as root?)");
        try {
            Corpus c = Corpora.read(dir);
            assertThat(c.size()).isEqualTo(1);
            assertThat(c.unparsed()).singleElement().satisfies(u -> assertThat(u.path()).isEqualTo(locked));
        } finally {
            locked.toFile().setReadable(true);
            locked.toFile().setExecutable(true);
        }
    }

    @Test
    void folderWithNoKnownNamesYieldsNoCorpusButListsTheFiles() throws IOException {
        Fixtures.wavs(dir, "hello.wav", "world.WAV");
        CorpusScan scan = Corpora.scan(dir);
        assertThat(scan.majority()).isEmpty();
        assertThat(scan.corpora()).isEmpty();
        assertThat(scan.unrecognized()).hasSize(2);
        assertThat(scan.combined().unparsed()).hasSize(2);
    }
}
