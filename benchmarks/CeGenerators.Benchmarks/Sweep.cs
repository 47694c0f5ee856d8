using System;

namespace CeGenerators.Benchmarks;

/// <summary>
/// The class-count sweep: every case reads the same 8M logits (32 MB of float, 64 MB of double), N = 8M / K rows, so
/// the roofline (<c>TensorPrimitives.Sum</c> over those bytes) is the same memory floor at every K.
/// </summary>
public static class Sweep
{
    public const int Logits = 8 * 1024 * 1024;

    public static readonly int[] SingleClasses = { 2, 3, 8, 16, 17, 20, 24, 32, 48, 64, 100, 128, 256, 512, 1000, 4096, 32768 };

    public static readonly int[] DoubleClasses = { 10, 1000 };

    public static int Rows(int classes) => Logits / classes;

    /// <summary>Logits in [-8, 8), rounded down to whole rows.</summary>
    public static float[] SingleLogits(int classes) => Data.SingleLogits(Rows(classes), classes, seed: 5);

    public static double[] DoubleLogits(int classes) => Array.ConvertAll(SingleLogits(classes), v => (double)v);

    public static int[] Labels(int classes) => Data.Labels(Rows(classes), classes, seed: 5);
}
