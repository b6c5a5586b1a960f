package io.github.ser4j.model.bundle;

import io.github.ser4j.data.features.FeatureRecipe;
import io.github.ser4j.data.prep.StandardScaler;
import io.github.ser4j.model.train.FeatureScaler;
import io.github.ser4j.model.train.Scaling;
import io.github.ser4j.nn.io.NpyArray;
import io.github.ser4j.nn.io.StateFile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundle file format, version 1. All numbers are big-endian; strings are a 4-byte length
 * and UTF-8 bytes.
 *
 * <pre>
 * offset  size  field
 * 0       8     magic "SER4JMB\0"
 * 8       4     format version (1)
 * 12      8     content length L
 * 20      L     content: six sections, each tag(4 ASCII) length(4) body, in this order:
 *                 ARCH  zoo name, classes, input rank and axes, hyperparameter count and pairs
 *                 RECP  the feature recipe's canonical text
 *                 SCAL  scaling mode, sample rank and axes, StandardScaler bytes (empty for NONE)
 *                 LABL  class count, class names in index order
 *                 META  corpora, split, metrics (name, double), created (ISO-8601), version, seed, notes
 *                 WGHT  parameters and buffers in the StateFile format (itself CRC-checked)
 * 20+L    32    SHA-256 of bytes [0, 20+L)
 * </pre>
 *
 * Reading checks, in order: the magic (else {@code NOT_A_BUNDLE}), the version, the declared
 * length against the file size ({@code TRUNCATED}), the SHA-256 ({@code CHECKSUM_MISMATCH}),
 * then parses each section with every count checked against the bytes left
 * ({@code MALFORMED}).
 */
final class BundleCodec {
    static final byte[] MAGIC = {'S', 'E', 'R', '4', 'J', 'M', 'B', 0};
    static final int VERSION = 1;
    static final int HEADER = 20;
    static final int DIGEST = 32;
    /** Largest bundle read: 1 GiB (ResNet-18's weights take 45 MB). */
    static final long MAX_CONTENT = 1L << 30;
    private static final String[] TAGS = {"ARCH", "RECP", "SCAL", "LABL", "META", "WGHT"};
    private static final int MAX_ITEMS = 1 << 16;

    private BundleCodec() {
    }

    // ------------------------------------------------------------------ write

    static byte[] encode(ModelBundle b) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(content);
        section(out, "ARCH", s -> {
            ModelArchitecture a = b.architecture();
            writeString(s, a.name());
            s.writeInt(a.numClasses());
            writeShape(s, a.inputShape());
            s.writeInt(a.hyperparameters().size());
            for (Map.Entry<String, String> e : a.hyperparameters().entrySet()) {
                writeString(s, e.getKey());
                writeString(s, e.getValue());
            }
        });
        section(out, "RECP", s -> writeString(s, b.recipe().toText()));
        section(out, "SCAL", s -> {
            FeatureScaler f = b.scaler();
            writeString(s, f.mode().name());
            writeShape(s, f.sampleShape());
            byte[] sc = f.scaler() == null ? new byte[0] : f.scaler().toBytes();
            s.writeInt(sc.length);
            s.write(sc);
        });
        section(out, "LABL", s -> {
            s.writeInt(b.labels().size());
            for (String l : b.labels()) {
                writeString(s, l);
            }
        });
        section(out, "META", s -> {
            TrainingMetadata m = b.metadata();
            s.writeInt(m.corpora().size());
            for (String c : m.corpora()) {
                writeString(s, c);
            }
            writeString(s, m.split());
            s.writeInt(m.metrics().size());
            for (Map.Entry<String, Double> e : m.metrics().entrySet()) {
                writeString(s, e.getKey());
                s.writeDouble(e.getValue());
            }
            writeString(s, m.created().toString());
            writeString(s, m.version());
            s.writeLong(m.seed());
            s.writeInt(m.notes().size());
            for (Map.Entry<String, String> e : m.notes().entrySet()) {
                writeString(s, e.getKey());
                writeString(s, e.getValue());
            }
        });
        section(out, "WGHT", s -> StateFile.write(s, b.weights()));
        out.flush();
        byte[] body = content.toByteArray();
        ByteBuffer whole = ByteBuffer.allocate(HEADER + body.length + DIGEST);
        whole.put(MAGIC).putInt(VERSION).putLong(body.length).put(body);
        whole.put(sha256(whole.array(), 0, HEADER + body.length));
        return whole.array();
    }

    private interface SectionWriter {
        void write(DataOutputStream out) throws IOException;
    }

    private static void section(DataOutputStream out, String tag, SectionWriter writer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream s = new DataOutputStream(bytes);
        writer.write(s);
        s.flush();
        out.write(tag.getBytes(StandardCharsets.US_ASCII));
        out.writeInt(bytes.size());
        bytes.writeTo(out);
    }

    private static void writeString(DataOutputStream s, String v) throws IOException {
        byte[] b = v.getBytes(StandardCharsets.UTF_8);
        s.writeInt(b.length);
        s.write(b);
    }

    private static void writeShape(DataOutputStream s, int[] shape) throws IOException {
        s.writeInt(shape.length);
        for (int d : shape) {
            s.writeInt(d);
        }
    }

    // ------------------------------------------------------------------ read

    /** Checks the envelope of {@code bytes} (the whole file) and returns the content's bounds. */
    static void checkEnvelope(byte[] head, long fileSize, String file) throws BundleFormatException {
        int n = (int) Math.min(head.length, MAGIC.length);
        if (!Arrays.equals(head, 0, n, MAGIC, 0, n)) {
            throw new BundleFormatException(file, BundleFormatException.Problem.NOT_A_BUNDLE,
                    "the file starts with " + HexFormat.of().formatHex(head, 0, n) + ", a bundle with "
                            + HexFormat.of().formatHex(MAGIC) + " (\"SER4JMB\")");
        }
        if (fileSize < HEADER + DIGEST) {
            throw new BundleFormatException(file, BundleFormatException.Problem.TRUNCATED,
                    "the file has " + fileSize + " bytes, fewer than the " + (HEADER + DIGEST)
                            + " of an empty bundle's header and checksum");
        }
        ByteBuffer h = ByteBuffer.wrap(head);
        int version = h.getInt(8);
        if (version != VERSION) {
            throw new BundleFormatException(file, BundleFormatException.Problem.UNSUPPORTED_VERSION,
                    "format version " + version + ", this library reads version " + VERSION);
        }
        long length = h.getLong(12);
        if (length < 0 || length > MAX_CONTENT) {
            throw new BundleFormatException(file, BundleFormatException.Problem.MALFORMED,
                    "declared content length " + length + " is outside [0, " + MAX_CONTENT + "]");
        }
        long expected = HEADER + length + DIGEST;
        if (fileSize < expected) {
            throw new BundleFormatException(file, BundleFormatException.Problem.TRUNCATED,
                    "the header declares " + expected + " bytes, the file has " + fileSize);
        }
        if (fileSize > expected) {
            throw new BundleFormatException(file, BundleFormatException.Problem.MALFORMED,
                    (fileSize - expected) + " unexpected bytes after the checksum (the header declares "
                            + expected + " bytes)");
        }
    }

    /** Decodes a whole file whose envelope {@link #checkEnvelope} accepted. */
    static ModelBundle decode(byte[] bytes, String file) throws BundleFormatException {
        int end = bytes.length - DIGEST;
        byte[] actual = sha256(bytes, 0, end);
        byte[] recorded = Arrays.copyOfRange(bytes, end, bytes.length);
        if (!MessageDigest.isEqual(actual, recorded)) {
            throw new BundleFormatException(file, BundleFormatException.Problem.CHECKSUM_MISMATCH,
                    "the content's SHA-256 is " + HexFormat.of().formatHex(actual) + ", the file records "
                            + HexFormat.of().formatHex(recorded) + " (the file is damaged or was altered)");
        }
        SectionReader[] sections = new SectionReader[TAGS.length];
        int pos = HEADER;
        for (int i = 0; i < TAGS.length; i++) {
            if (end - pos < 8) {
                throw new BundleFormatException(file, BundleFormatException.Problem.MALFORMED,
                        "section " + TAGS[i] + " is missing (content ends at byte " + pos + ")");
            }
            String tag = new String(bytes, pos, 4, StandardCharsets.ISO_8859_1);
            if (!tag.equals(TAGS[i])) {
                throw new BundleFormatException(file, BundleFormatException.Problem.MALFORMED,
                        "expected section " + TAGS[i] + " at byte " + pos + ", found '" + printable(tag) + "'");
            }
            int len = ByteBuffer.wrap(bytes, pos + 4, 4).getInt();
            if (len < 0 || len > end - pos - 8) {
                throw new BundleFormatException(file, BundleFormatException.Problem.MALFORMED,
                        "section " + tag + " declares " + len + " bytes, " + (end - pos - 8) + " remain");
            }
            sections[i] = new SectionReader(bytes, pos + 8, len, file, tag);
            pos += 8 + len;
        }
        if (pos != end) {
            throw new BundleFormatException(file, BundleFormatException.Problem.MALFORMED,
                    (end - pos) + " unexpected bytes after the last section");
        }
        ModelArchitecture arch = readArchitecture(sections[0]);
        FeatureRecipe recipe = readRecipe(sections[1]);
        FeatureScaler scaler = readScaler(sections[2]);
        List<String> labels = readLabels(sections[3]);
        TrainingMetadata meta = readMetadata(sections[4]);
        Map<String, NpyArray> weights = readWeights(sections[5], file);
        try {
            return new ModelBundle(arch, recipe, scaler, labels, meta, weights, file);
        } catch (IllegalArgumentException e) {
            throw new BundleFormatException(file, BundleFormatException.Problem.MALFORMED, e.getMessage(), e);
        }
    }

    private static ModelArchitecture readArchitecture(SectionReader s) throws BundleFormatException {
        String name = s.readString("architecture name");
        int classes = s.readInt("class count");
        int[] shape = readShape(s, "input shape");
        int n = s.readCount("hyperparameter count", 8, MAX_ITEMS);
        Map<String, String> hyper = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            hyper.put(s.readString("hyperparameter name"), s.readString("hyperparameter value"));
        }
        s.expectEnd();
        try {
            return new ModelArchitecture(name, classes, shape, hyper);
        } catch (IllegalArgumentException e) {
            throw s.invalid(e.getMessage(), e);
        }
    }

    private static FeatureRecipe readRecipe(SectionReader s) throws BundleFormatException {
        String text = s.readString("recipe text");
        s.expectEnd();
        try {
            return FeatureRecipe.parse(text);
        } catch (RuntimeException e) {
            throw s.invalid("the feature recipe does not parse: " + e.getMessage(), e);
        }
    }

    private static FeatureScaler readScaler(SectionReader s) throws BundleFormatException {
        String modeName = s.readString("scaling mode");
        int[] shape = readShape(s, "sample shape");
        byte[] sc = s.readBytes("scaler");
        s.expectEnd();
        try {
            Scaling mode = Scaling.valueOf(modeName);
            return FeatureScaler.of(mode, shape, sc.length == 0 ? null : StandardScaler.fromBytes(sc));
        } catch (IOException | RuntimeException e) {
            throw s.invalid("bad scaling '" + modeName + "': " + e.getMessage(), e);
        }
    }

    private static List<String> readLabels(SectionReader s) throws BundleFormatException {
        int n = s.readCount("label count", 4, MAX_ITEMS);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(s.readString("label " + i));
        }
        s.expectEnd();
        return out;
    }

    private static TrainingMetadata readMetadata(SectionReader s) throws BundleFormatException {
        int nc = s.readCount("corpus count", 4, MAX_ITEMS);
        List<String> corpora = new ArrayList<>(nc);
        for (int i = 0; i < nc; i++) {
            corpora.add(s.readString("corpus name"));
        }
        String split = s.readString("split");
        int nm = s.readCount("metric count", 12, MAX_ITEMS);
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (int i = 0; i < nm; i++) {
            String key = s.readString("metric name");
            metrics.put(key, s.readDouble("metric " + key));
        }
        String created = s.readString("creation time");
        String version = s.readString("version");
        long seed = s.readLong("seed");
        int nn = s.readCount("note count", 8, MAX_ITEMS);
        Map<String, String> notes = new LinkedHashMap<>();
        for (int i = 0; i < nn; i++) {
            notes.put(s.readString("note name"), s.readString("note value"));
        }
        s.expectEnd();
        try {
            return new TrainingMetadata(corpora, split, metrics, Instant.parse(created), version, seed, notes);
        } catch (DateTimeParseException e) {
            throw s.invalid("creation time '" + created + "' is not ISO-8601", e);
        }
    }

    private static Map<String, NpyArray> readWeights(SectionReader s, String file)
            throws BundleFormatException {
        byte[] state = s.readRemaining();
        try {
            ByteArrayInputStream in = new ByteArrayInputStream(state);
            Map<String, NpyArray> weights = StateFile.read(in, file + " (weights)");
            if (in.available() > 0) {
                throw s.invalid(in.available() + " unexpected bytes after the weights", null);
            }
            return weights;
        } catch (IOException e) {
            throw s.invalid("the weights do not read: " + e.getMessage(), e);
        }
    }

    private static int[] readShape(SectionReader s, String what) throws BundleFormatException {
        int rank = s.readCount(what + " rank", 4, 8);
        int[] shape = new int[rank];
        for (int i = 0; i < rank; i++) {
            shape[i] = s.readInt(what + " axis " + i);
        }
        return shape;
    }

    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\x%02x", (int) c));
        }
        return sb.toString();
    }

    static byte[] sha256(byte[] data, int from, int to) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(data, from, to - from);
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
