using System;
using CeGenerators;

namespace CeGenerators.Sample;

/// <summary>The kernels this sample asks the generator for: declarations only, the bodies are generated.</summary>
public static partial class Losses
{
    /// <summary>Mean cross-entropy of a batch of 10-class logits (an MNIST-sized classifier head).</summary>
    [CrossEntropyKernel(10)]
    public static partial float Mean(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);

    /// <summary>Per-example losses, e.g. to find the hardest examples of a batch.</summary>
    [CrossEntropyKernel(10, Reduction = LossReduction.None)]
    public static partial void PerExample(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);

    /// <summary>Summed loss over an ImageNet-sized 1000-class head, in double precision.</summary>
    [CrossEntropyKernel(1000, Reduction = LossReduction.Sum)]
    public static partial double Sum1000(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
}
