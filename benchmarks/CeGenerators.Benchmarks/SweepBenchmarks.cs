using System;
using System.Collections.Generic;
using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;

namespace CeGenerators.Benchmarks;

/// <summary>
/// The class-count sweep, float: every K of <see cref="Sweep.SingleClasses"/>, 8M logits each, Mean. The
/// <see cref="SweepColumns"/> put ns/row and the ratios to the roofline, TensorPrimitives per row and the naive loop on
/// the generated kernel's line.
/// </summary>
[Config(typeof(SweepConfig))]
public class SingleSweep
{
    private float[] _logits = Array.Empty<float>();
    private int[] _labels = Array.Empty<int>();
    private float[] _scratch = Array.Empty<float>();

    public static IEnumerable<int> AllClasses => Sweep.SingleClasses;

    [ParamsSource(nameof(AllClasses))]
    public int K { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _logits = Sweep.SingleLogits(K);
        _labels = Sweep.Labels(K);
        _scratch = new float[K];
    }

    [Benchmark(Description = SweepColumns.Generated)]
    public float Generated() => SweepKernels.Mean(K, _logits, _labels);

    [Benchmark(Description = SweepColumns.Roofline)]
    public float Roofline() => TensorPrimitives.Sum(_logits);

    [Benchmark(Description = SweepColumns.TensorPrimitives)]
    public float TensorPrimitivesPerRow() => Baselines.TensorPrimitivesMean(_logits, _labels, K, _scratch);

    [Benchmark(Description = SweepColumns.Naive)]
    public float Naive() => Baselines.NaiveMean(_logits, _labels, K);
}

/// <summary>The sweep's double cases: K = 10 and 1000, 8M logits each.</summary>
[Config(typeof(SweepConfig))]
public class DoubleSweep
{
    private double[] _logits = Array.Empty<double>();
    private int[] _labels = Array.Empty<int>();
    private double[] _scratch = Array.Empty<double>();

    public static IEnumerable<int> AllClasses => Sweep.DoubleClasses;

    [ParamsSource(nameof(AllClasses))]
    public int K { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _logits = Sweep.DoubleLogits(K);
        _labels = Sweep.Labels(K);
        _scratch = new double[K];
    }

    [Benchmark(Description = SweepColumns.Generated)]
    public double Generated() => SweepKernels.Mean(K, _logits, _labels);

    [Benchmark(Description = SweepColumns.Roofline)]
    public double Roofline() => TensorPrimitives.Sum<double>(_logits);

    [Benchmark(Description = SweepColumns.TensorPrimitives)]
    public double TensorPrimitivesPerRow() => Baselines.TensorPrimitivesMean(_logits, _labels, K, _scratch);

    [Benchmark(Description = SweepColumns.Naive)]
    public double Naive() => Baselines.NaiveMean(_logits, _labels, K);
}
