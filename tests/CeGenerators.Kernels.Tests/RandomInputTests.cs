namespace CeGenerators.Kernels.Tests;

/// <summary>Every declared K, both element types, all three reductions, against the double reference.</summary>
public class RandomInputTests
{
    // Row counts around every vector width (2, 4, 8, 16 lanes) so full blocks, narrower blocks and scalar tails all run.
    private static readonly int[] RowCounts = { 1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 33, 64, 100 };

    [Theory]
    [MemberData(nameof(KernelCatalog.AllClasses), MemberType = typeof(KernelCatalog))]
    public void Single_matches_reference(int classes) => Check<float>(classes);

    [Theory]
    [MemberData(nameof(KernelCatalog.AllClasses), MemberType = typeof(KernelCatalog))]
    public void Double_matches_reference(int classes) => Check<double>(classes);

    private static void Check<T>(int classes)
        where T : IConvertible
    {
        KernelSet<T> kernels = KernelCatalog.Get<T>(classes);
        // Keep the largest K affordable: a few rows of a million classes are plenty.
        IEnumerable<int> rowCounts = classes > 100_000 ? new[] { 1, 3, 17 } : classes > 1000 ? RowCounts.Where(n => n <= 33) : RowCounts;
        foreach (int rows in rowCounts)
        {
            foreach (double scale in new[] { 8.0, 200.0 })
            {
                T[] logits = TestData.Logits<T>(rows, classes, seed: (rows * 31) + classes, scale);
                int[] labels = TestData.Labels(rows, classes, seed: rows + classes);
                CheckAll(kernels, logits, labels, $"K={classes} N={rows} scale={scale}");
            }
        }
    }

    internal static void CheckAll<T>(KernelSet<T> kernels, T[] logits, int[] labels, string what)
        where T : IConvertible
    {
        double tolerance = TestData.Tolerance<T>();
        double[] expected = Reference.Losses(logits, labels, kernels.Classes);
        (double sum, int counted) = Reference.Total(expected, labels);

        TestData.AssertClose(sum, TestData.ToDouble(kernels.Sum(logits, labels)), tolerance, what + " Sum");
        TestData.AssertClose(sum / counted, TestData.ToDouble(kernels.Mean(logits, labels)), tolerance, what + " Mean");

        var losses = new T[labels.Length];
        kernels.None(logits, labels, losses);
        for (int i = 0; i < losses.Length; i++)
        {
            TestData.AssertClose(expected[i], TestData.ToDouble(losses[i]), tolerance, $"{what} row {i}");
        }
    }

    [Fact]
    public void Single_mean_of_ten_million_rows_is_within_1e5()
    {
        const int rows = 10_000_000;
        KernelSet<float> kernels = KernelCatalog.Single(2);
        float[] logits = TestData.Logits<float>(rows, 2, seed: 7, scale: 6);
        int[] labels = TestData.Labels(rows, 2, seed: 7);
        (double sum, int counted) = Reference.Total(Reference.Losses(logits, labels, 2), labels);
        double expected = sum / counted;
        double actual = kernels.Mean(logits, labels);
        Assert.True(Math.Abs(actual - expected) <= 1e-5 * expected, $"mean {actual:R} vs reference {expected:R}");
    }

    [Fact]
    public void Single_mean_of_a_million_rows_of_ten_classes_is_within_1e5()
    {
        const int rows = 1_000_000;
        KernelSet<float> kernels = KernelCatalog.Single(10);
        float[] logits = TestData.Logits<float>(rows, 10, seed: 11, scale: 20);
        int[] labels = TestData.Labels(rows, 10, seed: 11);
        (double sum, int counted) = Reference.Total(Reference.Losses(logits, labels, 10), labels);
        double expected = sum / counted;
        Assert.True(Math.Abs(kernels.Mean(logits, labels) - expected) <= 1e-5 * expected);
        Assert.True(Math.Abs(kernels.Sum(logits, labels) - sum) <= 1e-5 * sum);
    }

    [Fact]
    public void Double_mean_of_a_million_rows_is_within_1e12()
    {
        const int rows = 1_000_000;
        foreach (int classes in new[] { 10, 33 })
        {
            KernelSet<double> kernels = KernelCatalog.Double(classes);
            double[] logits = TestData.Logits<double>(rows, classes, seed: 13, scale: 30);
            int[] labels = TestData.Labels(rows, classes, seed: 13);
            (double sum, int counted) = Reference.Total(Reference.Losses(logits, labels, classes), labels);
            TestData.AssertClose(sum / counted, kernels.Mean(logits, labels), 1e-12, $"K={classes} mean");
        }
    }
}
