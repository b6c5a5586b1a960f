package io.github.ser4j.model.research;

import io.github.ser4j.data.corpus.Corpora;
import io.github.ser4j.data.corpus.Utterance;
import io.github.ser4j.data.emotion.Emotion;
import io.github.ser4j.data.metrics.ClassificationReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Late fusion of saved LOSO test probabilities: the equal-weight average of the class
 * probabilities of each file given on the command line (written by the experiments'
 * {@code probs=} option), scored per fold and pooled.
 * Usage: {@code FusionReport <corpus dir> <probs file>...}
 */
public final class FusionReport {
    private FusionReport() {
    }

    public static void main(String[] args) throws IOException {
        List<Utterance> utts = Corpora.read(Path.of(args[0])).utterances();
        List<Emotion> emotions = utts.stream().map(Utterance::emotion).distinct().sorted().toList();
        int k = emotions.size();
        float[][] p = new float[utts.size()][k];
        for (int f = 1; f < args.length; f++) {
            float[][] q = EmoDbLosoExperiment.readMatrix(Path.of(args[f]));
            for (int i = 0; i < p.length; i++) {
                for (int c = 0; c < k; c++) {
                    p[i][c] += q[i][c] / (args.length - 1);
                }
            }
        }
        int[] label = utts.stream().mapToInt(u -> emotions.indexOf(u.emotion())).toArray();
        List<String> speakers = utts.stream().map(Utterance::speaker).distinct().sorted().toList();
        double sumUar = 0;
        double sumAcc = 0;
        StringBuilder perFold = new StringBuilder();
        for (String s : speakers) {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < utts.size(); i++) {
                if (utts.get(i).speaker().equals(s)) {
                    idx.add(i);
                }
            }
            int[] y = idx.stream().mapToInt(i -> label[i]).toArray();
            int[] pr = idx.stream().mapToInt(i -> MlpClassifier.argmax(p[i])).toArray();
            ClassificationReport r = ClassificationReport.of(y, pr, EmoDbLosoExperiment.names(emotions));
            sumUar += r.uar();
            sumAcc += r.accuracy();
            perFold.append(String.format(Locale.ROOT, " %s:%.1f", s.substring(s.indexOf(':') + 1), 100 * r.uar()));
        }
        int[] pred = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            pred[i] = MlpClassifier.argmax(p[i]);
        }
        ClassificationReport pooled = ClassificationReport.of(label, pred, EmoDbLosoExperiment.names(emotions));
        System.out.printf(Locale.ROOT, "FUSION mean-fold UAR %.2f%% acc %.2f%% | pooled UAR %.2f%% acc %.2f%%%n",
                100 * sumUar / speakers.size(), 100 * sumAcc / speakers.size(), 100 * pooled.uar(),
                100 * pooled.accuracy());
        System.out.println("per-fold UAR:" + perFold);
        System.out.println(pooled.toText(3));
    }
}
