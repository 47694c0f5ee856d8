using System;

namespace CeGenerators
{
    /// <summary>
    /// Asks the generator for a binary cross-entropy kernel: <c>-(1/N) sum [t log p + (1 - t) log(1 - p)]</c>, computed from
    /// logits in the stable form <c>max(x, 0) - x t + log1p(exp(-|x|))</c> or from clamped probabilities.
    /// </summary>
    /// <remarks>
    /// <code>
    /// [BinaryCrossEntropyKernel]                                  // mean over elements, from logits
    /// static partial float Bce(ReadOnlySpan&lt;float&gt; logits, ReadOnlySpan&lt;float&gt; targets);
    /// [BinaryCrossEntropyKernel(PositiveWeight = 3)]              // with the fused gradient
    /// static partial float Bce(ReadOnlySpan&lt;float&gt; logits, ReadOnlySpan&lt;float&gt; targets, Span&lt;float&gt; gradient);
    /// </code>
    /// Targets may be soft (in [0, 1]). The gradient is with respect to the input, for Mean including the 1/N.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class BinaryCrossEntropyKernelAttribute : Attribute
    {
        /// <summary>Whether the input holds logits (the default) or probabilities.</summary>
        public LossInput Input { get; set; } = LossInput.Logits;

        /// <summary>How per-element losses are combined; <see cref="LossReduction.Mean"/> by default.</summary>
        public LossReduction Reduction { get; set; } = LossReduction.Mean;

        /// <summary>The probability clamp; 0 (the default) means the element type's default.</summary>
        public double Epsilon { get; set; }

        /// <summary>
        /// The weight of the positive term, PyTorch's <c>pos_weight</c>: loss = -[w t log p + (1 - t) log(1 - p)]. 1 by default;
        /// above 1 raises recall on rare positives.
        /// </summary>
        public double PositiveWeight { get; set; } = 1;

        /// <summary>
        /// Whether large batches use several cores (false by default). The batch is cut into chunks whose size depends only
        /// on the class count and the element type (about 256 KB of input each), every chunk is reduced in a fixed order and
        /// the chunk partials are combined in chunk order, with or without this option: the result is bit-identical with
        /// <c>Parallel</c> on or off and for any processor count. Batches under about 1 MB of input stay on the caller's
        /// thread with no allocation; larger ones run their chunks on <c>System.Threading.Tasks.Parallel.For</c>.
        /// The kernel is safe to call concurrently and from thread-pool threads; bad input throws on the caller's thread
        /// the same exception as without <c>Parallel</c> (with Reduction None, rows after the offending one may also have
        /// been written). The spans are pinned while the workers read them, which needs
        /// <c>&lt;AllowUnsafeBlocks&gt;true&lt;/AllowUnsafeBlocks&gt;</c> in the project (CEG0016 otherwise).
        /// </summary>
        public bool Parallel { get; set; }
    }
}
