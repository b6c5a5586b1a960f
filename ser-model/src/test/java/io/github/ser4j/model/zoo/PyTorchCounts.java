package io.github.ser4j.model.zoo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the PyTorch parameter counts of golden/nn/param_counts.json (see the README there). */
final class PyTorchCounts {
    private PyTorchCounts() {
    }

    static long of(String key) {
        try (InputStream in = PyTorchCounts.class.getResourceAsStream("/golden/nn/param_counts.json")) {
            if (in == null) {
                throw new IllegalStateException("golden/nn/param_counts.json missing from the test resources");
            }
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*(\\d+)").matcher(json);
            if (!m.find()) {
                throw new IllegalStateException("no count for " + key + " in param_counts.json");
            }
            return Long.parseLong(m.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
