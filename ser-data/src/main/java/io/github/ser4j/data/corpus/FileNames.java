package io.github.ser4j.data.corpus;

import java.nio.file.Path;
import java.util.Locale;

/** File-name pieces the readers share: the stem without {@code .wav}, the parent folder. */
final class FileNames {
    private FileNames() {
    }

    /** Whether the path names a WAV file (extension compared ignoring case). */
    static boolean isWav(Path p) {
        String n = p.getFileName().toString();
        return n.length() > 4 && n.toLowerCase(Locale.ROOT).endsWith(".wav");
    }

    /** The file name without its {@code .wav} extension. */
    static String stem(Path relative) {
        String n = relative.getFileName().toString();
        return isWav(relative) ? n.substring(0, n.length() - 4) : n;
    }

    /** The name of the folder holding the file, or empty at the corpus root. */
    static String parent(Path relative) {
        Path p = relative.getParent();
        return p == null ? "" : p.getFileName().toString();
    }
}
