package io.github.ser4j.model.bundle;

import io.github.ser4j.data.features.FeatureRecipe;
import io.github.ser4j.model.train.FeatureScaler;
import io.github.ser4j.model.train.TrainingResult;
import io.github.ser4j.nn.io.ModuleState;
import io.github.ser4j.nn.io.NpyArray;
import io.github.ser4j.nn.io.StateMismatchException;
import io.github.ser4j.nn.layers.Module;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A trained model in one file: everything inference needs to reproduce training's
 * preprocessing and network exactly.
 *
 * <ul>
 *   <li>the {@link ModelArchitecture} (zoo name, classes, input shape, hyperparameters),</li>
 *   <li>the weights (every parameter and buffer, e.g. batch norm's running statistics),</li>
 *   <li>the {@link FeatureRecipe} (stored as its canonical text),</li>
 *   <li>the {@link FeatureScaler} fitted on the training part,</li>
 *   <li>the label set: class names in output order,</li>
 *   <li>{@link TrainingMetadata}: corpora, split, metrics, date, version, seed.</li>
 * </ul>
 *
 * <pre>{@code
 * ModelBundle b = ModelBundle.of(architecture, recipe, result, encoder.labels(), metadata);
 * b.save(Path.of("emotion.ser4j"));
 * Module net = ModelBundle.load(Path.of("emotion.ser4j")).createModel();
 * }</pre>
 *
 * <p>The file is versioned (magic {@code SER4JMB}, format version) and checksummed (SHA-256
 * over everything before it); see the format in {@code BundleCodec}. Loading a damaged,
 * truncated or foreign file, or one whose architecture the zoo does not know, throws a
 * {@link BundleFormatException} naming the file and the fault. Instances are immutable.
 */
public final class ModelBundle {
    /** The conventional file extension. */
    public static final String EXTENSION = ".ser4j";

    private final ModelArchitecture architecture;
    private final FeatureRecipe recipe;
    private final FeatureScaler scaler;
    private final List<String> labels;
    private final TrainingMetadata metadata;
    private final Map<String, NpyArray> weights;
    private final String source;

    ModelBundle(ModelArchitecture architecture, FeatureRecipe recipe, FeatureScaler scaler, List<String> labels,
                TrainingMetadata metadata, Map<String, NpyArray> weights, String source) {
        this.architecture = Objects.requireNonNull(architecture, "architecture");
        this.recipe = Objects.requireNonNull(recipe, "recipe");
        this.scaler = Objects.requireNonNull(scaler, "scaler");
        this.labels = List.copyOf(labels);
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        this.source = source;
        if (this.labels.size() != architecture.numClasses()) {
            throw new IllegalArgumentException(this.labels.size() + " labels " + this.labels
                    + " for an architecture of "
                    + architecture.numClasses() + " classes");
        }
        if (new HashSet<>(this.labels).size() != this.labels.size() || this.labels.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("labels must be distinct and not blank, got " + this.labels);
        }
        if (!Arrays.equals(scaler.sampleShape(), architecture.inputShape())) {
            throw new IllegalArgumentException("the scaler's sample shape " + Arrays.toString(scaler.sampleShape())
                    + " differs from the architecture's input shape " + Arrays.toString(architecture.inputShape()));
        }
    }

    /**
     * A bundle of a trained network.
     *
     * @param architecture how to rebuild {@code model}
     * @param recipe       the features the model was trained on
     * @param scaler       the scaling fitted on the training part
     * @param labels       class names, index {@code i} for output {@code i}
     * @param metadata     how the model was made
     * @param model        the trained network (its parameters and buffers are copied)
     * @throws IllegalArgumentException when the labels do not match the class count or the
     *                                  scaler's shape differs from the input shape
     */
    public static ModelBundle of(ModelArchitecture architecture, FeatureRecipe recipe, FeatureScaler scaler,
                                 List<String> labels, TrainingMetadata metadata, Module model) {
        return new ModelBundle(architecture, recipe, scaler, labels, metadata, ModuleState.stateDict(model), null);
    }

    /** A bundle of a {@link io.github.ser4j.model.train.Trainer}'s result (network and scaler). */
    public static ModelBundle of(ModelArchitecture architecture, FeatureRecipe recipe, TrainingResult result,
                                 List<String> labels, TrainingMetadata metadata) {
        return of(architecture, recipe, result.scaler(), labels, metadata, result.model());
    }

    /**
     * Reads and checks a bundle file: envelope, checksum, every section, and that the zoo
     * knows the architecture.
     *
     * @throws BundleFormatException naming the file and the fault
     * @throws IOException           when the file cannot be read at all
     */
    public static ModelBundle load(Path file) throws IOException {
        String name = file.toString();
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(name, null, "no model bundle at this path");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(BundleCodec.HEADER);
        }
        BundleCodec.checkEnvelope(head, size, name);
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length != size) {
            throw new BundleFormatException(name, BundleFormatException.Problem.TRUNCATED,
                    "the file changed size while being read (" + size + " then " + bytes.length + " bytes)");
        }
        ModelBundle b = BundleCodec.decode(bytes, name);
        if (!b.architecture.isKnown()) {
            throw new BundleFormatException(name, BundleFormatException.Problem.UNKNOWN_ARCHITECTURE,
                    "'" + b.architecture.name() + "' is not in the model zoo; known: "
                            + io.github.ser4j.model.zoo.ModelZoo.names());
        }
        return b;
    }

    /**
     * Writes the bundle to {@code file} through a temporary file in the same folder moved into
     * place, so a crash never leaves half a bundle under the final name.
     */
    public void save(Path file) throws IOException {
        byte[] bytes = toBytes();
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The bundle in its file format. */
    public byte[] toBytes() {
        try {
            return BundleCodec.encode(this);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The network with this bundle's weights, in evaluation mode. Each call builds a new,
     * independent instance.
     *
     * @throws BundleFormatException ({@code UNKNOWN_ARCHITECTURE} or {@code WEIGHTS_MISMATCH})
     *                               naming the file when the weights do not fit the network
     */
    public Module createModel() throws BundleFormatException {
        String name = source != null ? source : "model bundle";
        if (!architecture.isKnown()) {
            throw new BundleFormatException(name, BundleFormatException.Problem.UNKNOWN_ARCHITECTURE,
                    "'" + architecture.name() + "' is not in the model zoo; known: "
                            + io.github.ser4j.model.zoo.ModelZoo.names());
        }
        Module model;
        try {
            model = architecture.build(metadata.seed());
        } catch (RuntimeException e) {
            throw new BundleFormatException(name, BundleFormatException.Problem.WEIGHTS_MISMATCH,
                    "cannot build " + architecture + ": " + e.getMessage(), e);
        }
        try {
            ModuleState.loadStateDict(model, weights, name, false);
        } catch (StateMismatchException e) {
            throw new BundleFormatException(name, BundleFormatException.Problem.WEIGHTS_MISMATCH, e.getMessage(), e);
        }
        model.eval();
        return model;
    }

    /** How to rebuild the network. */
    public ModelArchitecture architecture() {
        return architecture;
    }

    /** The feature recipe the model was trained on. */
    public FeatureRecipe recipe() {
        return recipe;
    }

    /** The feature scaling fitted on the training part. */
    public FeatureScaler scaler() {
        return scaler;
    }

    /** Class names in output order. */
    public List<String> labels() {
        return labels;
    }

    /** How the model was made. */
    public TrainingMetadata metadata() {
        return metadata;
    }

    /** Every parameter and buffer by dotted name (unmodifiable; the arrays are shared). */
    public Map<String, NpyArray> weights() {
        return weights;
    }

    /** The file this bundle was loaded from, or null for one made in memory. */
    public String source() {
        return source;
    }

    /**
     * A human-readable description, one fact per line: architecture and parameter count,
     * recipe name and hash, labels, scaling, corpora, split, metrics, date, version and seed.
     */
    public String summary() {
        long values = 0;
        for (NpyArray a : weights.values()) {
            values += a.size();
        }
        StringBuilder sb = new StringBuilder();
        sb.append("architecture: ").append(architecture).append('\n');
        sb.append("weights:      ").append(weights.size()).append(" tensors, ").append(values).append(" values\n");
        sb.append("recipe:       ").append(recipe.name()).append(" (sha256 ").append(recipe.hash(), 0, 12)
                .append("...), output ").append(Arrays.toString(recipe.outputShape())).append('\n');
        sb.append("labels:       ").append(String.join(", ", labels)).append('\n');
        sb.append("scaling:      ").append(scaler.mode()).append('\n');
        sb.append("corpora:      ").append(String.join(", ", metadata.corpora())).append('\n');
        sb.append("split:        ").append(metadata.split()).append('\n');
        for (Map.Entry<String, Double> e : metadata.metrics().entrySet()) {
            sb.append("metric:       ").append(e.getKey()).append(" = ")
                    .append(String.format(java.util.Locale.ROOT, "%.4f", e.getValue())).append('\n');
        }
        sb.append("created:      ").append(metadata.created()).append(" by ser4j ").append(metadata.version())
                .append(", seed ").append(metadata.seed()).append('\n');
        return sb.toString();
    }

    @Override
    public String toString() {
        return "ModelBundle[" + architecture + ", recipe " + recipe.name() + ", labels " + labels + "]";
    }
}
