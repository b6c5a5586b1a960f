package io.github.ser4j.cli.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small JSON writer: objects are built as ordered maps and lists of values, and written
 * with {@link #write}. Strings are escaped as RFC 8259 asks; non-finite numbers become
 * {@code null}; doubles are written with {@link #DECIMALS} decimals.
 */
public final class Json {
    /** Decimals of a written double. */
    public static final int DECIMALS = 4;

    private Json() {
    }

    /**
     * Writes a value: a {@link Map} (keys as strings, in iteration order), a {@link List}, a
     * {@link String}, a {@link Number}, a {@link Boolean}, a {@code double[]}, {@code int[]},
     * {@code long[]}, {@code long[][]}, a {@link Raw} fragment, or null.
     *
     * @param indent spaces per nesting level; 0 writes one line
     */
    public static String write(Object value, int indent) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, indent, 0);
        return sb.toString();
    }

    /** A piece of JSON written as it is (e.g. from another writer). */
    public record Raw(String json) {
    }

    private static void write(StringBuilder sb, Object v, int indent, int level) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Raw r) {
            sb.append(r.json());
        } else if (v instanceof String s) {
            sb.append(quote(s));
        } else if (v instanceof Double || v instanceof Float) {
            sb.append(number(((Number) v).doubleValue()));
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof double[] a) {
            list(sb, java.util.Arrays.stream(a).boxed().toList(), 0, level);
        } else if (v instanceof int[] a) {
            list(sb, java.util.Arrays.stream(a).boxed().toList(), 0, level);
        } else if (v instanceof long[] a) {
            list(sb, java.util.Arrays.stream(a).boxed().toList(), 0, level);
        } else if (v instanceof long[][] a) {
            list(sb, java.util.Arrays.asList((Object[]) a), indent, level);
        } else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(first ? "" : ",");
                newline(sb, indent, level + 1);
                sb.append(quote(String.valueOf(e.getKey()))).append(": ");
                write(sb, e.getValue(), indent, level + 1);
                first = false;
            }
            newline(sb, indent, level);
            sb.append('}');
        } else if (v instanceof List<?> l) {
            list(sb, l, indent, level);
        } else {
            throw new IllegalArgumentException("cannot write a " + v.getClass().getName() + " as JSON");
        }
    }

    private static void list(StringBuilder sb, List<?> l, int indent, int level) {
        if (l.isEmpty()) {
            sb.append("[]");
            return;
        }
        boolean flat = l.stream().allMatch(x -> x == null || x instanceof Number || x instanceof String
                || x instanceof Boolean || x instanceof long[]);
        int in = flat ? 0 : indent;
        sb.append('[');
        for (int i = 0; i < l.size(); i++) {
            sb.append(i == 0 ? "" : in == 0 ? ", " : ",");
            newline(sb, in, level + 1);
            write(sb, l.get(i), indent, level + 1);
        }
        newline(sb, in, level);
        sb.append(']');
    }

    private static void newline(StringBuilder sb, int indent, int level) {
        if (indent > 0) {
            sb.append('\n').append(" ".repeat(indent * level));
        }
    }

    /** A finite number with {@link #DECIMALS} decimals, or {@code null}. */
    public static String number(double d) {
        if (!Double.isFinite(d)) {
            return "null";
        }
        return String.format(Locale.ROOT, "%." + DECIMALS + "f", d);
    }

    /** A JSON string literal (RFC 8259 escaping). */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
