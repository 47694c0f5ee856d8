using System;
using CeGenerators;

namespace CeGenerators.Benchmarks;

/// <summary>The plain kernels of the class-count sweep: float Mean at every K of <see cref="Sweep.SingleClasses"/>, double Mean at <see cref="Sweep.DoubleClasses"/>.</summary>
public static partial class SweepKernels
{
    [CrossEntropyKernel(2)] public static partial float F2(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
    [CrossEntropyKernel(3)] public static partial float F3(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
    [CrossEntropyKernel(8)] public static partial float F8(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
    [CrossEntropyKernel(16)] public static partial float F16(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
    [CrossEntropyKernel(17)] public static partial float F17(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
    [CrossEntropyKernel(20)] public static partial float F20(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
    [CrossEntropyKernel(24)] public static partial float F24(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
    [CrossEntropyKernel(32)] public static partial float F32(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
    [CrossEntropyKernel(48)] public static partial float F48(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
    [CrossEntropyKernel(64)] public static partial float F64(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
    [CrossEntropyKernel(100)] public static partial float F100(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
    [CrossEntropyKernel(128)] public static partial float F128(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
    [CrossEntropyKernel(256)] public static partial float F256(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
    [CrossEntropyKernel(512)] public static partial float F512(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
    [CrossEntropyKernel(1000)] public static partial float F1000(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
    [CrossEntropyKernel(4096)] public static partial float F4096(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
    [CrossEntropyKernel(32768)] public static partial float F32768(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
    [CrossEntropyKernel(10)] public static partial double D10(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
    [CrossEntropyKernel(1000)] public static partial double D1000(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);

    public static float Mean(int classes, ReadOnlySpan<float> logits, ReadOnlySpan<int> labels) => classes switch
    {
        2 => F2(logits, labels),
        3 => F3(logits, labels),
        8 => F8(logits, labels),
        16 => F16(logits, labels),
        17 => F17(logits, labels),
        20 => F20(logits, labels),
        24 => F24(logits, labels),
        32 => F32(logits, labels),
        48 => F48(logits, labels),
        64 => F64(logits, labels),
        100 => F100(logits, labels),
        128 => F128(logits, labels),
        256 => F256(logits, labels),
        512 => F512(logits, labels),
        1000 => F1000(logits, labels),
        4096 => F4096(logits, labels),
        32768 => F32768(logits, labels),
        _ => throw new ArgumentOutOfRangeException(nameof(classes)),
    };

    public static double Mean(int classes, ReadOnlySpan<double> logits, ReadOnlySpan<int> labels) => classes switch
    {
        10 => D10(logits, labels),
        1000 => D1000(logits, labels),
        _ => throw new ArgumentOutOfRangeException(nameof(classes)),
    };
}
