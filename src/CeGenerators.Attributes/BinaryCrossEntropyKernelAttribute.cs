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
    }
}
