package io.github.ser4j.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ser4j.data.emotion.Emotion;
import io.github.ser4j.data.metrics.ClassificationReport;
import io.github.ser4j.data.prep.LabelEncoder;
import io.github.ser4j.data.prep.StandardScaler;
import io.github.ser4j.dsp.audio.Audio;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The synthetic emotions are learnable but not trivially separable: a nearest-centroid
 * classifier on six prosodic measures, trained on six speakers and tested on two unseen
 * ones, lands well above chance (1/8) and well below 100 %.
 */
class SeparabilityTest {
    private static float[] features(Audio a) {
        double[] track = VoiceMeasures.f0Track(a.samples(), a.sampleRate());
        double f0 = VoiceMeasures.meanF0(track, 0, 1);
        return new float[] {
            (float) Math.log(f0),
            (float) VoiceMeasures.f0RangeSemitones(track),
            (float) (20 * Math.log10(VoiceMeasures.rms(a.samples()))),
            (float) a.durationSeconds(),
            (float) VoiceMeasures.alphaRatioDb(a.samples(), a.sampleRate()),
            (float) (12 * Math.log(VoiceMeasures.meanF0(track, 0.85, 1) / VoiceMeasures.meanF0(track, 0.4, 0.7))
                    / Math.log(2)),
        };
    }

    @Test
    void speakerIndependentNearestCentroidIsWellAboveChanceButNotPerfect() {
        SyntheticCorpus corpus = new SyntheticCorpus(new SynthConfig(8, 4, 77, 16000));
        LabelEncoder enc = LabelEncoder.ofOrder(SyntheticCorpus.emotions());
        List<float[]> trainX = new ArrayList<>();
        List<Integer> trainY = new ArrayList<>();
        List<float[]> testX = new ArrayList<>();
        List<Integer> testY = new ArrayList<>();
        int[][] takes = {{1, 1, 1}, {1, 2, 1}, {2, 1, 1}, {2, 2, 1}};
        for (int actor = 1; actor <= 8; actor++) {
            for (Emotion e : SyntheticCorpus.emotions()) {
                for (int[] t : takes) {
                    if (e == Emotion.NEUTRAL && t[0] == 2) {
                        continue;
                    }
                    float[] f = features(corpus.utterance(actor, e, t[0], t[1], t[2]));
                    (actor <= 6 ? trainX : testX).add(f);
                    (actor <= 6 ? trainY : testY).add(enc.encode(e));
                }
            }
        }
        StandardScaler scaler = StandardScaler.fit(trainX.toArray(new float[0][]));
        int k = enc.size();
        int d = trainX.get(0).length;
        double[][] centroid = new double[k][d];
        int[] count = new int[k];
        for (int i = 0; i < trainX.size(); i++) {
            float[] z = scaler.transform(trainX.get(i));
            int y = trainY.get(i);
            count[y]++;
            for (int j = 0; j < d; j++) {
                centroid[y][j] += z[j];
            }
        }
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                centroid[c][j] /= count[c];
            }
        }
        int[] yTrue = new int[testX.size()];
        int[] yPred = new int[testX.size()];
        for (int i = 0; i < testX.size(); i++) {
            float[] z = scaler.transform(testX.get(i));
            double best = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double dist = 0;
                for (int j = 0; j < d; j++) {
                    dist += (z[j] - centroid[c][j]) * (z[j] - centroid[c][j]);
                }
                if (dist < best) {
                    best = dist;
                    yPred[i] = c;
                }
            }
            yTrue[i] = testY.get(i);
        }
        ClassificationReport report = ClassificationReport.of(yTrue, yPred, enc.labels());
        System.out.println(report.toText(3));
        System.out.println(report.confusion().format());
        assertThat(report.uar()).isBetween(0.30, 0.95);
        assertThat(report.accuracy()).isLessThan(0.95);
    }
}
