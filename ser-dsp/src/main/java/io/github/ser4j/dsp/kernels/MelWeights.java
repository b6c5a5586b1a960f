package io.github.ser4j.dsp.kernels;

/**
 * A mel filterbank in the two sparse layouts its kernels read, built once from the dense
 * {@code [nMels][bins]} matrix.
 *
 * <ul>
 *   <li><b>Runs</b> (for {@link MelScalarKernel}): filter {@code i} is nonzero only on bins
 *   {@code start[i] .. start[i] + len_i}; its weights are {@code weights[offset[i] ..
 *   offset[i+1])}, {@code len_i = offset[i+1] - offset[i]}.</li>
 *   <li><b>Groups of eight filters</b> (for {@link MelVectorKernel}): filters
 *   {@code 8g .. 8g+7} are nonzero together on bins {@code groupLo[g] .. groupLo[g] +
 *   groupLen[g]}; for each of those bins the eight weights (zero outside a filter's own run)
 *   are stored side by side, {@code packed[groupOff[g] + 8 (k - groupLo[g]) + lane]}, so one
 *   vector load gives bin {@code k}'s weight in eight filters. Adjacent triangular filters
 *   overlap by half, so a group's run is only about 9/8 of its filters' mean run: the padding
 *   with zeros costs little. Filters past the last whole group ({@code nMels mod 8}) are done
 *   from the runs.</li>
 * </ul>
 * Immutable after construction; the arrays are shared with the kernels, never modified.
 */
public final class MelWeights {
    /** Filters per group: the lanes of a 256-bit float vector. */
    public static final int GROUP = 8;

    final int nMels;
    final int bins;
    final int[] start;
    final int[] offset;
    final float[] weights;
    final int groups;
    final int[] groupLo;
    final int[] groupLen;
    final int[] groupOff;
    final float[] packed;

    private MelWeights(float[][] dense, int bins) {
        int m = dense.length;
        this.nMels = m;
        this.bins = bins;
        start = new int[m];
        offset = new int[m + 1];
        int[] end = new int[m];
        int total = 0;
        for (int i = 0; i < m; i++) {
            if (dense[i].length != bins) {
                throw new IllegalArgumentException("filter " + i + " has " + dense[i].length + " bins, expected " + bins);
            }
            int lo = 0;
            while (lo < bins && dense[i][lo] == 0f) {
                lo++;
            }
            int hi = bins;
            while (hi > lo && dense[i][hi - 1] == 0f) {
                hi--;
            }
            if (lo == hi) {
                lo = hi = 0;
            }
            start[i] = lo;
            end[i] = hi;
            offset[i] = total;
            total += hi - lo;
        }
        offset[m] = total;
        weights = new float[total];
        for (int i = 0; i < m; i++) {
            System.arraycopy(dense[i], start[i], weights, offset[i], end[i] - start[i]);
        }
        groups = m / GROUP;
        groupLo = new int[groups];
        groupLen = new int[groups];
        groupOff = new int[groups + 1];
        int packedTotal = 0;
        for (int g = 0; g < groups; g++) {
            int lo = Integer.MAX_VALUE;
            int hi = 0;
            for (int i = g * GROUP; i < (g + 1) * GROUP; i++) {
                if (end[i] > start[i]) {
                    lo = Math.min(lo, start[i]);
                    hi = Math.max(hi, end[i]);
                }
            }
            if (hi == 0) {
                lo = 0;
            }
            groupLo[g] = lo;
            groupLen[g] = hi - lo;
            groupOff[g] = packedTotal;
            packedTotal += GROUP * (hi - lo);
        }
        groupOff[groups] = packedTotal;
        packed = new float[packedTotal];
        for (int g = 0; g < groups; g++) {
            for (int k = 0; k < groupLen[g]; k++) {
                for (int lane = 0; lane < GROUP; lane++) {
                    packed[groupOff[g] + GROUP * k + lane] = dense[g * GROUP + lane][groupLo[g] + k];
                }
            }
        }
    }

    /**
     * Both layouts of a dense filterbank.
     *
     * @param dense {@code [nMels][bins]} weights, every row of length {@code bins}
     * @param bins  number of spectrum bins
     */
    public static MelWeights of(float[][] dense, int bins) {
        return new MelWeights(dense, bins);
    }

    /** Number of filters. */
    public int nMels() {
        return nMels;
    }

    /** Spectrum bins the filters read. */
    public int bins() {
        return bins;
    }

    /** Number of stored weights in the run layout (the nonzero ranges). */
    public int nonzeroCount() {
        return weights.length;
    }

    /** Filter {@code i}'s first nonzero bin. */
    public int start(int i) {
        return start[i];
    }

    /** Filter {@code i}'s number of stored weights. */
    public int length(int i) {
        return offset[i + 1] - offset[i];
    }

    /** Filter {@code i}'s weight {@code j} (bin {@code start(i) + j}). */
    public float weight(int i, int j) {
        return weights[offset[i] + j];
    }
}
