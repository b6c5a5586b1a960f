package io.github.ser4j.nn.io;

import io.github.ser4j.nn.layers.Module;
import io.github.ser4j.nn.tensor.Tensor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Saves and loads a {@link Module}'s state: all its named parameters and buffers, keyed by
 * PyTorch's dotted {@code state_dict} names, either in the checksummed {@link StateFile}
 * format or as a NumPy {@code .npz} archive.
 *
 * <p>Loading is strict and all-or-nothing: every tensor the module has must be in the
 * state with the same shape, and the state may hold nothing else; the module is changed
 * only when everything fits. Otherwise a {@link StateMismatchException} names the file and
 * the first offending tensor. The .npz route exchanges weights with PyTorch:
 * <pre>
 *   np.savez("w.npz", **{k: v.numpy() for k, v in model.state_dict().items()})   # PyTorch to here
 *   model.load_state_dict({k: torch.from_numpy(v) for k, v in np.load("w.npz").items()})
 * </pre>
 * Values of any dtype are converted to float32 (PyTorch's int64 {@code num_batches_tracked}
 * counters included); such counters are ignored on import when the module does not have
 * them (they have no use in evaluation).
 */
public final class ModuleState {
    private ModuleState() {
    }

    /** The module's parameters then buffers, by dotted name, as float32 arrays (copies). */
    public static Map<String, NpyArray> stateDict(Module module) {
        Map<String, NpyArray> out = new LinkedHashMap<>();
        for (Map.Entry<String, Tensor> e : tensors(module).entrySet()) {
            out.put(e.getKey(), NpyArray.of(e.getValue()));
        }
        return out;
    }

    private static Map<String, Tensor> tensors(Module module) {
        Map<String, Tensor> all = new LinkedHashMap<>(module.namedParameters());
        all.putAll(module.namedBuffers());
        return all;
    }

    /** Saves the module's state to {@code file} in the {@link StateFile} format. */
    public static void save(Module module, Path file) throws IOException {
        StateFile.write(file, stateDict(module));
    }

    /** Loads a state saved by {@link #save} into {@code module}; see the class comment for the checks. */
    public static void load(Module module, Path file) throws IOException {
        loadStateDict(module, StateFile.read(file), file.toString(), false);
    }

    /** Exports the module's state as an .npz archive with PyTorch names (stored, uncompressed). */
    public static void exportNpz(Module module, Path file) throws IOException {
        Npz.write(file, stateDict(module), false);
    }

    /** Imports a state from an .npz archive with PyTorch names (float64 is rounded to float32). */
    public static void importNpz(Module module, Path file) throws IOException {
        loadStateDict(module, Npz.read(file), file.toString(), true);
    }

    /**
     * Copies {@code state} into the module's tensors after checking that names and shapes
     * match exactly; {@code source} names the state in errors.
     *
     * @param ignoreBatchCounters skip PyTorch's {@code *.num_batches_tracked} entries the module lacks
     * @throws StateMismatchException naming the first missing, unexpected or misshapen tensor
     */
    public static void loadStateDict(Module module, Map<String, NpyArray> state, String source,
                                     boolean ignoreBatchCounters) throws StateMismatchException {
        Map<String, Tensor> target = tensors(module);
        for (Map.Entry<String, Tensor> e : target.entrySet()) {
            NpyArray a = state.get(e.getKey());
            if (a == null) {
                throw new StateMismatchException(source, e.getKey(), "missing: the module has it, the state does not");
            }
            int[] want = e.getValue().shape();
            if (!Arrays.equals(a.shape(), want)) {
                throw new StateMismatchException(source, e.getKey(), "shape " + Arrays.toString(a.shape())
                        + " in the state, " + Arrays.toString(want) + " in the module");
            }
        }
        for (String name : state.keySet()) {
            if (!target.containsKey(name) && !(ignoreBatchCounters && name.endsWith("num_batches_tracked"))) {
                throw new StateMismatchException(source, name, "unexpected: the state has it, the module does not");
            }
        }
        for (Map.Entry<String, Tensor> e : target.entrySet()) {
            float[] values = state.get(e.getKey()).toFloats();
            System.arraycopy(values, 0, e.getValue().data(), 0, values.length);
        }
    }
}
