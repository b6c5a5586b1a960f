package io.github.ser4j.nn.io;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The library's own checkpoint format: a versioned binary file of named arrays with
 * checksums, for a module's state (parameters and buffers) or an optimizer's.
 *
 * <p>Layout (all integers unsigned little-endian):
 * <pre>
 *   offset  size        field
 *   0       8           magic "SER4JST" followed by a zero byte
 *   8       4           format version (currently {@value #FORMAT_VERSION})
 *   12      4           number of tensors
 *   16      8           payload length P in bytes
 *   24      P           payload: per tensor, in order,
 *                         2      name length L (1..{@value #MAX_NAME_BYTES})
 *                         L      name, UTF-8 (PyTorch-style dotted, e.g. "conv1.weight")
 *                         2      dtype, two ASCII characters as NumPy's ("f4", "f8", "i8", ...)
 *                         1      rank R (0..{@value #MAX_RANK})
 *                         4 * R  dimensions
 *                         ...    elements, C order, little-endian
 *                         4      CRC-32 of this entry's bytes above
 *   24 + P  4           CRC-32 of bytes 0 .. 24 + P - 1
 * </pre>
 *
 * <p>Reading checks the magic and version first; the payload is then read as it arrives
 * (its declared length only bounds the read and is never used to reserve memory). A file
 * that ends early is walked entry by entry to report the tensor it breaks off in. A file
 * whose overall CRC-32 does not match is walked the same way, and the first entry whose own
 * CRC-32 fails is named as damaged. Every length inside the payload is checked against the
 * bytes actually present before anything is allocated from it, so a crafted file cannot
 * cause a huge allocation either. All errors are {@link StateFileException}s naming the file
 * and, where one is at fault, the tensor.
 */
public final class StateFile {
    /** The format version this class writes and reads. */
    public static final int FORMAT_VERSION = 1;
    /** Longest tensor name accepted, in UTF-8 bytes. */
    public static final int MAX_NAME_BYTES = 4096;
    /** Largest tensor rank accepted. */
    public static final int MAX_RANK = 16;

    private static final byte[] MAGIC = {'S', 'E', 'R', '4', 'J', 'S', 'T', 0};
    private static final int HEADER_BYTES = 24;
    private static final long MAX_PAYLOAD = Integer.MAX_VALUE - 8;

    private StateFile() {
    }

    /** Writes {@code tensors} to {@code file}, through a temporary file moved into place, so a crash never leaves half a file. */
    public static void write(Path file, Map<String, NpyArray> tensors) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                write(out, tensors);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes {@code tensors} in this format to {@code out} (not closed). */
    public static void write(OutputStream out, Map<String, NpyArray> tensors) throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        for (Map.Entry<String, NpyArray> e : tensors.entrySet()) {
            byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
            if (name.length == 0 || name.length > MAX_NAME_BYTES) {
                throw new IllegalArgumentException("tensor name '" + e.getKey() + "' must have 1.."
                        + MAX_NAME_BYTES + " UTF-8 bytes");
            }
            NpyArray a = e.getValue();
            int[] shape = a.shape();
            if (shape.length > MAX_RANK) {
                throw new IllegalArgumentException("tensor '" + e.getKey() + "' has rank " + shape.length
                        + " > " + MAX_RANK);
            }
            ByteBuffer h = ByteBuffer.allocate(2 + name.length + 2 + 1 + 4 * shape.length).order(ByteOrder.LITTLE_ENDIAN);
            h.putShort((short) name.length).put(name).put(a.dtype().code().getBytes(StandardCharsets.US_ASCII))
                    .put((byte) shape.length);
            for (int d : shape) {
                h.putInt(d);
            }
            CRC32 crc = new CRC32();
            crc.update(h.array());
            crc.update(a.rawBytes());
            payload.write(h.array());
            payload.write(a.rawBytes());
            payload.write(le32(crc.getValue()));
            if (payload.size() > MAX_PAYLOAD) {
                throw new IllegalArgumentException("state is larger than " + MAX_PAYLOAD + " bytes");
            }
        }
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        header.put(MAGIC).putInt(FORMAT_VERSION).putInt(tensors.size()).putLong(payload.size());
        CRC32 crc = new CRC32();
        crc.update(header.array());
        byte[] body = payload.toByteArray();
        crc.update(body);
        out.write(header.array());
        out.write(body);
        out.write(le32(crc.getValue()));
        out.flush();
    }

    private static byte[] le32(long v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) v).array();
    }

    /** Reads every tensor in {@code file}, by name, in file order. */
    public static Map<String, NpyArray> read(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            Map<String, NpyArray> m = read(in, file.toString());
            if (in.read() >= 0) {
                throw new StateFileException(file.toString(), null, "unexpected bytes after the final checksum");
            }
            return m;
        }
    }

    /** Reads one state from {@code in}, consuming exactly its bytes; {@code source} names it in errors. */
    public static Map<String, NpyArray> read(InputStream in, String source) throws IOException {
        byte[] header = in.readNBytes(HEADER_BYTES);
        if (header.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)) {
            throw new StateFileException(source, null, "not a ser4j state file (bad magic)");
        }
        if (header.length < HEADER_BYTES) {
            throw new StateFileException(source, null, "truncated header (" + header.length + " of "
                    + HEADER_BYTES + " bytes)");
        }
        ByteBuffer h = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        h.position(MAGIC.length);
        long version = h.getInt() & 0xFFFFFFFFL;
        long count = h.getInt() & 0xFFFFFFFFL;
        long payloadLen = h.getLong();
        if (version != FORMAT_VERSION) {
            throw new StateFileException(source, null, "unsupported format version " + version
                    + " (this library reads version " + FORMAT_VERSION + ")");
        }
        if (payloadLen < 0 || payloadLen > MAX_PAYLOAD) {
            throw new StateFileException(source, null, "damaged header: payload length " + payloadLen);
        }
        // readNBytes grows its buffer as bytes arrive, so a damaged length cannot reserve memory.
        byte[] payload = in.readNBytes((int) payloadLen);
        byte[] tail = in.readNBytes(4);
        ByteBuffer p = ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN);
        if (payload.length < payloadLen || tail.length < 4) {
            String size = (HEADER_BYTES + payload.length + tail.length) + " of " + (HEADER_BYTES + payloadLen + 4)
                    + " bytes";
            new Walk(p, count, source, "truncated (" + size + ")").run();
            throw new StateFileException(source, null, "truncated in the final checksum (" + size + ")");
        }
        CRC32 crc = new CRC32();
        crc.update(header);
        crc.update(payload);
        long stored = ByteBuffer.wrap(tail).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
        if (stored != crc.getValue()) {
            // Name the damaged tensor if one's own checksum fails; otherwise the header or trailer is hit.
            new Walk(p, count, source, "damaged (its checksum does not match)").run();
            throw new StateFileException(source, null, String.format("checksum mismatch (stored %08x, computed %08x):"
                    + " the header or the final checksum is damaged", stored, crc.getValue()));
        }
        p.rewind();
        return new Walk(p, count, source, "damaged (its checksum does not match)").run();
    }

    /**
     * Parses the entries one by one, checking each length against the bytes present and each
     * entry's CRC-32. Running out of bytes inside an entry, or a failing entry CRC, raises an
     * error naming the tensor (by name once it is known, else by position).
     */
    private static final class Walk {
        private final ByteBuffer p;
        private final long count;
        private final String source;
        private final String brokenEntry;

        Walk(ByteBuffer p, long count, String source, String brokenEntry) {
            this.p = p;
            this.count = count;
            this.source = source;
            this.brokenEntry = brokenEntry;
        }

        Map<String, NpyArray> run() throws StateFileException {
            Map<String, NpyArray> out = new LinkedHashMap<>();
            for (long i = 0; i < count; i++) {
                String label = "#" + i;
                int start = p.position();
                need(2, label);
                int nameLen = p.getShort() & 0xFFFF;
                if (nameLen == 0 || nameLen > MAX_NAME_BYTES) {
                    throw new StateFileException(source, label, "bad name length " + nameLen);
                }
                need(nameLen, label);
                byte[] nb = new byte[nameLen];
                p.get(nb);
                try {
                    label = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(nb)).toString();
                } catch (CharacterCodingException e) {
                    throw new StateFileException(source, label, "tensor name is not valid UTF-8");
                }
                need(3, label);
                byte[] code = new byte[2];
                p.get(code);
                NpyDtype dtype = NpyDtype.ofCode(new String(code, StandardCharsets.US_ASCII));
                int rank = p.get() & 0xFF;
                if (dtype == null || rank > MAX_RANK) {
                    throw new StateFileException(source, label, "bad dtype code '"
                            + new String(code, StandardCharsets.ISO_8859_1) + "' or rank " + rank);
                }
                need(4L * rank, label);
                int[] shape = new int[rank];
                boolean empty = false;
                for (int a = 0; a < rank; a++) {
                    long d = p.getInt() & 0xFFFFFFFFL;
                    if (d > Integer.MAX_VALUE) {
                        throw new StateFileException(source, label, "dimension " + d + " at axis " + a + " is too large");
                    }
                    shape[a] = (int) d;
                    empty |= d == 0;
                }
                // Element count, checked against the bytes present before anything is allocated.
                long limit = p.remaining() / dtype.itemSize();
                long n = 1;
                for (int d : shape) {
                    n = empty ? 0 : n * d;
                    if (n > limit) {
                        need(Long.MAX_VALUE, label);
                    }
                }
                int bytes = (int) (n * dtype.itemSize());
                need(bytes + 4L, label);
                byte[] data = new byte[bytes];
                p.get(data);
                CRC32 crc = new CRC32();
                crc.update(p.array(), start, p.position() - start);
                long stored = p.getInt() & 0xFFFFFFFFL;
                if (stored != crc.getValue()) {
                    throw new StateFileException(source, label, brokenEntry);
                }
                if (out.putIfAbsent(label, new NpyArray(dtype, shape, data)) != null) {
                    throw new StateFileException(source, label, "duplicate tensor name");
                }
            }
            if (p.hasRemaining()) {
                throw new StateFileException(source, null, p.remaining() + " unexplained bytes after " + count + " tensors");
            }
            return out;
        }

        private void need(long bytes, String label) throws StateFileException {
            if (bytes > p.remaining()) {
                throw new StateFileException(source, label, "entry runs past the end of the data: "
                        + (brokenEntry.startsWith("truncated") ? brokenEntry : "its shape needs more bytes than the "
                        + p.remaining() + " remaining"));
            }
        }
    }
}
