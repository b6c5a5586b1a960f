package io.github.ser4j.nn.io;

import io.github.ser4j.nn.tensor.Tensor;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Reads and writes NumPy {@code .npz} archives: a zip file with one {@code .npy} entry per
 * named array, as {@code numpy.savez} (stored) and {@code numpy.savez_compressed}
 * (deflated) write them. This is how a whole PyTorch {@code state_dict} moves through
 * NumPy: {@code np.savez(f, **{k: v.numpy() for k, v in sd.items()})}.
 *
 * <p>Array names are the entry names without the {@code .npy} suffix; order is kept
 * (the returned maps are {@link LinkedHashMap}s in archive order).
 */
public final class Npz {
    private Npz() {
    }

    /** Reads every array in the archive {@code file}, by name, in archive order. */
    public static Map<String, NpyArray> read(Path file) throws IOException {
        Map<String, NpyArray> out = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.isDirectory()) {
                    continue;
                }
                try (InputStream in = new BufferedInputStream(zip.getInputStream(e))) {
                    readEntry(in, e.getName(), file.toString(), out);
                }
            }
        } catch (NpyFormatException | FileSystemException e) {
            throw e;
        } catch (IOException e) {
            // ZipException, EOFException from a damaged deflate stream, ...: the archive is broken.
            throw new NpyFormatException(file + ": not a readable .npz archive (" + e + ")", e);
        } catch (IllegalArgumentException e) {
            // The JDK's zip reader reports entry names that are not valid UTF-8 this way.
            throw new NpyFormatException(file + ": damaged .npz archive (" + e.getMessage() + ")", e);
        }
        return out;
    }

    /**
     * Reads every array from an archive given as a stream (e.g. a class-path resource);
     * {@code source} names it in error messages.
     */
    public static Map<String, NpyArray> read(InputStream archive, String source) throws IOException {
        Map<String, NpyArray> out = new LinkedHashMap<>();
        try {
            ZipInputStream zin = new ZipInputStream(new BufferedInputStream(archive));
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                if (!e.isDirectory()) {
                    readEntry(zin, e.getName(), source, out);
                }
            }
        } catch (NpyFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new NpyFormatException(source + ": not a readable .npz archive (" + e + ")", e);
        } catch (IllegalArgumentException e) {
            throw new NpyFormatException(source + ": damaged .npz archive (" + e.getMessage() + ")", e);
        }
        if (out.isEmpty()) {
            throw new NpyFormatException(source + ": no arrays found (empty or not a zip archive)");
        }
        return out;
    }

    private static void readEntry(InputStream in, String entry, String source, Map<String, NpyArray> out)
            throws IOException {
        String name = entry.endsWith(".npy") ? entry.substring(0, entry.length() - 4) : entry;
        String where = source + ":" + entry;
        NpyArray a = Npy.read(in, where);
        if (in.read() >= 0) {
            throw new NpyFormatException(where + ": unexpected bytes after the array data");
        }
        if (out.putIfAbsent(name, a) != null) {
            throw new NpyFormatException(where + ": duplicate array name '" + name + "'");
        }
    }

    /** Reads every array in {@code file} as a float32 tensor, by name. */
    public static Map<String, Tensor> readTensors(Path file) throws IOException {
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (Map.Entry<String, NpyArray> e : read(file).entrySet()) {
            out.put(e.getKey(), e.getValue().toTensor());
        }
        return out;
    }

    /**
     * Writes the named arrays to {@code file} (replacing it), deflated when
     * {@code compressed} (as {@code savez_compressed}) or stored (as {@code savez}).
     */
    public static void write(Path file, Map<String, NpyArray> arrays, boolean compressed) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            write(out, arrays, compressed);
        }
    }

    /** Writes the named tensors to {@code file} as float32 arrays; see {@link #write(Path, Map, boolean)}. */
    public static void writeTensors(Path file, Map<String, Tensor> tensors, boolean compressed) throws IOException {
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        for (Map.Entry<String, Tensor> e : tensors.entrySet()) {
            arrays.put(e.getKey(), NpyArray.of(e.getValue()));
        }
        write(file, arrays, compressed);
    }

    /** Writes the named arrays as an .npz archive to {@code out}; the stream is finished but not closed. */
    public static void write(OutputStream out, Map<String, NpyArray> arrays, boolean compressed) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Map.Entry<String, NpyArray> e : arrays.entrySet()) {
            if (e.getKey() == null || e.getKey().isEmpty()) {
                throw new IllegalArgumentException("array name must not be empty");
            }
            ByteArrayOutputStream buf = new ByteArrayOutputStream(e.getValue().rawBytes().length + 128);
            Npy.write(buf, e.getValue());
            byte[] bytes = buf.toByteArray();
            ZipEntry entry = new ZipEntry(e.getKey() + ".npy");
            if (compressed) {
                entry.setMethod(ZipEntry.DEFLATED);
            } else {
                // A stored entry needs its size and CRC in the local header.
                CRC32 crc = new CRC32();
                crc.update(bytes);
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(bytes.length);
                entry.setCompressedSize(bytes.length);
                entry.setCrc(crc.getValue());
            }
            zip.putNextEntry(entry);
            zip.write(bytes);
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }
}
