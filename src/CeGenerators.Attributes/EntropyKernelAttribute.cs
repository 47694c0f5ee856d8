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
    }
}
