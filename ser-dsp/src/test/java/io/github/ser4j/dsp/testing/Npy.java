package io.github.ser4j.dsp.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads NumPy {@code .npy} arrays (format 1.0-3.0, little-endian, C order) and {@code .npz}
 * archives of them, for comparing against golden outputs. Values come back as doubles;
 * complex arrays ({@code <c8}, {@code <c16}) come back with a trailing axis of 2 = (re, im).
 */
public final class Npy {
    /** A decoded array: its shape, its dtype string and its values in C order. */
    public record Array(int[] shape, String dtype, double[] data) {
        /** Number of elements. */
        public int size() {
            return data.length;
        }

        /** Element {@code (i, j)} of a 2-D array. */
        public double at(int i, int j) {
            return data[i * shape[1] + j];
        }

        /** The values as floats. */
        public float[] toFloats() {
            float[] f = new float[data.length];
            for (int i = 0; i < f.length; i++) {
                f[i] = (float) data[i];
            }
            return f;
        }

        /** A 2-D array as rows of floats. */
        public float[][] toFloatMatrix() {
            if (shape.length != 2) {
                throw new IllegalStateException("not 2-D: " + Arrays.toString(shape));
            }
            float[][] m = new float[shape[0]][shape[1]];
            for (int i = 0; i < shape[0]; i++) {
                for (int j = 0; j < shape[1]; j++) {
                    m[i][j] = (float) data[i * shape[1] + j];
                }
            }
            return m;
        }
    }

    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private Npy() {
    }

    /** Reads one {@code .npy} file. */
    public static Array read(Path path) throws IOException {
        return parse(Files.readAllBytes(path), path.toString());
    }

    /** Reads a {@code .npy} test resource (a path under src/test/resources). */
    public static Array resource(String name) throws IOException {
        try (InputStream in = Npy.class.getResourceAsStream(name.startsWith("/") ? name : "/" + name)) {
            if (in == null) {
                throw new IOException("no test resource " + name);
            }
            return parse(in.readAllBytes(), name);
        }
    }

    /** Reads every array of a {@code .npz} test resource, by name (without ".npy"). */
    public static Map<String, Array> npzResource(String name) throws IOException {
        try (InputStream in = Npy.class.getResourceAsStream(name.startsWith("/") ? name : "/" + name)) {
            if (in == null) {
                throw new IOException("no test resource " + name);
            }
            return npz(in, name);
        }
    }

    /** Reads every array of a {@code .npz} archive, by name (without ".npy"). */
    public static Map<String, Array> npz(InputStream in, String source) throws IOException {
        Map<String, Array> out = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                zip.transferTo(buf);
                String key = e.getName().endsWith(".npy") ? e.getName().substring(0, e.getName().length() - 4) : e.getName();
                out.put(key, parse(buf.toByteArray(), source + ":" + e.getName()));
            }
        }
        return out;
    }

    static Array parse(byte[] bytes, String source) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 10 || (bytes[0] & 0xff) != 0x93 || bytes[1] != 'N' || bytes[2] != 'U') {
            throw new IOException(source + ": not a .npy file");
        }
        int major = bytes[6];
        int headerLen;
        int start;
        if (major == 1) {
            headerLen = b.getShort(8) & 0xffff;
            start = 10;
        } else {
            headerLen = b.getInt(8);
            start = 12;
        }
        String header = new String(bytes, start, headerLen, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Matcher d = DESCR.matcher(header);
        Matcher f = FORTRAN.matcher(header);
        Matcher s = SHAPE.matcher(header);
        if (!d.find() || !f.find() || !s.find()) {
            throw new IOException(source + ": bad .npy header " + header);
        }
        if (f.group(1).equals("True")) {
            throw new IOException(source + ": Fortran order not supported");
        }
        String dtype = d.group(1);
        String[] dims = s.group(1).split(",");
        int[] shape = Arrays.stream(dims).map(String::trim).filter(x -> !x.isEmpty()).mapToInt(Integer::parseInt).toArray();
        long count = 1;
        for (int v : shape) {
            count *= v;
        }
        b.position(start + headerLen);
        boolean complex = dtype.endsWith("c8") || dtype.endsWith("c16");
        int n = (int) (complex ? 2 * count : count);
        double[] data = new double[n];
        switch (dtype.substring(1)) {
            case "f4", "c8" -> {
                for (int i = 0; i < n; i++) {
                    data[i] = b.getFloat();
                }
            }
            case "f8", "c16" -> {
                for (int i = 0; i < n; i++) {
                    data[i] = b.getDouble();
                }
            }
            case "i8" -> {
                for (int i = 0; i < n; i++) {
                    data[i] = b.getLong();
                }
            }
            case "i4" -> {
                for (int i = 0; i < n; i++) {
                    data[i] = b.getInt();
                }
            }
            case "b1", "u1" -> {
                for (int i = 0; i < n; i++) {
                    data[i] = b.get() & 0xff;
                }
            }
            default -> throw new IOException(source + ": unsupported dtype " + dtype);
        }
        if (dtype.charAt(0) == '>') {
            throw new IOException(source + ": big-endian arrays are not supported");
        }
        if (complex) {
            shape = Arrays.copyOf(shape, shape.length + 1);
            shape[shape.length - 1] = 2;
        }
        return new Array(shape, dtype, data);
    }
}
