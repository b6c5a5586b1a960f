package io.github.ser4j.data.emotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmotionMappingTest {
    @Test
    void findsEmotionsByLabelNameAndCorpusSynonyms() {
        assertThat(Emotion.find("Anger")).contains(Emotion.ANGRY);
        assertThat(Emotion.find("happiness")).contains(Emotion.HAPPY);
        assertThat(Emotion.find("joy")).contains(Emotion.HAPPY);
        assertThat(Emotion.find("fear")).contains(Emotion.FEARFUL);
        assertThat(Emotion.find("ps")).contains(Emotion.SURPRISED);
        assertThat(Emotion.find("Pleasant_surprised")).contains(Emotion.SURPRISED);
        assertThat(Emotion.find("pleasant surprise")).contains(Emotion.SURPRISED);
        assertThat(Emotion.find("BOREDOM")).contains(Emotion.BOREDOM);
        assertThat(Emotion.find("contempt")).isEmpty();
        assertThatThrownBy(() -> Emotion.parse("contempt")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contempt");
    }

    @Test
    void identityKeepsEverything() {
        EmotionMapping id = EmotionMapping.identity();
        for (Emotion e : Emotion.values()) {
            assertThat(id.map(e)).contains(e);
        }
        assertThat(id.labels()).containsExactly(Emotion.values());
    }

    @Test
    void mergeAndSubsetGiveTheFourClassSet() {
        EmotionMapping four = EmotionMapping.identity().merge(Emotion.CALM, Emotion.NEUTRAL)
                .keepOnly(EnumSet.of(Emotion.ANGRY, Emotion.HAPPY, Emotion.SAD, Emotion.NEUTRAL));
        assertThat(four.map(Emotion.CALM)).contains(Emotion.NEUTRAL);
        assertThat(four.map(Emotion.DISGUST)).isEmpty();
        assertThat(four.keeps(Emotion.BOREDOM)).isFalse();
        assertThat(four.labels()).containsExactly(Emotion.NEUTRAL, Emotion.HAPPY, Emotion.SAD, Emotion.ANGRY);
        assertThat(EmotionMapping.parse(" angry, happy ,sad,neutral, calm=neutral ")).isEqualTo(four);
    }

    @Test
    void mergesChainAndMappingsAreImmutable() {
        EmotionMapping base = EmotionMapping.identity();
        EmotionMapping m = base.merge(Emotion.BOREDOM, Emotion.CALM).merge(Emotion.CALM, Emotion.NEUTRAL);
        assertThat(m.map(Emotion.BOREDOM)).contains(Emotion.NEUTRAL);
        assertThat(m.map(Emotion.CALM)).contains(Emotion.NEUTRAL);
        assertThat(base.map(Emotion.CALM)).contains(Emotion.CALM);
        assertThatThrownBy(() -> m.asMap().put(Emotion.SAD, Emotion.HAPPY))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(EmotionMapping.subset(List.of(Emotion.SAD)).labels()).containsExactly(Emotion.SAD);
        assertThat(EmotionMapping.parse("calm=neutral").labels()).doesNotContain(Emotion.CALM).hasSize(8);
    }
}
