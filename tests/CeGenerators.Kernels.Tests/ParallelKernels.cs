// Kernels of every kind declared twice, on one thread and with Parallel = true (identical otherwise), for ParallelTests.
using System;
using CeGenerators;

namespace CeGenerators.Kernels.Tests;

internal static partial class ParallelKernels
{
    internal static partial class Serial
    {
        [CrossEntropyKernel(10)] public static partial double CeMeanD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [BinaryCrossEntropyKernel(Reduction = LossReduction.Sum)] public static partial double BceSumD(ReadOnlySpan<double> logits, ReadOnlySpan<double> targets);
        [CrossEntropyKernel(10)] public static partial float CeMeanF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(10, Reduction = LossReduction.None)] public static partial void CeNoneF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);
        [CrossEntropyKernel(1000)] public static partial float CeMeanF1000(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(1000, Reduction = LossReduction.Sum)] public static partial double CeSumD1000(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(10, LabelSmoothing = 0.1)] public static partial float CeTrainF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, ReadOnlySpan<float> weights, Span<float> gradient);
        [CrossEntropyKernel(37, Reduction = LossReduction.None)] public static partial void CeDenseNoneD(ReadOnlySpan<double> logits, ReadOnlySpan<double> targets, Span<double> losses, Span<double> gradient);
        [CrossEntropyKernel(10, Input = LossInput.Probabilities, Reduction = LossReduction.Sum)] public static partial float NllSumF(ReadOnlySpan<float> probabilities, ReadOnlySpan<int> labels);
        [BinaryCrossEntropyKernel(PositiveWeight = 2)] public static partial float BceF(ReadOnlySpan<float> logits, ReadOnlySpan<float> targets, Span<float> gradient);
        [BinaryCrossEntropyKernel(Input = LossInput.Probabilities, Reduction = LossReduction.None)] public static partial void BceNoneD(ReadOnlySpan<double> probabilities, ReadOnlySpan<double> targets, Span<double> losses);
        [EntropyKernel(10, Input = LossInput.Logits)] public static partial float EntropyF(ReadOnlySpan<float> logits);
        [KlDivergenceKernel(10)] public static partial float KlF(ReadOnlySpan<float> logits, ReadOnlySpan<float> targets, Span<float> gradient);
    }

    internal static partial class Threaded
    {
        [CrossEntropyKernel(10, Parallel = true)] public static partial double CeMeanD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [BinaryCrossEntropyKernel(Reduction = LossReduction.Sum, Parallel = true)] public static partial double BceSumD(ReadOnlySpan<double> logits, ReadOnlySpan<double> targets);
        [CrossEntropyKernel(10, Parallel = true)] public static partial float CeMeanF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(10, Reduction = LossReduction.None, Parallel = true)] public static partial void CeNoneF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);
        [CrossEntropyKernel(1000, Parallel = true)] public static partial float CeMeanF1000(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(1000, Reduction = LossReduction.Sum, Parallel = true)] public static partial double CeSumD1000(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(10, LabelSmoothing = 0.1, Parallel = true)] public static partial float CeTrainF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, ReadOnlySpan<float> weights, Span<float> gradient);
        [CrossEntropyKernel(37, Reduction = LossReduction.None, Parallel = true)] public static partial void CeDenseNoneD(ReadOnlySpan<double> logits, ReadOnlySpan<double> targets, Span<double> losses, Span<double> gradient);
        [CrossEntropyKernel(10, Input = LossInput.Probabilities, Reduction = LossReduction.Sum, Parallel = true)] public static partial float NllSumF(ReadOnlySpan<float> probabilities, ReadOnlySpan<int> labels);
        [BinaryCrossEntropyKernel(PositiveWeight = 2, Parallel = true)] public static partial float BceF(ReadOnlySpan<float> logits, ReadOnlySpan<float> targets, Span<float> gradient);
        [BinaryCrossEntropyKernel(Input = LossInput.Probabilities, Reduction = LossReduction.None, Parallel = true)] public static partial void BceNoneD(ReadOnlySpan<double> probabilities, ReadOnlySpan<double> targets, Span<double> losses);
        [EntropyKernel(10, Input = LossInput.Logits, Parallel = true)] public static partial float EntropyF(ReadOnlySpan<float> logits);
        [KlDivergenceKernel(10, Parallel = true)] public static partial float KlF(ReadOnlySpan<float> logits, ReadOnlySpan<float> targets, Span<float> gradient);
    }
}
