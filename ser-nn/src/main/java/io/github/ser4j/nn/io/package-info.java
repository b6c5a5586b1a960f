/**
 * Reading and writing tensors in files: NumPy's {@code .npy}/{@code .npz} formats, the
 * common currency between PyTorch, NumPy and this library.
 *
 * <p>Start with {@link io.github.ser4j.nn.io.Npy}. A {@code .npy} file is a tiny
 * self-describing container: a magic string, a version, and a header that is literally a
 * Python dict, {@code {'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }}, naming
 * the element type (byte order, kind, size), the memory order and the shape; the raw
 * elements follow. Because the header states everything needed to interpret the bytes, an
 * array written by {@code numpy.save} in Python reads back here exactly, and vice versa.
 *
 * <p>{@link io.github.ser4j.nn.io.Npz} handles the multi-array form: a zip archive with one
 * {@code name.npy} entry per array. A PyTorch {@code state_dict} saved through
 * {@code numpy.savez} is such an archive, keyed by PyTorch's dotted parameter names, which
 * is how trained weights move in and out of this library.
 *
 * <p>{@link io.github.ser4j.nn.io.NpyArray} keeps the element bytes and the dtype, so
 * integer labels keep their type, and converts to a float32
 * {@link io.github.ser4j.nn.tensor.Tensor} on request (float64 is rounded to nearest).
 * Files are untrusted input: every length in them is checked before it is used, and a bad
 * file gives a {@link io.github.ser4j.nn.io.NpyFormatException} naming the file and entry.
 */
package io.github.ser4j.nn.io;
