namespace CeGenerators.Kernels.Tests;

/// <summary>Wrong lengths and labels raise ArgumentException naming the parameter; nothing outside the spans is touched.</summary>
public class BadInputTests
{
    public static IEnumerable<object[]> Strategies() => EdgeCaseTests.Strategies();

    [Theory]
    [MemberData(nameof(Strategies))]
    public void Logits_of_the_wrong_length_are_rejected(int classes)
    {
        float[] logits = new float[(5 * classes) + 1];
        var e = Assert.Throws<ArgumentException>(() => KernelCatalog.Single(classes).Mean(logits, new int[5]));
        Assert.Equal("logits", e.ParamName);
        Assert.Contains("labels.Length (5)", e.Message);
        e = Assert.Throws<ArgumentException>(() => KernelCatalog.Double(classes).Sum(new double[classes], new int[2]));
        Assert.Equal("logits", e.ParamName);
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void Losses_of_the_wrong_length_are_rejected(int classes)
    {
        var e = Assert.Throws<ArgumentException>(() => KernelCatalog.Single(classes).None(new float[4 * classes], new int[4], new float[3]));
        Assert.Equal("losses", e.ParamName);
        e = Assert.Throws<ArgumentException>(() => KernelCatalog.Double(classes).None(new double[4 * classes], new int[4], new double[5]));
        Assert.Equal("losses", e.ParamName);
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void Labels_out_of_range_are_rejected_with_their_row(int classes)
    {
        const int rows = 45;
        // Rows inside a 16-row vector block, inside an 8- and 4-row block, and in the scalar tail.
        foreach (int badRow in new[] { 0, 5, 20, 35, 42, 44 })
        {
            foreach (int bad in new[] { -1, classes, int.MaxValue, int.MinValue })
            {
                float[] logits = TestData.Logits<float>(rows, classes, seed: 1);
                int[] labels = TestData.Labels(rows, classes, seed: 1);
                labels[badRow] = bad;
                var e = Assert.Throws<ArgumentOutOfRangeException>(() => KernelCatalog.Single(classes).Mean(logits, labels));
                Assert.Equal("labels", e.ParamName);
                Assert.Contains($"labels[{badRow}] = {bad}", e.Message);
                Assert.Equal(bad, e.ActualValue);
                double[] dbl = logits.Select(v => (double)v).ToArray();
                e = Assert.Throws<ArgumentOutOfRangeException>(() => KernelCatalog.Double(classes).None(dbl, labels, new double[rows]));
                Assert.Contains($"labels[{badRow}]", e.Message);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void Nothing_outside_the_spans_is_read_or_written(int classes)
    {
        // The spans are slices of larger arrays whose surroundings would poison any result that read them
        // (NaN logits, invalid labels) and reveal any write (sentinel losses).
        foreach (int rows in new[] { 1, 4, 15, 16, 17, 33 })
        {
            float[] inner = TestData.Logits<float>(rows, classes, seed: rows);
            int[] labels = TestData.Labels(rows, classes, seed: rows);
            float[] padded = Enumerable.Repeat(float.NaN, 64).Concat(inner).Concat(Enumerable.Repeat(float.NaN, 64)).ToArray();
            int[] paddedLabels = Enumerable.Repeat(-7, 32).Concat(labels).Concat(Enumerable.Repeat(-7, 32)).ToArray();
            float[] losses = Enumerable.Repeat(42f, rows + 64).ToArray();
            ReadOnlySpan<float> logits = padded.AsSpan(64, inner.Length);
            ReadOnlySpan<int> labelSpan = paddedLabels.AsSpan(32, rows);

            KernelSet<float> kernels = KernelCatalog.Single(classes);
            double[] expected = Reference.Losses(inner, labels, classes);
            TestData.AssertClose(Reference.Total(expected, labels).Sum, kernels.Sum(logits, labelSpan), 1e-5, $"N={rows} sum");
            kernels.None(logits, labelSpan, losses.AsSpan(32, rows));
            Assert.All(losses.Take(32).Concat(losses.Skip(32 + rows)), v => Assert.Equal(42f, v));
            Assert.All(losses.Skip(32).Take(rows), v => Assert.False(float.IsNaN(v)));
        }
    }
}
