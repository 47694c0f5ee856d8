namespace CeGenerators.Kernels.Tests;

/// <summary>
/// One kernel of <see cref="ParallelKernels"/> run on deterministic data of a given row count, with Parallel off or on;
/// <see cref="Run"/> returns every output (the returned loss, the None losses, the gradient) widened to double.
/// </summary>
public sealed record ParallelCase(string Name, int Classes, int ElementBytes, Func<bool, int, double[]> Run)
{
    public override string ToString() => Name;

    /// <summary>Rows per chunk, as the generator cuts them (ParallelismPlan): 256 KB of input, a multiple of 64 rows when larger.</summary>
    public int ChunkRows
    {
        get
        {
            int rows = KernelLimits.ChunkBytes / ElementBytes / Classes;
            return rows >= 64 ? rows - (rows % 64) : Math.Max(1, rows);
        }
    }

    /// <summary>Row counts around the chunk size and the parallel threshold, and several chunks with a partial last one.</summary>
    public IEnumerable<int> Sizes()
    {
        int c = ChunkRows, min = KernelLimits.MinParallelChunks * c;
        return new[] { 0, 1, c - 1, c + 1, min - 1, min, min + 1, (9 * c) + 33 }.Where(n => n >= 0).Distinct();
    }

    public int LargeRows => (9 * ChunkRows) + 33;
}

/// <summary>The cases: every kernel kind, both element types, every reduction, weights, smoothing, gradients.</summary>
public static class ParallelCases
{
    private const int Ignore = KernelLimits.DefaultIgnoreIndex;

    public static readonly IReadOnlyList<ParallelCase> All = new ParallelCase[]
    {
        new("CeMeanF", 10, 4, (p, n) => Out(Pick(p, ParallelKernels.Serial.CeMeanF, ParallelKernels.Threaded.CeMeanF)(F(n * 10, n), Labels(n, 10)))),
        // Double totals show a different chunking in their last bits; a float total may round it away.
        new("CeMeanD", 10, 8, (p, n) => Out(p ? ParallelKernels.Threaded.CeMeanD(D(n * 10, n), Labels(n, 10)) : ParallelKernels.Serial.CeMeanD(D(n * 10, n), Labels(n, 10)))),
        new("BceSumD", 1, 8, (p, n) => Out(p ? ParallelKernels.Threaded.BceSumD(D(n, n), Distributions(n, 1)) : ParallelKernels.Serial.BceSumD(D(n, n), Distributions(n, 1)))),
        new("CeNoneF", 10, 4, (p, n) =>
        {
            var losses = new float[n];
            (p ? (NoneF)ParallelKernels.Threaded.CeNoneF : ParallelKernels.Serial.CeNoneF)(F(n * 10, n), Labels(n, 10), losses);
            return Widen(losses);
        }),
        new("CeMeanF1000", 1000, 4, (p, n) => Out(Pick(p, ParallelKernels.Serial.CeMeanF1000, ParallelKernels.Threaded.CeMeanF1000)(F(n * 1000, n), Labels(n, 1000)))),
        new("CeSumD1000", 1000, 8, (p, n) => Out(p ? ParallelKernels.Threaded.CeSumD1000(D(n * 1000, n), Labels(n, 1000)) : ParallelKernels.Serial.CeSumD1000(D(n * 1000, n), Labels(n, 1000)))),
        new("CeTrainF", 10, 4, (p, n) =>
        {
            var gradient = new float[n * 10];
            float[] weights = Enumerable.Range(0, 10).Select(k => 0.5f + (k * 0.125f)).ToArray();
            float loss = p ? ParallelKernels.Threaded.CeTrainF(F(n * 10, n), Labels(n, 10), weights, gradient) : ParallelKernels.Serial.CeTrainF(F(n * 10, n), Labels(n, 10), weights, gradient);
            return Out(loss).Concat(Widen(gradient)).ToArray();
        }),
        new("CeDenseNoneD", 37, 8, (p, n) =>
        {
            var losses = new double[n];
            var gradient = new double[n * 37];
            if (p) ParallelKernels.Threaded.CeDenseNoneD(D(n * 37, n), Distributions(n, 37), losses, gradient);
            else ParallelKernels.Serial.CeDenseNoneD(D(n * 37, n), Distributions(n, 37), losses, gradient);
            return losses.Concat(gradient).ToArray();
        }),
        new("NllSumF", 10, 4, (p, n) => Out(Pick(p, ParallelKernels.Serial.NllSumF, ParallelKernels.Threaded.NllSumF)(Distributions(n, 10).Select(v => (float)v).ToArray(), Labels(n, 10)))),
        new("BceF", 1, 4, (p, n) =>
        {
            var gradient = new float[n];
            float[] targets = Distributions(n, 1).Select(v => (float)v).ToArray();
            float loss = p ? ParallelKernels.Threaded.BceF(F(n, n), targets, gradient) : ParallelKernels.Serial.BceF(F(n, n), targets, gradient);
            return Out(loss).Concat(Widen(gradient)).ToArray();
        }),
        new("BceNoneD", 1, 8, (p, n) =>
        {
            var losses = new double[n];
            double[] probabilities = Distributions(n, 1).Select(v => v * 0.999).ToArray();
            if (p) ParallelKernels.Threaded.BceNoneD(probabilities, Distributions(n + 1, 1).AsSpan(1).ToArray(), losses);
            else ParallelKernels.Serial.BceNoneD(probabilities, Distributions(n + 1, 1).AsSpan(1).ToArray(), losses);
            return losses;
        }),
        new("EntropyF", 10, 4, (p, n) => Out(p ? ParallelKernels.Threaded.EntropyF(F(n * 10, n)) : ParallelKernels.Serial.EntropyF(F(n * 10, n)))),
        new("KlF", 10, 4, (p, n) =>
        {
            var gradient = new float[n * 10];
            float[] targets = Distributions(n, 10).Select(v => (float)v).ToArray();
            float loss = p ? ParallelKernels.Threaded.KlF(F(n * 10, n), targets, gradient) : ParallelKernels.Serial.KlF(F(n * 10, n), targets, gradient);
            return Out(loss).Concat(Widen(gradient)).ToArray();
        }),
    };

    public static IEnumerable<object[]> Names() => All.Select(c => new object[] { c.Name });

    public static ParallelCase Get(string name) => All.Single(c => c.Name == name);

    public delegate void NoneF(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);

    public delegate float TotalF(ReadOnlySpan<float> input, ReadOnlySpan<int> labels);

    private static TotalF Pick(bool parallel, TotalF serial, TotalF threaded) => parallel ? threaded : serial;

    private static double[] Out(double value) => new[] { value };

    private static double[] Widen(float[] values) => values.Select(v => (double)v).ToArray();

    private static float[] F(int length, int seed) => TestData.Logits<float>(length, 1, seed);

    private static double[] D(int length, int seed) => TestData.Logits<double>(length, 1, seed);

    /// <summary>Class labels with every 13th row ignored.</summary>
    public static int[] Labels(int rows, int classes)
    {
        int[] labels = TestData.Labels(rows, classes, rows);
        for (int i = 0; i < rows; i += 13)
        {
            labels[i] = Ignore;
        }

        return labels;
    }

    /// <summary>Rows of positive values summing to 1 (for one class: values in (0, 1)).</summary>
    private static double[] Distributions(int rows, int classes)
    {
        var random = new Random(rows + 7);
        var values = new double[rows * classes];
        for (int r = 0; r < rows; r++)
        {
            double sum = 0;
            for (int k = 0; k < classes; k++)
            {
                sum += values[(r * classes) + k] = 0.01 + random.NextDouble();
            }

            for (int k = 0; k < classes && classes > 1; k++)
            {
                values[(r * classes) + k] /= sum;
            }

            if (classes == 1)
            {
                values[r] = Math.Min(values[r], 0.99);
            }
        }

        return values;
    }
}
