package io.github.ser4j.data.features;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes features as CSV, the way the seed projects save them: one row per example, the
 * feature values first ({@code f0 ... f<n-1>}, a matrix flattened in C order, row by row),
 * then {@code label,speaker,corpus,copy,path}. Values are written with {@link Float#toString},
 * which reads back to the same float32.
 */
public final class FeatureCsv {
    private FeatureCsv() {
    }

    /** Writes every entry of {@code set} to {@code file}. */
    public static void write(Path file, FeatureSet set) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(w, set);
        }
    }

    /** Writes every entry of {@code set} to {@code out} (not closed). */
    public static void write(Writer out, FeatureSet set) throws IOException {
        int n = set.entries().isEmpty() ? 0 : set.entries().get(0).features().size();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append('f').append(i).append(',');
        }
        sb.append("label,speaker,corpus,copy,path\n");
        out.write(sb.toString());
        for (FeatureSet.Entry e : set.entries()) {
            float[] d = e.features().data();
            if (d.length != n) {
                throw new IllegalStateException("entries differ in size (" + n + " and " + d.length + "): "
                        + e.source().path() + "; CSV needs a recipe with a fixed output shape");
            }
            sb.setLength(0);
            for (float v : d) {
                sb.append(v).append(',');
            }
            sb.append(e.label().label()).append(',').append(quote(e.source().speaker())).append(',')
                    .append(e.source().corpus().id()).append(',').append(e.copyIndex()).append(',')
                    .append(quote(e.source().path().toString())).append('\n');
            out.write(sb.toString());
        }
    }

    /** One matrix ({@code [rows][cols]}) as CSV rows without a header, as {@code np.savetxt(f, m, delimiter=',')} lays it out. */
    public static void writeMatrix(Writer out, FeatureArray a) throws IOException {
        int[] s = a.shape();
        int cols = s.length == 2 ? s[1] : a.size();
        int rows = s.length == 2 ? s[0] : 1;
        float[] d = a.data();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            sb.setLength(0);
            for (int j = 0; j < cols; j++) {
                if (j > 0) {
                    sb.append(',');
                }
                sb.append(d[i * cols + j]);
            }
            sb.append('\n');
            out.write(sb.toString());
        }
    }

    /** RFC 4180 quoting where needed. */
    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
