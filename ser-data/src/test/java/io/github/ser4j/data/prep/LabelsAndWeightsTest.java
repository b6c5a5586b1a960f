package io.github.ser4j.data.prep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ser4j.data.emotion.Emotion;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsAndWeightsTest {
    @Test
    void sortedEncoderOrdersClassesAlphabeticallyAsScikitLearnSortsStrings() {
        LabelEncoder enc = LabelEncoder.sorted(List.of(Emotion.SURPRISED, Emotion.NEUTRAL, Emotion.CALM,
                Emotion.HAPPY, Emotion.SAD, Emotion.ANGRY, Emotion.FEARFUL, Emotion.DISGUST, Emotion.ANGRY));
        assertThat(enc.labels()).containsExactly("angry", "calm", "disgust", "fearful", "happy", "neutral", "sad",
                "surprised");
        assertThat(enc.encode(Emotion.ANGRY)).isZero();
        assertThat(enc.decode(7)).isEqualTo(Emotion.SURPRISED);
        assertThat(enc.encode(List.of(Emotion.SAD, Emotion.CALM))).containsExactly(6, 1);
    }

    @Test
    void givenOrderIsKeptAndUnknownLabelsFail() {
        LabelEncoder enc = LabelEncoder.ofOrder(List.of(Emotion.NEUTRAL, Emotion.ANGRY));
        assertThat(enc.encode(Emotion.ANGRY)).isEqualTo(1);
        assertThatThrownBy(() -> enc.encode(Emotion.SAD)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sad");
        assertThatThrownBy(() -> LabelEncoder.ofOrder(List.of(Emotion.SAD, Emotion.SAD)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void oneHotHasASingleOneAtTheClassIndex() {
        LabelEncoder enc = LabelEncoder.ofOrder(List.of(Emotion.NEUTRAL, Emotion.ANGRY, Emotion.SAD));
        float[][] oh = enc.oneHot(new int[] {2, 0});
        assertThat(oh[0]).containsExactly(0f, 0f, 1f);
        assertThat(oh[1]).containsExactly(1f, 0f, 0f);
        assertThatThrownBy(() -> enc.oneHot(new int[] {3})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void balancedWeightsAreNOverKTimesCount() {
        // scikit-learn: compute_class_weight("balanced", classes=[0,1,2], y=[0,0,0,0,1,1,2]) = 7/(3*[4,2,1])
        double[] w = ClassWeights.balanced(new int[] {0, 0, 0, 0, 1, 1, 2}, 3);
        assertThat(w).containsExactly(7.0 / 12, 7.0 / 6, 7.0 / 3);
        // every class then carries the same total weight n/k
        assertThat(w[0] * 4).isEqualTo(w[2] * 1, org.assertj.core.api.Assertions.within(1e-15));
        assertThatThrownBy(() -> ClassWeights.balanced(new int[] {0, 0}, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("class 1");
    }
}
