/**
 * Attention: letting every position of a sequence look at every other position and take
 * what it needs, weighted by relevance.
 *
 * <p>Read {@link io.github.ser4j.nn.attention.ScaledDotProductAttention} first. Each
 * position emits a query {@code q}; each position offers a key {@code k} and a value
 * {@code v}. The weight of key {@code j} for query {@code i} is
 * {@code softmax_j(q_i . k_j / sqrt(d))}, and the output at {@code i} is the weighted sum
 * of the values. Unlike a recurrent layer, the path between any two positions has length
 * one, so long-range dependencies (the rise of pitch at the end of a question, say) are as
 * easy to pick up as short ones; the price is {@code O(T^2)} work in the sequence length.
 *
 * <p>{@link io.github.ser4j.nn.attention.MultiheadAttention} projects the input into
 * several smaller query/key/value spaces ("heads"), attends in each independently and
 * mixes the results with an output projection, exactly as PyTorch's
 * {@code nn.MultiheadAttention} (same parameter names, so weights load from a PyTorch
 * {@code state_dict}). It is composed from the autograd ops (linear maps, reshape,
 * permute, batched matmul, softmax), so its backward pass comes for free. Speech emotion
 * models use it to pool frame-level features: the attention weights show which frames
 * the decision rests on.
 */
package io.github.ser4j.nn.attention;
