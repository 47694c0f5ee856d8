using System;

namespace CeGenerators
{
    /// <summary>
    /// Asks the CeGenerators source generator to write the body of a <c>partial</c> method: a softmax cross-entropy
    /// kernel specialized for the element type (<see cref="float"/> or <see cref="double"/>) and this fixed class count,
    /// vectorized with Vector512/256/128 and numerically stable (log-sum-exp with max subtraction).
    /// </summary>
    /// <remarks>
    /// <para>Supported signatures, for <c>T</c> = <see cref="float"/> or <see cref="double"/>:</para>
    /// <code>
    /// [CrossEntropyKernel(10)]                                 // mean over rows
    /// static partial T Loss(ReadOnlySpan&lt;T&gt; logits, ReadOnlySpan&lt;int&gt; labels);
    /// [CrossEntropyKernel(10, Reduction = LossReduction.Sum)]  // sum over rows
    /// static partial T Loss(ReadOnlySpan&lt;T&gt; logits, ReadOnlySpan&lt;int&gt; labels);
    /// [CrossEntropyKernel(10, Reduction = LossReduction.None)] // one loss per row
    /// static partial void Losses(ReadOnlySpan&lt;T&gt; logits, ReadOnlySpan&lt;int&gt; labels, Span&lt;T&gt; losses);
    /// </code>
    /// <para>
    /// <c>logits</c> is row-major <c>[N, classes]</c> and <c>labels</c> holds N class indices in <c>[0, classes)</c> or
    /// <see cref="IgnoreIndex"/>. The loss of a row is <c>logsumexp(row) - row[label]</c>.
    /// </para>
    /// </remarks>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class CrossEntropyKernelAttribute : Attribute
    {
        /// <summary>Creates the attribute for a fixed number of classes.</summary>
        /// <param name="classes">The number of classes K, from <see cref="KernelLimits.MinClasses"/> to <see cref="KernelLimits.MaxClasses"/>.</param>
        public CrossEntropyKernelAttribute(int classes) => Classes = classes;

        /// <summary>The number of classes K: the length of every row of the input.</summary>
        public int Classes { get; }

        /// <summary>Whether the input holds logits (the default) or probabilities.</summary>
        public LossInput Input { get; set; } = LossInput.Logits;

        /// <summary>How per-row losses are combined; <see cref="LossReduction.Mean"/> by default.</summary>
        public LossReduction Reduction { get; set; } = LossReduction.Mean;

        /// <summary>
        /// The clamp applied to probabilities before the logarithm (<c>[Epsilon, 1 - Epsilon]</c>); 0 (the default) means
        /// the element type's default. Only meaningful with <see cref="LossInput.Probabilities"/>.
        /// </summary>
        public double Epsilon { get; set; }

        /// <summary>Label smoothing in [0, 1): the target becomes <c>(1 - s) * onehot + s / K</c>. 0 by default.</summary>
        public double LabelSmoothing { get; set; }

        /// <summary>
        /// Rows whose label equals this value contribute nothing and are not counted by <see cref="LossReduction.Mean"/>
        /// (PyTorch's <c>ignore_index</c>). Defaults to <see cref="KernelLimits.DefaultIgnoreIndex"/> (-100).
        /// </summary>
        public int IgnoreIndex { get; set; } = KernelLimits.DefaultIgnoreIndex;

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
