using System;

namespace CeGenerators
{
    /// <summary>
    /// Asks the generator for an entropy kernel: <c>H(P) = -sum_k P_k log P_k</c> per row of a <c>[N, classes]</c> input,
    /// with <c>0 log 0 = 0</c>.
    /// </summary>
    /// <remarks>
    /// <code>
    /// [EntropyKernel(10)]   // mean entropy of the rows; with Input = LossInput.Logits, the entropy of their softmax
    /// static partial float H(ReadOnlySpan&lt;float&gt; probabilities);
    /// </code>
    /// Probabilities are not clamped (0 log 0 = 0 exactly); a negative probability gives NaN.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class EntropyKernelAttribute : Attribute
    {
        /// <summary>Creates the attribute for a fixed number of classes.</summary>
        /// <param name="classes">The number of classes K.</param>
        public EntropyKernelAttribute(int classes) => Classes = classes;

        /// <summary>The number of classes K: the length of every row of the input.</summary>
        public int Classes { get; }

        /// <summary>Whether the input holds probabilities (the default for entropy) or logits.</summary>
        public LossInput Input { get; set; } = LossInput.Probabilities;

        /// <summary>How per-row entropies are combined; <see cref="LossReduction.Mean"/> by default.</summary>
        public LossReduction Reduction { get; set; } = LossReduction.Mean;

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
