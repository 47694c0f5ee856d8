using System;

namespace CeGenerators
{
    /// <summary>
    /// Asks the generator for a binary cross-entropy kernel: <c>-(1/N) sum [t log p + (1 - t) log(1 - p)]</c>, computed from
    /// logits in the stable form <c>max(x, 0) - x t + log1p(exp(-|x|))</c> or from clamped probabilities.
    /// </summary>
    /// <remarks>Not implemented yet: the generator reports CEG0011 on methods that carry it.</remarks>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class BinaryCrossEntropyKernelAttribute : Attribute
    {
        /// <summary>Whether the input holds logits (the default) or probabilities.</summary>
        public LossInput Input { get; set; } = LossInput.Logits;

        /// <summary>How per-element losses are combined; <see cref="LossReduction.Mean"/> by default.</summary>
        public LossReduction Reduction { get; set; } = LossReduction.Mean;

        /// <summary>The probability clamp; 0 (the default) means the element type's default.</summary>
        public double Epsilon { get; set; }
    }
}
