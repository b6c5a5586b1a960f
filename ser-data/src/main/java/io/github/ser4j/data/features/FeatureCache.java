package io.github.ser4j.data.features;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32C;

/**
 * A disk cache of extracted features: one small binary file per (recipe, audio content).
 *
 * <h2>Keys</h2>
 * An entry is found by the recipe's {@link FeatureRecipe#hash() hash} and the SHA-256 of the
 * audio file's bytes: {@code <dir>/<recipe hash>/<ab>/<content sha256>.feat}. Hashing the
 * content rather than the path, size and modification time costs one read of the file (which
 * a miss needs anyway to decode it, and which is a fraction of a millisecond for a speech
 * clip), and in exchange catches every content change, including those that keep the size
 * and time stamp ({@code cp -p}, {@code rsync -t}, re-encoding in place), and keeps the cache
 * valid when a corpus is moved or copied elsewhere. Two identical files share one entry,
 * which is right: the features depend only on the bytes and the recipe.
 *
 * <h2>Entries</h2>
 * Little-endian:
 * <pre>
 *   magic "SER4JFT1" (8 bytes) | version int32 = 1 | recipe sha256 (32) | content sha256 (32)
 *   rank int32 (0..8) | shape int32[rank] | values float32[prod(shape)] | CRC32C int32 of all before
 * </pre>
 * A read checks the magic, version, both hashes, that the file size matches the shape, and the
 * checksum; any mismatch (a truncated write, a flipped bit, a file from another recipe) counts
 * as {@linkplain Stats#corrupt() corrupt} and is treated as a miss, so the extractor
 * recomputes and overwrites it. Writes go to a temporary file in the same directory, moved
 * into place atomically: a reader never sees half an entry, and concurrent writers of the
 * same entry (same bytes) are harmless.
 *
 * <p>Thread-safe. Augmented training copies are not cached (see {@link FeatureExtractor}).
 */
public final class FeatureCache {
    private static final byte[] MAGIC = "SER4JFT1".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;
    private static final int MAX_RANK = 8;
    private static final int FIXED_HEADER = 8 + 4 + 32 + 32 + 4;

    private final Path dir;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final AtomicLong corrupt = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();

    private FeatureCache(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    /** A cache in {@code dir} (created on the first write). */
    public static FeatureCache at(Path dir) {
        return new FeatureCache(dir);
    }

    /** The cache directory. */
    public Path directory() {
        return dir;
    }

    /**
     * Counters since this object was made.
     *
     * @param hits    entries read and verified
     * @param misses  entries absent (or corrupt)
     * @param corrupt entries present but failing verification (a subset of misses)
     * @param writes  entries written
     */
    public record Stats(long hits, long misses, long corrupt, long writes) {
    }

    /** The counters. */
    public Stats stats() {
        return new Stats(hits.get(), misses.get(), corrupt.get(), writes.get());
    }

    /** SHA-256 of a file's bytes: the content part of a key. */
    public static byte[] contentKey(byte[] fileBytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(fileBytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** The file that holds (or would hold) an entry. */
    public Path entryPath(String recipeHash, byte[] contentKey) {
        checkKeys(recipeHash, contentKey);
        String c = HexFormat.of().formatHex(contentKey);
        return dir.resolve(recipeHash).resolve(c.substring(0, 2)).resolve(c + ".feat");
    }

    /**
     * Reads an entry, verifying it; absent or damaged entries give an empty result.
     *
     * @throws IOException only for I/O failures other than a missing file
     */
    public Optional<FeatureArray> read(String recipeHash, byte[] contentKey) throws IOException {
        Path p = entryPath(recipeHash, contentKey);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            misses.incrementAndGet();
            return Optional.empty();
        }
        FeatureArray a = decode(bytes, HexFormat.of().parseHex(recipeHash), contentKey);
        if (a == null) {
            corrupt.incrementAndGet();
            misses.incrementAndGet();
            return Optional.empty();
        }
        hits.incrementAndGet();
        return Optional.of(a);
    }

    /** Writes an entry atomically (temporary file, then move), replacing any old one. */
    public void write(String recipeHash, byte[] contentKey, FeatureArray array) throws IOException {
        Path p = entryPath(recipeHash, contentKey);
        Files.createDirectories(p.getParent());
        byte[] bytes = encode(HexFormat.of().parseHex(recipeHash), contentKey, array);
        Path tmp = Files.createTempFile(p.getParent(), p.getFileName().toString(), ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, p, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        writes.incrementAndGet();
    }

    /**
     * Writes {@code recipe.txt} (the recipe's text form) next to its entries, once, so that a
     * person looking at the cache can tell which recipe a directory belongs to.
     */
    public void describe(FeatureRecipe recipe) throws IOException {
        Path d = dir.resolve(recipe.hash());
        Path p = d.resolve("recipe.txt");
        if (Files.exists(p)) {
            return;
        }
        Files.createDirectories(d);
        Path tmp = Files.createTempFile(d, "recipe", ".tmp");
        try {
            Files.writeString(tmp, recipe.toText());
            try {
                Files.move(tmp, p, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static byte[] encode(byte[] recipeKey, byte[] contentKey, FeatureArray a) {
        int[] shape = a.shape();
        if (shape.length > MAX_RANK) {
            throw new IllegalArgumentException("rank must be <= " + MAX_RANK + ", got " + shape.length);
        }
        int n = FIXED_HEADER + 4 * shape.length + 4 * a.size() + 4;
        ByteBuffer b = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).putInt(VERSION).put(recipeKey).put(contentKey).putInt(shape.length);
        for (int d : shape) {
            b.putInt(d);
        }
        b.asFloatBuffer().put(a.data());
        b.position(b.position() + 4 * a.size());
        CRC32C crc = new CRC32C();
        crc.update(b.array(), 0, b.position());
        b.putInt((int) crc.getValue());
        return b.array();
    }

    /** The entry's array, or null when anything about it is wrong. */
    static FeatureArray decode(byte[] bytes, byte[] recipeKey, byte[] contentKey) {
        if (bytes.length < FIXED_HEADER + 4) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] magic = new byte[8];
        b.get(magic);
        byte[] rk = new byte[32];
        byte[] ck = new byte[32];
        if (!Arrays.equals(magic, MAGIC) || b.getInt() != VERSION) {
            return null;
        }
        b.get(rk).get(ck);
        if (!Arrays.equals(rk, recipeKey) || !Arrays.equals(ck, contentKey)) {
            return null;
        }
        int rank = b.getInt();
        if (rank < 0 || rank > MAX_RANK || bytes.length < FIXED_HEADER + 4 * rank + 4) {
            return null;
        }
        int[] shape = new int[rank];
        long count = 1;
        for (int i = 0; i < rank; i++) {
            shape[i] = b.getInt();
            if (shape[i] < 0) {
                return null;
            }
            count *= shape[i];
            if (count > Integer.MAX_VALUE / 4) {
                return null;
            }
        }
        if (bytes.length != (long) FIXED_HEADER + 4L * rank + 4L * count + 4L) {
            return null;
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        int stored = ByteBuffer.wrap(bytes, bytes.length - 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        if (stored != (int) crc.getValue()) {
            return null;
        }
        float[] data = new float[(int) count];
        b.asFloatBuffer().get(data);
        return new FeatureArray(shape, data);
    }

    private static void checkKeys(String recipeHash, byte[] contentKey) {
        Objects.requireNonNull(recipeHash, "recipeHash");
        Objects.requireNonNull(contentKey, "contentKey");
        if (!recipeHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("recipeHash must be 64 lower-case hex digits, got '" + recipeHash + "'");
        }
        if (contentKey.length != 32) {
            throw new IllegalArgumentException("contentKey must be a 32-byte SHA-256, got " + contentKey.length + " bytes");
        }
    }
}
