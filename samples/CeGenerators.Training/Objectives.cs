using System;
using CeGenerators;

namespace CeGenerators.Training;

/// <summary>The training objectives: declarations only; the generator writes the fused loss + gradient bodies.</summary>
public static partial class Objectives
{
    /// <summary>Mean softmax cross-entropy of 3-class logits, and its gradient with respect to the logits.</summary>
    [CrossEntropyKernel(3, LabelSmoothing = 0.01)]
    public static partial float Softmax(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> gradient);

    /// <summary>Mean binary cross-entropy from logits, and its gradient.</summary>
    [BinaryCrossEntropyKernel]
    public static partial float Logistic(ReadOnlySpan<float> logits, ReadOnlySpan<float> targets, Span<float> gradient);
}
