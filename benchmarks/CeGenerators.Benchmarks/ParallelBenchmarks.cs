using System;
using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using CeGenerators;

namespace CeGenerators.Benchmarks;

/// <summary>The same kernels as <see cref="Kernels"/>, with <c>Parallel = true</c> (and K = 2, for the per-chunk overhead).</summary>
public static partial class ParallelKernels
{
    [CrossEntropyKernel(2)]
    public static partial float Mean2(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);

    [CrossEntropyKernel(2, Parallel = true)]
    public static partial float Mean2Parallel(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);

    [CrossEntropyKernel(10, Parallel = true)]
    public static partial float Mean10Parallel(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);

    [CrossEntropyKernel(1000, Parallel = true)]
    public static partial float Mean1000Parallel(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);

    public static float Serial(int classes, float[] logits, int[] labels) => classes switch
    {
        2 => Mean2(logits, labels),
        _ => Kernels.Mean(classes, logits, labels),
    };

    public static float Parallel(int classes, float[] logits, int[] labels) => classes switch
    {
        2 => Mean2Parallel(logits, labels),
        10 => Mean10Parallel(logits, labels),
        1000 => Mean1000Parallel(logits, labels),
        _ => throw new ArgumentOutOfRangeException(nameof(classes)),
    };
}

/// <summary>Parallel = true against the same kernel on one thread, float Mean, 8M logits (32 MB).</summary>
public class ParallelMean
{
    public const int Logits = 8 * 1024 * 1024;

    private float[] _logits = Array.Empty<float>();
    private int[] _labels = Array.Empty<int>();

    [Params(10, 1000)]
    public int Classes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _logits = Data.SingleLogits(Logits / Classes, Classes, seed: 1);
        _labels = Data.Labels(Logits / Classes, Classes, seed: 1);
    }

    [Benchmark(Baseline = true, Description = "one thread")]
    public float OneThread() => ParallelKernels.Serial(Classes, _logits, _labels);

    [Benchmark(Description = "Parallel = true")]
    public float Parallel() => ParallelKernels.Parallel(Classes, _logits, _labels);
}

/// <summary>
/// <c>--parallel</c>: interleaved repetitions (one thread, then Parallel, alternately), min of each, so that load from
/// other processes hits both alike. Prints the speed-up at 8M logits and, for K = 10, across batch sizes around the
/// threshold (KernelLimits.MinParallelChunks chunks of KernelLimits.ChunkBytes).
/// </summary>
public static class ParallelCheck
{
    public static void Run(int repetitions = 200)
    {
        Console.WriteLine($"processors {Environment.ProcessorCount}; chunk {KernelLimits.ChunkBytes / 1024} KB; parallel from {KernelLimits.MinParallelChunks} chunks");
        foreach (int classes in new[] { 2, 10, 1000 })
        {
            Measure(classes, ParallelMean.Logits, repetitions);
        }

        foreach (int kilobytes in new[] { 256, 512, 768, 1024, 1536, 2048, 4096 })
        {
            Measure(10, kilobytes * 1024 / sizeof(float), repetitions * 10);
        }
    }

    private static void Measure(int classes, int logits, int repetitions)
    {
        int rows = logits / classes;
        float[] x = Data.SingleLogits(rows, classes, seed: 1);
        int[] y = Data.Labels(rows, classes, seed: 1);
        float serialLoss = ParallelKernels.Serial(classes, x, y), parallelLoss = ParallelKernels.Parallel(classes, x, y);
        double serial = double.MaxValue, parallel = double.MaxValue;
        for (int i = 0; i < repetitions; i++)
        {
            serial = Math.Min(serial, Time(() => ParallelKernels.Serial(classes, x, y)));
            parallel = Math.Min(parallel, Time(() => ParallelKernels.Parallel(classes, x, y)));
        }

        string same = BitConverter.SingleToInt32Bits(serialLoss) == BitConverter.SingleToInt32Bits(parallelLoss) ? "bit-identical" : "DIFFERENT";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"K={classes,-5} {logits * 4 / 1024,6} KB  one thread {serial * 1e3,9:F1} us  Parallel {parallel * 1e3,9:F1} us  speed-up {serial / parallel,5:F2}x  ({same})"));
    }

    private static double Time(Func<float> f)
    {
        var watch = Stopwatch.StartNew();
        f();
        return watch.Elapsed.TotalMilliseconds;
    }
}
