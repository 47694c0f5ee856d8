using System;
using System.Diagnostics;
using System.Globalization;
using System.Numerics.Tensors;
using CeGenerators;

namespace CeGenerators.Benchmarks;

/// <summary>The fused loss + gradient kernels of the issue-8 class counts, and the loss-only kernels beside them.</summary>
public static partial class FusedKernels
{
    [CrossEntropyKernel(10)]
    public static partial float Fused10(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> gradient);

    [CrossEntropyKernel(32)]
    public static partial float Fused32(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> gradient);

    [CrossEntropyKernel(100)]
    public static partial float Fused100(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> gradient);

    [CrossEntropyKernel(1000)]
    public static partial float Fused1000(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> gradient);

    [CrossEntropyKernel(32)]
    public static partial float Loss32(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);

    [CrossEntropyKernel(100)]
    public static partial float Loss100(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);

    public static float Fused(int classes, float[] x, int[] y, float[] g) => classes switch
    {
        10 => Fused10(x, y, g),
        32 => Fused32(x, y, g),
        100 => Fused100(x, y, g),
        1000 => Fused1000(x, y, g),
        _ => throw new ArgumentOutOfRangeException(nameof(classes)),
    };

    public static float Loss(int classes, float[] x, int[] y) => classes switch
    {
        32 => Loss32(x, y),
        100 => Loss100(x, y),
        _ => Kernels.Mean(classes, x, y),
    };
}

/// <summary>
/// <c>--fused</c>: the fused loss + gradient kernel against its own roofline (read N x K, write N x K: TensorPrimitives.Negate
/// from the logits into the gradient) and against the loss kernel plus a separate gradient pass (the naive softmax gradient
/// loop of <see cref="Baselines"/>), float Mean, 8M logits, one thread. Interleaved repetitions, minimum of each.
/// </summary>
public static class FusedGradientCheck
{
    public static void Run(int repetitions = 30)
    {
        foreach (int classes in new[] { 10, 32, 100, 1000 })
        {
            int rows = ParallelMean.Logits / classes;
            float[] x = Data.SingleLogits(rows, classes, seed: 1);
            int[] y = Data.Labels(rows, classes, seed: 1);
            float[] g = new float[x.Length];
            double fused = double.MaxValue, roofline = double.MaxValue, separate = double.MaxValue, loss = double.MaxValue;
            for (int i = 0; i < repetitions; i++)
            {
                fused = Math.Min(fused, Time(() => FusedKernels.Fused(classes, x, y, g)));
                roofline = Math.Min(roofline, Time(() => { TensorPrimitives.Negate(x, g); return 0f; }));
                loss = Math.Min(loss, Time(() => FusedKernels.Loss(classes, x, y)));
                if (i < 5)
                {
                    separate = Math.Min(separate, Time(() => { float l = FusedKernels.Loss(classes, x, y); Baselines.SoftmaxGradient(x, y, classes, g); return l; }));
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"K={classes,-5} fused {fused:F2} ms  x roofline {fused / roofline:F2}  loss only {loss:F2} ms  loss + separate gradient {separate:F2} ms ({separate / fused:F1}x the fused)"));
        }
    }

    private static double Time(Func<float> f)
    {
        var watch = Stopwatch.StartNew();
        f();
        return watch.Elapsed.TotalMilliseconds;
    }
}
