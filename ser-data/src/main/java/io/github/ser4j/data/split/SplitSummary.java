package io.github.ser4j.data.split;

import io.github.ser4j.data.emotion.Emotion;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Formats a split's class and speaker counts per part as a fixed-width table. */
final class SplitSummary {
    private SplitSummary() {
    }

    static String format(Split split) {
        List<Part> parts = List.of(split.train(), split.validation(), split.test());
        String[] names = {"train", "validation", "test"};
        Set<Emotion> emotions = EnumSet.noneOf(Emotion.class);
        parts.forEach(p -> emotions.addAll(p.classCounts().keySet()));
        StringBuilder sb = new StringBuilder();
        sb.append(split.name()).append('\n');
        sb.append(String.format("%-12s", "emotion"));
        for (String n : names) {
            sb.append(String.format("%11s", n));
        }
        sb.append('\n');
        for (Emotion e : emotions) {
            sb.append(String.format("%-12s", e.label()));
            for (Part p : parts) {
                sb.append(String.format("%11d", p.classCounts().getOrDefault(e, 0)));
            }
            sb.append('\n');
        }
        sb.append(String.format("%-12s", "utterances"));
        parts.forEach(p -> sb.append(String.format("%11d", p.size())));
        sb.append('\n').append(String.format("%-12s", "speakers"));
        parts.forEach(p -> sb.append(String.format("%11d", p.speakers().size())));
        sb.append('\n').append("speaker-independent: ").append(split.isSpeakerIndependent() ? "yes" : "no").append('\n');
        for (int i = 0; i < parts.size(); i++) {
            Map<String, Integer> sc = parts.get(i).speakerCounts();
            if (!sc.isEmpty()) {
                sb.append(names[i]).append(" speakers: ").append(sc).append('\n');
            }
        }
        return sb.toString();
    }
}
