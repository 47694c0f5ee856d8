using System;
using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;

namespace CeGenerators.Benchmarks;

/// <summary>float, N = 1,000,000 rows, K = 10 and 1000: generated kernel vs naive loop vs TensorPrimitives vs roofline.</summary>
[MemoryDiagnoser(false)]
public class SingleMean
{
    public const int Rows = 1_000_000;

    private float[] _logits = Array.Empty<float>();
    private int[] _labels = Array.Empty<int>();
    private float[] _scratch = Array.Empty<float>();

    [Params(10, 1000)]
    public int Classes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _logits = Data.SingleLogits(Rows, Classes, seed: 1);
        _labels = Data.Labels(Rows, Classes, seed: 1);
        _scratch = new float[Classes];
    }

    [Benchmark(Baseline = true, Description = "naive loop")]
    public float Naive() => Baselines.NaiveMean(_logits, _labels, Classes);

    [Benchmark(Description = "TensorPrimitives per row")]
    public float TensorPrimitivesPerRow() => Baselines.TensorPrimitivesMean(_logits, _labels, Classes, _scratch);

    [Benchmark(Description = "generated")]
    public float Generated() => Kernels.Mean(Classes, _logits, _labels);

    [Benchmark(Description = "TensorPrimitives.Sum (roofline)")]
    public float Roofline() => TensorPrimitives.Sum(_logits);
}

/// <summary>double, N = 1,000,000 rows, K = 10.</summary>
[MemoryDiagnoser(false)]
public class DoubleMean
{
    public const int Rows = 1_000_000;
    public const int Classes = 10;

    private double[] _logits = Array.Empty<double>();
    private int[] _labels = Array.Empty<int>();
    private double[] _scratch = new double[Classes];

    [GlobalSetup]
    public void Setup()
    {
        _logits = Array.ConvertAll(Data.SingleLogits(Rows, Classes, seed: 2), v => (double)v);
        _labels = Data.Labels(Rows, Classes, seed: 2);
    }

    [Benchmark(Baseline = true, Description = "naive loop")]
    public double Naive() => Baselines.NaiveMean(_logits, _labels, Classes);

    [Benchmark(Description = "TensorPrimitives per row")]
    public double TensorPrimitivesPerRow() => Baselines.TensorPrimitivesMean(_logits, _labels, Classes, _scratch);

    [Benchmark(Description = "generated")]
    public double Generated() => Kernels.Mean10(_logits, _labels);

    [Benchmark(Description = "TensorPrimitives.Sum (roofline)")]
    public double Roofline() => TensorPrimitives.Sum<double>(_logits);
}
