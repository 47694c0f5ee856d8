using System;

namespace CeGenerators
{
    /// <summary>
    /// Asks the generator for a Kullback-Leibler divergence kernel, KL(P || Q) = sum_k p_k (log p_k - log q_k) per row with
    /// 0 log 0 = 0: the target distribution P (a <c>ReadOnlySpan&lt;T&gt;</c> of N x K) against predicted logits (the default,
    /// Q = softmax) or probabilities (clamped to [Epsilon, 1 - Epsilon]). The usual loss of knowledge distillation.
    /// </summary>
    /// <remarks>
    /// <para><see cref="LossReduction.Mean"/> is PyTorch's <c>reduction="batchmean"</c>: the sum over rows divided by N
    /// (the mathematically meaningful mean, not PyTorch's element-wise "mean").</para>
    /// <code>
    /// [KlDivergenceKernel(10)]
    /// static partial float Distill(ReadOnlySpan&lt;float&gt; studentLogits, ReadOnlySpan&lt;float&gt; teacherProbabilities, Span&lt;float&gt; gradient);
    /// </code>
    /// </remarks>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class KlDivergenceKernelAttribute : Attribute
    {
        /// <summary>Creates the attribute for a fixed number of classes.</summary>
        /// <param name="classes">The number of classes K.</param>
        public KlDivergenceKernelAttribute(int classes) => Classes = classes;

        /// <summary>The number of classes K: the length of every row.</summary>
        public int Classes { get; }

        /// <summary>Whether the predictions are logits (the default) or probabilities.</summary>
        public LossInput Input { get; set; } = LossInput.Logits;

        /// <summary>How per-row divergences are combined; <see cref="LossReduction.Mean"/> (batchmean) by default.</summary>
        public LossReduction Reduction { get; set; } = LossReduction.Mean;

        /// <summary>The clamp of predicted probabilities; 0 (the default) means the element type's default.</summary>
        public double Epsilon { get; set; }

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
