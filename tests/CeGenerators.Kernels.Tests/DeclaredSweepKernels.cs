// More class counts for the layouts of the class-count sweep: row blocks (K = 20, 24, 40, 48: one, two and three
// transposed groups with a partial last one) and one row at a time at the sweep's large K.
using System;
using CeGenerators;

namespace CeGenerators.Kernels.Tests;

internal static partial class Declared
{
    internal static partial class K20
    {
        [CrossEntropyKernel(20)] public static partial float MeanF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(20, Reduction = LossReduction.Sum)] public static partial float SumF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(20, Reduction = LossReduction.None)] public static partial void NoneF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);
        [CrossEntropyKernel(20)] public static partial double MeanD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(20, Reduction = LossReduction.Sum)] public static partial double SumD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(20, Reduction = LossReduction.None)] public static partial void NoneD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, Span<double> losses);
    }

    internal static partial class K24
    {
        [CrossEntropyKernel(24)] public static partial float MeanF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(24, Reduction = LossReduction.Sum)] public static partial float SumF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(24, Reduction = LossReduction.None)] public static partial void NoneF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);
        [CrossEntropyKernel(24)] public static partial double MeanD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(24, Reduction = LossReduction.Sum)] public static partial double SumD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(24, Reduction = LossReduction.None)] public static partial void NoneD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, Span<double> losses);
    }

    internal static partial class K40
    {
        [CrossEntropyKernel(40)] public static partial float MeanF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(40, Reduction = LossReduction.Sum)] public static partial float SumF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(40, Reduction = LossReduction.None)] public static partial void NoneF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);
        [CrossEntropyKernel(40)] public static partial double MeanD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(40, Reduction = LossReduction.Sum)] public static partial double SumD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(40, Reduction = LossReduction.None)] public static partial void NoneD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, Span<double> losses);
    }

    internal static partial class K48
    {
        [CrossEntropyKernel(48)] public static partial float MeanF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(48, Reduction = LossReduction.Sum)] public static partial float SumF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(48, Reduction = LossReduction.None)] public static partial void NoneF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);
        [CrossEntropyKernel(48)] public static partial double MeanD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(48, Reduction = LossReduction.Sum)] public static partial double SumD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(48, Reduction = LossReduction.None)] public static partial void NoneD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, Span<double> losses);
    }

    internal static partial class K128
    {
        [CrossEntropyKernel(128)] public static partial float MeanF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(128, Reduction = LossReduction.Sum)] public static partial float SumF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(128, Reduction = LossReduction.None)] public static partial void NoneF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);
        [CrossEntropyKernel(128)] public static partial double MeanD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(128, Reduction = LossReduction.Sum)] public static partial double SumD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(128, Reduction = LossReduction.None)] public static partial void NoneD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, Span<double> losses);
    }

    internal static partial class K256
    {
        [CrossEntropyKernel(256)] public static partial float MeanF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(256, Reduction = LossReduction.Sum)] public static partial float SumF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(256, Reduction = LossReduction.None)] public static partial void NoneF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);
        [CrossEntropyKernel(256)] public static partial double MeanD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(256, Reduction = LossReduction.Sum)] public static partial double SumD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(256, Reduction = LossReduction.None)] public static partial void NoneD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, Span<double> losses);
    }

    internal static partial class K512
    {
        [CrossEntropyKernel(512)] public static partial float MeanF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(512, Reduction = LossReduction.Sum)] public static partial float SumF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(512, Reduction = LossReduction.None)] public static partial void NoneF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);
        [CrossEntropyKernel(512)] public static partial double MeanD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(512, Reduction = LossReduction.Sum)] public static partial double SumD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(512, Reduction = LossReduction.None)] public static partial void NoneD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, Span<double> losses);
    }

    internal static partial class K4096
    {
        [CrossEntropyKernel(4096)] public static partial float MeanF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(4096, Reduction = LossReduction.Sum)] public static partial float SumF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(4096, Reduction = LossReduction.None)] public static partial void NoneF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);
        [CrossEntropyKernel(4096)] public static partial double MeanD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(4096, Reduction = LossReduction.Sum)] public static partial double SumD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(4096, Reduction = LossReduction.None)] public static partial void NoneD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, Span<double> losses);
    }

    internal static partial class K32768
    {
        [CrossEntropyKernel(32768)] public static partial float MeanF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(32768, Reduction = LossReduction.Sum)] public static partial float SumF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(32768, Reduction = LossReduction.None)] public static partial void NoneF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);
        [CrossEntropyKernel(32768)] public static partial double MeanD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(32768, Reduction = LossReduction.Sum)] public static partial double SumD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(32768, Reduction = LossReduction.None)] public static partial void NoneD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, Span<double> losses);
    }
}
