package io.github.ser4j.nn.io;

import io.github.ser4j.nn.tensor.Tensor;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes single NumPy arrays in the {@code .npy} format (versions 1.0, 2.0 and
 * 3.0), the format {@code numpy.save} writes and the way weights travel between PyTorch
 * ({@code tensor.numpy()}) and Java.
 *
 * <p>A {@code .npy} file is: the magic {@code \x93NUMPY}; a major and minor version byte;
 * the header length (unsigned little-endian, 2 bytes in version 1.0, 4 bytes in 2.0 and
 * 3.0); the header, a Python dict literal such as
 * {@code {'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }} padded with spaces and
 * a newline so that the data starts on a 64-byte boundary; then the elements, C order
 * (last axis fastest) unless {@code fortran_order} is true.
 *
 * <p>Reading accepts little- and big-endian data and Fortran order (both are converted to
 * little-endian C order). Every length is checked before anything is allocated from it:
 * the header is capped at {@value #MAX_HEADER_BYTES} bytes, and the data is read as it
 * arrives, so a file that claims a huge shape but holds few bytes fails as truncated
 * instead of reserving memory. Writing produces version 1.0 (2.0 for headers longer than
 * 65535 bytes), little-endian, C order, as {@code numpy.save} does.
 */
public final class Npy {
    /** Largest header accepted; NumPy's own limit for untrusted files is 10000 bytes. */
    public static final int MAX_HEADER_BYTES = 1 << 16;

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private Npy() {
    }

    /** Reads the array in {@code file}. */
    public static NpyArray read(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read(in, file.toString());
        }
    }

    /** Reads the array in {@code file} as a float32 tensor (float64 and integers are converted). */
    public static Tensor readTensor(Path file) throws IOException {
        return read(file).toTensor();
    }

    /**
     * Reads one array from {@code in}, consuming exactly its bytes; {@code source} names the
     * stream in error messages (a file name, or {@code archive.npz:entry}).
     */
    public static NpyArray read(InputStream in, String source) throws IOException {
        byte[] magic = in.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new NpyFormatException(source + ": not a .npy file (bad magic " + hex(magic) + ")");
        }
        int major = in.read();
        int minor = in.read();
        if (major < 0 || minor < 0) {
            throw new NpyFormatException(source + ": truncated before the format version");
        }
        if (major < 1 || major > 3) {
            throw new NpyFormatException(source + ": unsupported .npy format version " + major + "." + minor);
        }
        byte[] lenBytes = in.readNBytes(major == 1 ? 2 : 4);
        if (lenBytes.length != (major == 1 ? 2 : 4)) {
            throw new NpyFormatException(source + ": truncated in the header length");
        }
        long headerLen = 0;
        for (int i = lenBytes.length - 1; i >= 0; i--) {
            headerLen = (headerLen << 8) | (lenBytes[i] & 0xFF);
        }
        if (headerLen > MAX_HEADER_BYTES) {
            throw new NpyFormatException(source + ": header length " + headerLen + " exceeds " + MAX_HEADER_BYTES);
        }
        byte[] headerBytes = in.readNBytes((int) headerLen);
        if (headerBytes.length != headerLen) {
            throw new NpyFormatException(source + ": truncated header (" + headerBytes.length + " of "
                    + headerLen + " bytes)");
        }
        String header = new String(headerBytes,
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Header h = parseHeader(header, source);

        long expected = h.count * h.dtype.itemSize();
        if (expected > Integer.MAX_VALUE - 8) {
            throw new NpyFormatException(source + ": array of shape " + Arrays.toString(h.shape) + " and dtype "
                    + h.dtype.code() + " is too large (" + expected + " bytes)");
        }
        // readNBytes grows its buffer as data arrives, so a lying shape cannot reserve memory.
        byte[] data = in.readNBytes((int) expected);
        if (data.length != expected) {
            throw new NpyFormatException(source + ": truncated data (" + data.length + " of " + expected
                    + " bytes for shape " + Arrays.toString(h.shape) + ", dtype " + h.dtype.code() + ")");
        }
        if (h.bigEndian) {
            swapBytes(data, h.dtype.itemSize());
        }
        if (h.fortranOrder && h.shape.length > 1) {
            data = fortranToC(data, h.shape, h.dtype.itemSize());
        }
        return new NpyArray(h.dtype, h.shape, data);
    }

    private record Header(NpyDtype dtype, boolean bigEndian, boolean fortranOrder, int[] shape, long count) {
    }

    private static Header parseHeader(String header, String source) throws NpyFormatException {
        Matcher d = DESCR.matcher(header);
        Matcher f = FORTRAN.matcher(header);
        Matcher s = SHAPE.matcher(header);
        if (!d.find() || !f.find() || !s.find()) {
            throw new NpyFormatException(source + ": malformed header " + header.strip());
        }
        String descr = d.group(1);
        boolean bigEndian = false;
        String code = descr;
        if (!descr.isEmpty() && "<>|=".indexOf(descr.charAt(0)) >= 0) {
            bigEndian = descr.charAt(0) == '>';
            code = descr.substring(1);
        }
        // NumPy writes one-byte booleans as '|b1' and one-byte ints as '|i1'/'|u1'; '?' is its bool alias.
        if (code.equals("?")) {
            code = "b1";
        }
        NpyDtype dtype = NpyDtype.ofCode(code);
        if (dtype == null) {
            throw new NpyFormatException(source + ": unsupported dtype '" + descr + "'");
        }
        String[] parts = s.group(1).split(",");
        int[] shape = new int[parts.length];
        int rank = 0;
        long count = 1;
        for (String p : parts) {
            String t = p.strip();
            if (t.endsWith("L")) { // Python 2 long literal
                t = t.substring(0, t.length() - 1);
            }
            if (t.isEmpty()) {
                continue;
            }
            long dim;
            try {
                dim = Long.parseLong(t);
            } catch (NumberFormatException e) {
                throw new NpyFormatException(source + ": bad dimension '" + t + "' in shape (" + s.group(1) + ")");
            }
            if (dim < 0 || dim > Integer.MAX_VALUE) {
                throw new NpyFormatException(source + ": bad dimension " + dim + " in shape (" + s.group(1) + ")");
            }
            shape[rank++] = (int) dim;
            count *= dim;
            if (count > Integer.MAX_VALUE) {
                throw new NpyFormatException(source + ": shape (" + s.group(1) + ") has too many elements");
            }
        }
        return new Header(dtype, bigEndian, f.group(1).equals("True"), Arrays.copyOf(shape, rank), count);
    }

    private static void swapBytes(byte[] data, int itemSize) {
        for (int off = 0; off + itemSize <= data.length; off += itemSize) {
            for (int i = 0, j = itemSize - 1; i < j; i++, j--) {
                byte t = data[off + i];
                data[off + i] = data[off + j];
                data[off + j] = t;
            }
        }
    }

    /** Reorders elements stored first-axis-fastest into last-axis-fastest order. */
    private static byte[] fortranToC(byte[] data, int[] shape, int itemSize) {
        int rank = shape.length;
        int[] cStride = new int[rank];
        cStride[rank - 1] = 1;
        for (int a = rank - 2; a >= 0; a--) {
            cStride[a] = cStride[a + 1] * shape[a + 1];
        }
        byte[] out = new byte[data.length];
        int[] idx = new int[rank];
        int n = data.length / itemSize;
        int cOff = 0;
        for (int fi = 0; fi < n; fi++) {
            System.arraycopy(data, fi * itemSize, out, cOff * itemSize, itemSize);
            // Advance the multi-index with axis 0 fastest, keeping the C offset in step.
            for (int a = 0; a < rank; a++) {
                idx[a]++;
                cOff += cStride[a];
                if (idx[a] < shape[a]) {
                    break;
                }
                cOff -= idx[a] * cStride[a];
                idx[a] = 0;
            }
        }
        return out;
    }

    /** Writes {@code array} to {@code file} (replacing it). */
    public static void write(Path file, NpyArray array) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            write(out, array);
        }
    }

    /** Writes {@code tensor} to {@code file} as a little-endian float32 array. */
    public static void write(Path file, Tensor tensor) throws IOException {
        write(file, NpyArray.of(tensor));
    }

    /** Writes {@code array} in .npy format to {@code out} (not closed). */
    public static void write(OutputStream out, NpyArray array) throws IOException {
        int[] shape = array.shape();
        StringBuilder sb = new StringBuilder("{'descr': '").append(array.dtype().descr())
                .append("', 'fortran_order': False, 'shape': (");
        // Python tuple syntax: () for a scalar, (3,) for one axis, (3, 4) for two.
        for (int i = 0; i < shape.length; i++) {
            sb.append(shape[i]);
            sb.append(i < shape.length - 1 ? ", " : shape.length == 1 ? "," : "");
        }
        sb.append("), }");
        // Pad with spaces and a final newline so the data starts at a multiple of 64 bytes.
        int unpadded = sb.length() + 1;
        boolean v1 = MAGIC.length + 2 + 2 + unpadded + 63 <= 0xFFFF;
        int preamble = MAGIC.length + 2 + (v1 ? 2 : 4);
        int total = (preamble + unpadded + 63) / 64 * 64;
        sb.append(" ".repeat(total - preamble - unpadded)).append('\n');
        byte[] header = sb.toString().getBytes(StandardCharsets.ISO_8859_1);
        out.write(MAGIC);
        out.write(v1 ? 1 : 2);
        out.write(0);
        int len = header.length;
        out.write(len & 0xFF);
        out.write((len >>> 8) & 0xFF);
        if (!v1) {
            out.write((len >>> 16) & 0xFF);
            out.write((len >>> 24) & 0xFF);
        }
        out.write(header);
        out.write(array.rawBytes());
    }

    private static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(String.format("%02x", x & 0xFF));
        }
        return sb.length() == 0 ? "<empty>" : sb.toString();
    }
}
