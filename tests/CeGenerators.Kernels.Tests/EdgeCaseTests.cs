namespace CeGenerators.Kernels.Tests;

/// <summary>The numerical edges: huge logits, -inf masks, equal rows, NaN, empty batches, ignored rows.</summary>
public class EdgeCaseTests
{
    // K values that take each strategy: rows across lanes (2, 10, 16) and classes across lanes (17, 1000).
    public static IEnumerable<object[]> Strategies() => new[] { 2, 10, 16, 17, 24, 48, 100, 128, 1000 }.Select(k => new object[] { k });

    private static T[] Rows<T>(int rows, int classes, Func<int, int, double> value)
    {
        var logits = new T[rows * classes];
        for (int i = 0; i < rows; i++)
        {
            for (int k = 0; k < classes; k++)
            {
                logits[(i * classes) + k] = TestData.From<T>(value(i, k));
            }
        }

        return logits;
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void Huge_single_logits_stay_finite_and_exact(int classes)
    {
        // Two tied huge logits: loss log 2 for the label on either, huge for a label elsewhere.
        const int rows = 37;
        float[] logits = Rows<float>(rows, classes, (i, k) => k < 2 ? 1e30 : (i % 2 == 0 ? -1e30 : 0));
        int[] labels = Enumerable.Range(0, rows).Select(i => i % 3 == 2 && classes > 2 ? 2 : i % 2).ToArray();
        var losses = new float[rows];
        KernelCatalog.Single(classes).None(logits, labels, losses);
        for (int i = 0; i < rows; i++)
        {
            double expected = labels[i] < 2 ? Math.Log(2) : (i % 2 == 0 ? 2e30 : 1e30);
            TestData.AssertClose(expected, losses[i], 1e-6, $"row {i}");
        }
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void Huge_double_logits_stay_finite_and_exact(int classes)
    {
        const int rows = 21;
        // exp(700) and exp(1000) overflow without the max subtraction.
        double[] logits = Rows<double>(rows, classes, (i, k) => k == 0 ? 1000 : k == 1 ? 1000 - Math.Log(3) : 700);
        int[] labels = Enumerable.Range(0, rows).Select(i => i % Math.Min(3, classes)).ToArray();
        var losses = new double[rows];
        KernelCatalog.Double(classes).None(logits, labels, losses);
        double lse = 1000 + Math.Log(1 + (1.0 / 3) + ((classes - 2) * Math.Exp(-300)));
        for (int i = 0; i < rows; i++)
        {
            double picked = labels[i] == 0 ? 1000 : labels[i] == 1 ? 1000 - Math.Log(3) : 700;
            TestData.AssertClose(lse - picked, losses[i], 1e-12, $"row {i}");
        }
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void Negative_infinity_masks_classes(int classes)
    {
        const int rows = 19;
        // Only classes 0 and 1 are unmasked: the loss is that of a two-class problem.
        float[] logits = Rows<float>(rows, classes, (i, k) => k == 0 ? 1.5 : k == 1 ? -0.5 : double.NegativeInfinity);
        int[] labels = Enumerable.Range(0, rows).Select(i => i % 2).ToArray();
        var losses = new float[rows];
        KernelCatalog.Single(classes).None(logits, labels, losses);
        double lse = 1.5 + Math.Log(1 + Math.Exp(-2));
        for (int i = 0; i < rows; i++)
        {
            TestData.AssertClose(lse - (i % 2 == 0 ? 1.5 : -0.5), losses[i], 1e-6, $"row {i}");
        }

        // The label on a masked class: an infinite loss, as in PyTorch.
        if (classes == 2)
        {
            return;
        }

        labels[3] = classes - 1;
        KernelCatalog.Single(classes).None(logits, labels, losses);
        Assert.Equal(float.PositiveInfinity, losses[3]);
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void Equal_logits_give_log_k(int classes)
    {
        const int rows = 40;
        foreach (double value in new[] { 0.0, -3.25, 1e4 })
        {
            float[] single = Rows<float>(rows, classes, (_, _) => value);
            double[] dbl = Rows<double>(rows, classes, (_, _) => value);
            int[] labels = Enumerable.Range(0, rows).Select(i => i % classes).ToArray();
            double logK = Math.Log(Math.Max(classes, 2)); // every K here is at least 2
            TestData.AssertClose(logK, KernelCatalog.Single(classes).Mean(single, labels), 1e-6, "float");
            TestData.AssertClose(logK, KernelCatalog.Double(classes).Mean(dbl, labels), 1e-13, "double");
        }
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void NaN_anywhere_propagates(int classes)
    {
        const int rows = 35;
        foreach (int nanRow in new[] { 0, 17, rows - 1 })
        {
            foreach (int nanClass in new[] { 0, classes / 2, classes - 1 })
            {
                float[] logits = TestData.Logits<float>(rows, classes, seed: 3);
                int[] labels = TestData.Labels(rows, classes, seed: 3);
                logits[(nanRow * classes) + nanClass] = float.NaN;
                KernelSet<float> kernels = KernelCatalog.Single(classes);
                Assert.True(float.IsNaN(kernels.Mean(logits, labels)), $"mean with NaN at row {nanRow} class {nanClass}");
                Assert.True(float.IsNaN(kernels.Sum(logits, labels)));
                var losses = new float[rows];
                kernels.None(logits, labels, losses);
                for (int i = 0; i < rows; i++)
                {
                    Assert.Equal(i == nanRow, float.IsNaN(losses[i]));
                }

                double[] dbl = logits.Select(v => (double)v).ToArray();
                Assert.True(double.IsNaN(KernelCatalog.Double(classes).Mean(dbl, labels)));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void Zero_rows_sum_to_zero_and_average_to_nan(int classes)
    {
        KernelSet<float> single = KernelCatalog.Single(classes);
        KernelSet<double> dbl = KernelCatalog.Double(classes);
        Assert.Equal(0f, single.Sum(ReadOnlySpan<float>.Empty, ReadOnlySpan<int>.Empty));
        Assert.Equal(0d, dbl.Sum(ReadOnlySpan<double>.Empty, ReadOnlySpan<int>.Empty));
        Assert.True(float.IsNaN(single.Mean(ReadOnlySpan<float>.Empty, ReadOnlySpan<int>.Empty)));
        Assert.True(double.IsNaN(dbl.Mean(ReadOnlySpan<double>.Empty, ReadOnlySpan<int>.Empty)));
        single.None(ReadOnlySpan<float>.Empty, ReadOnlySpan<int>.Empty, Span<float>.Empty);
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void Ignored_rows_contribute_nothing_and_are_not_counted(int classes)
    {
        const int rows = 50;
        float[] logits = TestData.Logits<float>(rows, classes, seed: 5);
        int[] labels = TestData.Labels(rows, classes, seed: 5);
        foreach (int i in new[] { 0, 3, 16, 17, 40, 49 })
        {
            labels[i] = Reference.IgnoreIndex;
            logits[i * classes] = float.NaN; // an ignored row is not even read for its loss
        }

        RandomInputTests.CheckAll(KernelCatalog.Single(classes), logits, labels, "ignored rows");
        var losses = new float[rows];
        KernelCatalog.Single(classes).None(logits, labels, losses);
        Assert.Equal(0f, losses[16]);

        // Every row ignored: Sum is 0 and Mean is 0 / 0 = NaN, as in PyTorch.
        Array.Fill(labels, Reference.IgnoreIndex);
        Assert.Equal(0f, KernelCatalog.Single(classes).Sum(logits, labels));
        Assert.True(float.IsNaN(KernelCatalog.Single(classes).Mean(logits, labels)));
    }

    [Fact]
    public void A_custom_ignore_index_is_honoured()
    {
        float[] logits = TestData.Logits<float>(20, 10, seed: 9);
        int[] labels = TestData.Labels(20, 10, seed: 9);
        labels[4] = -1;
        labels[19] = -1;
        double[] expected = Reference.Losses(logits, labels, 10, ignoreIndex: -1);
        (double sum, int counted) = Reference.Total(expected, labels, ignoreIndex: -1);
        Assert.Equal(18, counted);
        TestData.AssertClose(sum / counted, Options.IgnoreMinusOne(logits, labels), 1e-5, "mean");
        Assert.Throws<ArgumentOutOfRangeException>(() => Options.IgnoreMinusOne(logits, labels.Select(l => l == -1 ? -100 : l).ToArray()));
    }
}
