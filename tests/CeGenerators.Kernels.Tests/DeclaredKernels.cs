// Kernels under test: for every class count below, float and double, Mean, Sum and None.
// Each K is a nested type so tests can find its kernels by name (see KernelCatalog).
using System;
using CeGenerators;

namespace CeGenerators.Kernels.Tests;

internal static partial class Declared
{
    internal static partial class K2
    {
        [CrossEntropyKernel(2)] public static partial float MeanF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(2, Reduction = LossReduction.Sum)] public static partial float SumF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(2, Reduction = LossReduction.None)] public static partial void NoneF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);
        [CrossEntropyKernel(2)] public static partial double MeanD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(2, Reduction = LossReduction.Sum)] public static partial double SumD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(2, Reduction = LossReduction.None)] public static partial void NoneD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, Span<double> losses);
    }

    internal static partial class K3
    {
        [CrossEntropyKernel(3)] public static partial float MeanF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(3, Reduction = LossReduction.Sum)] public static partial float SumF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(3, Reduction = LossReduction.None)] public static partial void NoneF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);
        [CrossEntropyKernel(3)] public static partial double MeanD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(3, Reduction = LossReduction.Sum)] public static partial double SumD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(3, Reduction = LossReduction.None)] public static partial void NoneD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, Span<double> losses);
    }

    internal static partial class K4
    {
        [CrossEntropyKernel(4)] public static partial float MeanF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(4, Reduction = LossReduction.Sum)] public static partial float SumF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(4, Reduction = LossReduction.None)] public static partial void NoneF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);
        [CrossEntropyKernel(4)] public static partial double MeanD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(4, Reduction = LossReduction.Sum)] public static partial double SumD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(4, Reduction = LossReduction.None)] public static partial void NoneD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, Span<double> losses);
    }

    internal static partial class K5
    {
        [CrossEntropyKernel(5)] public static partial float MeanF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(5, Reduction = LossReduction.Sum)] public static partial float SumF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(5, Reduction = LossReduction.None)] public static partial void NoneF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);
        [CrossEntropyKernel(5)] public static partial double MeanD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(5, Reduction = LossReduction.Sum)] public static partial double SumD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(5, Reduction = LossReduction.None)] public static partial void NoneD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, Span<double> losses);
    }

    internal static partial class K7
    {
        [CrossEntropyKernel(7)] public static partial float MeanF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(7, Reduction = LossReduction.Sum)] public static partial float SumF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(7, Reduction = LossReduction.None)] public static partial void NoneF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);
        [CrossEntropyKernel(7)] public static partial double MeanD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(7, Reduction = LossReduction.Sum)] public static partial double SumD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(7, Reduction = LossReduction.None)] public static partial void NoneD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, Span<double> losses);
    }

    internal static partial class K8
    {
        [CrossEntropyKernel(8)] public static partial float MeanF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(8, Reduction = LossReduction.Sum)] public static partial float SumF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(8, Reduction = LossReduction.None)] public static partial void NoneF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);
        [CrossEntropyKernel(8)] public static partial double MeanD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(8, Reduction = LossReduction.Sum)] public static partial double SumD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(8, Reduction = LossReduction.None)] public static partial void NoneD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, Span<double> losses);
    }

    internal static partial class K10
    {
        [CrossEntropyKernel(10)] public static partial float MeanF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(10, Reduction = LossReduction.Sum)] public static partial float SumF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(10, Reduction = LossReduction.None)] public static partial void NoneF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);
        [CrossEntropyKernel(10)] public static partial double MeanD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(10, Reduction = LossReduction.Sum)] public static partial double SumD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(10, Reduction = LossReduction.None)] public static partial void NoneD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, Span<double> losses);
    }

    internal static partial class K15
    {
        [CrossEntropyKernel(15)] public static partial float MeanF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(15, Reduction = LossReduction.Sum)] public static partial float SumF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(15, Reduction = LossReduction.None)] public static partial void NoneF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);
        [CrossEntropyKernel(15)] public static partial double MeanD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(15, Reduction = LossReduction.Sum)] public static partial double SumD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(15, Reduction = LossReduction.None)] public static partial void NoneD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, Span<double> losses);
    }

    internal static partial class K16
    {
        [CrossEntropyKernel(16)] public static partial float MeanF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(16, Reduction = LossReduction.Sum)] public static partial float SumF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(16, Reduction = LossReduction.None)] public static partial void NoneF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);
        [CrossEntropyKernel(16)] public static partial double MeanD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(16, Reduction = LossReduction.Sum)] public static partial double SumD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(16, Reduction = LossReduction.None)] public static partial void NoneD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, Span<double> losses);
    }

    internal static partial class K17
    {
        [CrossEntropyKernel(17)] public static partial float MeanF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(17, Reduction = LossReduction.Sum)] public static partial float SumF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(17, Reduction = LossReduction.None)] public static partial void NoneF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);
        [CrossEntropyKernel(17)] public static partial double MeanD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(17, Reduction = LossReduction.Sum)] public static partial double SumD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(17, Reduction = LossReduction.None)] public static partial void NoneD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, Span<double> losses);
    }

    internal static partial class K31
    {
        [CrossEntropyKernel(31)] public static partial float MeanF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(31, Reduction = LossReduction.Sum)] public static partial float SumF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(31, Reduction = LossReduction.None)] public static partial void NoneF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);
        [CrossEntropyKernel(31)] public static partial double MeanD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(31, Reduction = LossReduction.Sum)] public static partial double SumD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(31, Reduction = LossReduction.None)] public static partial void NoneD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, Span<double> losses);
    }

    internal static partial class K32
    {
        [CrossEntropyKernel(32)] public static partial float MeanF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(32, Reduction = LossReduction.Sum)] public static partial float SumF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(32, Reduction = LossReduction.None)] public static partial void NoneF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);
        [CrossEntropyKernel(32)] public static partial double MeanD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(32, Reduction = LossReduction.Sum)] public static partial double SumD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(32, Reduction = LossReduction.None)] public static partial void NoneD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, Span<double> losses);
    }

    internal static partial class K33
    {
        [CrossEntropyKernel(33)] public static partial float MeanF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(33, Reduction = LossReduction.Sum)] public static partial float SumF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(33, Reduction = LossReduction.None)] public static partial void NoneF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);
        [CrossEntropyKernel(33)] public static partial double MeanD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(33, Reduction = LossReduction.Sum)] public static partial double SumD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(33, Reduction = LossReduction.None)] public static partial void NoneD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, Span<double> losses);
    }

    internal static partial class K64
    {
        [CrossEntropyKernel(64)] public static partial float MeanF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(64, Reduction = LossReduction.Sum)] public static partial float SumF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(64, Reduction = LossReduction.None)] public static partial void NoneF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);
        [CrossEntropyKernel(64)] public static partial double MeanD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(64, Reduction = LossReduction.Sum)] public static partial double SumD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(64, Reduction = LossReduction.None)] public static partial void NoneD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, Span<double> losses);
    }

    internal static partial class K100
    {
        [CrossEntropyKernel(100)] public static partial float MeanF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(100, Reduction = LossReduction.Sum)] public static partial float SumF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(100, Reduction = LossReduction.None)] public static partial void NoneF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);
        [CrossEntropyKernel(100)] public static partial double MeanD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(100, Reduction = LossReduction.Sum)] public static partial double SumD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(100, Reduction = LossReduction.None)] public static partial void NoneD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, Span<double> losses);
    }

    internal static partial class K255
    {
        [CrossEntropyKernel(255)] public static partial float MeanF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(255, Reduction = LossReduction.Sum)] public static partial float SumF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(255, Reduction = LossReduction.None)] public static partial void NoneF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);
        [CrossEntropyKernel(255)] public static partial double MeanD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(255, Reduction = LossReduction.Sum)] public static partial double SumD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(255, Reduction = LossReduction.None)] public static partial void NoneD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, Span<double> losses);
    }

    internal static partial class K1000
    {
        [CrossEntropyKernel(1000)] public static partial float MeanF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(1000, Reduction = LossReduction.Sum)] public static partial float SumF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(1000, Reduction = LossReduction.None)] public static partial void NoneF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);
        [CrossEntropyKernel(1000)] public static partial double MeanD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(1000, Reduction = LossReduction.Sum)] public static partial double SumD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(1000, Reduction = LossReduction.None)] public static partial void NoneD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, Span<double> losses);
    }

    internal static partial class K1024
    {
        [CrossEntropyKernel(1024)] public static partial float MeanF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(1024, Reduction = LossReduction.Sum)] public static partial float SumF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(1024, Reduction = LossReduction.None)] public static partial void NoneF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);
        [CrossEntropyKernel(1024)] public static partial double MeanD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(1024, Reduction = LossReduction.Sum)] public static partial double SumD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(1024, Reduction = LossReduction.None)] public static partial void NoneD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, Span<double> losses);
    }

    internal static partial class K4097
    {
        [CrossEntropyKernel(4097)] public static partial float MeanF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(4097, Reduction = LossReduction.Sum)] public static partial float SumF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(4097, Reduction = LossReduction.None)] public static partial void NoneF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);
        [CrossEntropyKernel(4097)] public static partial double MeanD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(4097, Reduction = LossReduction.Sum)] public static partial double SumD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(4097, Reduction = LossReduction.None)] public static partial void NoneD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, Span<double> losses);
    }

    internal static partial class K1048576
    {
        [CrossEntropyKernel(1048576)] public static partial float MeanF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(1048576, Reduction = LossReduction.Sum)] public static partial float SumF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(1048576, Reduction = LossReduction.None)] public static partial void NoneF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);
        [CrossEntropyKernel(1048576)] public static partial double MeanD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(1048576, Reduction = LossReduction.Sum)] public static partial double SumD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
        [CrossEntropyKernel(1048576, Reduction = LossReduction.None)] public static partial void NoneD(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, Span<double> losses);
    }

}
