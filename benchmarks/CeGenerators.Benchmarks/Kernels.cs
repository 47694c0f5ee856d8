using System;
using CeGenerators;

namespace CeGenerators.Benchmarks;

/// <summary>The generated kernels under measurement.</summary>
public static partial class Kernels
{
    [CrossEntropyKernel(10)]
    public static partial float Mean10(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);

    [CrossEntropyKernel(1000)]
    public static partial float Mean1000(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);

    [CrossEntropyKernel(10)]
    public static partial double Mean10(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);

    [CrossEntropyKernel(10, Reduction = LossReduction.None)]
    public static partial void Losses10(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);

    public static float Mean(int classes, float[] logits, int[] labels) => classes switch
    {
        10 => Mean10(logits, labels),
        1000 => Mean1000(logits, labels),
        _ => throw new ArgumentOutOfRangeException(nameof(classes)),
    };
}

/// <summary>The family kernels under measurement.</summary>
public static partial class FamilyKernels
{
    [CrossEntropyKernel(10)]
    public static partial float LossAndGradient10(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> gradient);

    [BinaryCrossEntropyKernel]
    public static partial float Binary(ReadOnlySpan<float> logits, ReadOnlySpan<float> targets);

    [BinaryCrossEntropyKernel]
    public static partial float BinaryWithGradient(ReadOnlySpan<float> logits, ReadOnlySpan<float> targets, Span<float> gradient);

    [EntropyKernel(10)]
    public static partial float Entropy10(ReadOnlySpan<float> probabilities);

    [KlDivergenceKernel(10)]
    public static partial float Kl10(ReadOnlySpan<float> logits, ReadOnlySpan<float> targets);
}

/// <summary>Cross-entropy variants under measurement.</summary>
public static partial class VariantKernels
{
    [CrossEntropyKernel(10, Input = LossInput.Probabilities)]
    public static partial float ProbabilitiesLabels(ReadOnlySpan<float> probabilities, ReadOnlySpan<int> labels);

    [CrossEntropyKernel(10)]
    public static partial float SoftTargets(ReadOnlySpan<float> logits, ReadOnlySpan<float> targets);

    [CrossEntropyKernel(10)]
    public static partial float Weighted(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, ReadOnlySpan<float> classWeights);
}
