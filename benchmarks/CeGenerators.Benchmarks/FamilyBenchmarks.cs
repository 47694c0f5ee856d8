using System;
using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;

namespace CeGenerators.Benchmarks;

/// <summary>float, N = 1,000,000, K = 10: the fused loss + gradient against the loss alone and against two passes.</summary>
[MemoryDiagnoser(false)]
public class GradientMean
{
    public const int Rows = 1_000_000, Classes = 10;
    private float[] _logits = Array.Empty<float>();
    private int[] _labels = Array.Empty<int>();
    private float[] _gradient = Array.Empty<float>();

    [GlobalSetup]
    public void Setup()
    {
        _logits = Data.SingleLogits(Rows, Classes, seed: 3);
        _labels = Data.Labels(Rows, Classes, seed: 3);
        _gradient = new float[_logits.Length];
    }

    [Benchmark(Baseline = true, Description = "naive fused loop")]
    public float Naive() => Baselines.NaiveMeanWithGradient(_logits, _labels, Classes, _gradient);

    [Benchmark(Description = "generated loss only")]
    public float LossOnly() => Kernels.Mean10(_logits, _labels);

    [Benchmark(Description = "generated loss + separate gradient pass")]
    public float TwoPasses()
    {
        float loss = Kernels.Mean10(_logits, _labels);
        Baselines.SoftmaxGradient(_logits, _labels, Classes, _gradient);
        return loss;
    }

    [Benchmark(Description = "generated fused loss + gradient")]
    public float Fused() => FamilyKernels.LossAndGradient10(_logits, _labels, _gradient);
}

/// <summary>Binary cross-entropy of 10,000,000 logits, entropy and KL divergence of 1,000,000 rows of 10.</summary>
[MemoryDiagnoser(false)]
public class OtherLosses
{
    private float[] _logits = Array.Empty<float>();
    private float[] _targets = Array.Empty<float>();
    private float[] _gradient = Array.Empty<float>();
    private float[] _rows = Array.Empty<float>();
    private float[] _distribution = Array.Empty<float>();

    [GlobalSetup]
    public void Setup()
    {
        _logits = Data.SingleLogits(10_000_000, 1, seed: 4);
        var random = new Random(4);
        _targets = Array.ConvertAll(_logits, _ => (float)random.Next(2));
        _gradient = new float[_logits.Length];
        _rows = Data.SingleLogits(1_000_000, 10, seed: 5);
        _distribution = Data.Distributions(1_000_000, 10, seed: 6);
    }

    [Benchmark(Description = "BCE naive loop")]
    public float BinaryNaive() => Baselines.NaiveBinary(_logits, _targets);

    [Benchmark(Description = "BCE generated")]
    public float Binary() => FamilyKernels.Binary(_logits, _targets);

    [Benchmark(Description = "BCE + gradient generated")]
    public float BinaryGradient() => FamilyKernels.BinaryWithGradient(_logits, _targets, _gradient);

    [Benchmark(Description = "entropy naive loop")]
    public float EntropyNaive() => Baselines.NaiveEntropy(_distribution, 10);

    [Benchmark(Description = "entropy generated")]
    public float Entropy() => FamilyKernels.Entropy10(_distribution);

    [Benchmark(Description = "KL naive loop")]
    public float KlNaive() => Baselines.NaiveKl(_rows, _distribution, 10);

    [Benchmark(Description = "KL generated")]
    public float Kl() => FamilyKernels.Kl10(_rows, _distribution);
}

/// <summary>float, N = 1,000,000, K = 10: probabilities with labels, soft targets, class weights.</summary>
[MemoryDiagnoser(false)]
public class CrossEntropyVariants
{
    public const int Rows = 1_000_000, Classes = 10;
    private float[] _logits = Array.Empty<float>(), _probabilities = Array.Empty<float>(), _targets = Array.Empty<float>(), _weights = Array.Empty<float>();
    private int[] _labels = Array.Empty<int>();

    [GlobalSetup]
    public void Setup()
    {
        _logits = Data.SingleLogits(Rows, Classes, seed: 7);
        _probabilities = Data.Distributions(Rows, Classes, seed: 8);
        _targets = Data.Distributions(Rows, Classes, seed: 9);
        _labels = Data.Labels(Rows, Classes, seed: 7);
        _weights = new float[] { 1, 2, 0.5f, 1, 1, 3, 1, 1, 0.25f, 1 };
    }

    [Benchmark(Description = "probabilities + labels, naive")]
    public float ProbabilitiesNaive() => Baselines.NaiveNll(_probabilities, _labels, Classes);

    [Benchmark(Description = "probabilities + labels, generated")]
    public float Probabilities() => VariantKernels.ProbabilitiesLabels(_probabilities, _labels);

    [Benchmark(Description = "soft targets, naive")]
    public float SoftNaive() => Baselines.NaiveSoftTargets(_logits, _targets, Classes);

    [Benchmark(Description = "soft targets, generated")]
    public float Soft() => VariantKernels.SoftTargets(_logits, _targets);

    [Benchmark(Description = "class weights, naive")]
    public float WeightedNaive() => Baselines.NaiveWeighted(_logits, _labels, _weights, Classes);

    [Benchmark(Description = "class weights, generated")]
    public float Weighted() => VariantKernels.Weighted(_logits, _labels, _weights);
}
