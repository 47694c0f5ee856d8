namespace CeGenerators.Kernels.Tests;

/// <summary>
/// Every declared family kernel against <see cref="FamilyReference"/>: the loss for its reduction, and the fused gradient
/// against central finite differences of the reference in double.
/// </summary>
public class FamilyTests
{
    private const int Rows = 37; // a 16-row block, an 8-row, a 4-row, then one scalar row (float); 4 x 8 + 4 + 1 (double)
    private const int IgnoredRow = 2;

    public static IEnumerable<object[]> Doubles() => Family.Doubles.Select(k => new object[] { k.Name });

    public static IEnumerable<object[]> Singles() => Family.Singles.Select(k => new object[] { k.Name });

    [Theory]
    [MemberData(nameof(Doubles))]
    public void Double_kernel_matches_the_reference_and_finite_differences(string name) =>
        Check(Family.Doubles.Single(k => k.Name == name), lossTolerance: 1e-12, gradientTolerance: 1e-7);

    [Theory]
    [MemberData(nameof(Singles))]
    public void Single_kernel_matches_the_reference_and_finite_differences(string name) =>
        Check(Family.Singles.Single(k => k.Name == name), lossTolerance: 2e-6, gradientTolerance: 2e-6);

    internal sealed record Batch<T>(T[] Input, int[] Labels, T[] Targets, T[] Weights, double[][] TargetRows, double[] WeightValues);

    internal static Batch<T> MakeBatch<T>(FamilyKernel<T> kernel, int seed)
    {
        int k = kernel.Classes;
        var random = new Random(seed);
        var input = new double[Rows * k];
        for (int i = 0; i < input.Length; i++)
        {
            input[i] = kernel.Input == LossInput.Logits ? (random.NextDouble() * 8) - 4 : 0.02 + (random.NextDouble() * 0.96);
        }

        if (kernel.Input == LossInput.Probabilities)
        {
            input[(1 * k) + 0] = 0; // clamped below: loss uses log(eps), gradient 0
            input[(3 * k) + 1] = 1; // clamped above
        }

        int[] labels = Enumerable.Range(0, Rows).Select(_ => random.Next(k)).ToArray();
        double[][] targetRows = new double[Rows][];
        for (int i = 0; i < Rows; i++)
        {
            targetRows[i] = new double[k];
            if (kernel.Dense)
            {
                double[] raw = Enumerable.Range(0, k).Select(_ => random.NextDouble()).ToArray();
                double total = raw.Sum();
                for (int c = 0; c < k; c++)
                {
                    targetRows[i][c] = i == 4 ? (c == labels[i] ? 1 : 0) : raw[c] / total;
                }
            }
            else if (i != IgnoredRow)
            {
                targetRows[i][labels[i]] = 1;
            }
        }

        if (!kernel.Dense)
        {
            labels[IgnoredRow] = -100;
        }

        double[] weights = Enumerable.Range(0, k).Select(_ => kernel.Weighted ? 0.5 + (random.NextDouble() * 1.5) : 1).ToArray();
        return new Batch<T>(
            input.Select(TestData.From<T>).ToArray(),
            labels,
            targetRows.SelectMany(r => r).Select(TestData.From<T>).ToArray(),
            weights.Select(TestData.From<T>).ToArray(),
            targetRows,
            weights);
    }

    private static void Check<T>(FamilyKernel<T> kernel, double lossTolerance, double gradientTolerance)
        where T : IConvertible
    {
        int k = kernel.Classes;
        Batch<T> batch = MakeBatch(kernel, seed: kernel.Name.Length * 7919);
        var reference = new FamilyReference(k, kernel.Input, kernel.Smoothing, typeof(T) == typeof(float));
        double[] x = batch.Input.Select(TestData.ToDouble).ToArray();
        double[] weights = batch.WeightValues.Select(v => TestData.ToDouble(TestData.From<T>(v))).ToArray();
        bool Counted(int i) => kernel.Dense || i != IgnoredRow;

        double[] losses = Enumerable.Range(0, Rows).Select(i => Counted(i) ? reference.RowLoss(x.AsSpan(i * k, k), batch.TargetRows[i], weights) : 0).ToArray();
        double[] rowWeights = Enumerable.Range(0, Rows).Select(i => !Counted(i) ? 0 : kernel.Weighted ? FamilyReference.RowWeight(batch.TargetRows[i], weights) : 1).ToArray();
        double denominator = rowWeights.Sum();
        double scale = kernel.Reduction == LossReduction.Mean ? 1 / denominator : 1;

        var gradient = new T[batch.Input.Length];
        var rowLosses = new T[Rows];
        T result = kernel.Invoke(batch.Input, batch.Labels, batch.Targets, batch.Weights, rowLosses, kernel.Gradient ? gradient : Span<T>.Empty);
        switch (kernel.Reduction)
        {
            case LossReduction.Mean:
                TestData.AssertClose(losses.Sum() / denominator, TestData.ToDouble(result), lossTolerance, kernel.Name + " mean");
                break;
            case LossReduction.Sum:
                TestData.AssertClose(losses.Sum(), TestData.ToDouble(result), lossTolerance, kernel.Name + " sum");
                break;
            default:
                for (int i = 0; i < Rows; i++)
                {
                    TestData.AssertClose(losses[i], TestData.ToDouble(rowLosses[i]), lossTolerance, $"{kernel.Name} row {i}");
                }

                break;
        }

        if (!kernel.Gradient)
        {
            return;
        }

        for (int i = 0; i < Rows; i++)
        {
            for (int c = 0; c < k; c++)
            {
                int at = (i * k) + c;
                double actual = TestData.ToDouble(gradient[at]);
                if (!Counted(i) || reference.IsClamped(x[at]))
                {
                    Assert.True(actual == 0, $"{kernel.Name}: gradient[{i},{c}] = {actual} where it must be 0");
                    continue;
                }

                double h = 1e-6;
                double[] plus = x.Skip(i * k).Take(k).ToArray(), minus = (double[])plus.Clone();
                plus[c] += h;
                minus[c] -= h;
                double expected = (reference.RowLoss(plus, batch.TargetRows[i], weights) - reference.RowLoss(minus, batch.TargetRows[i], weights)) / (2 * h) * scale;
                Assert.True(
                    Math.Abs(actual - expected) <= gradientTolerance * Math.Max(1, Math.Abs(expected)),
                    $"{kernel.Name}: gradient[{i},{c}] = {actual:R}, finite differences {expected:R}");
            }
        }
    }

    [Fact]
    public void Sparse_labels_and_their_one_hot_rows_give_the_same_loss_and_gradient()
    {
        FamilyKernel<double> sparse = Family.Doubles.Single(k => k.Name == "DK37_LSWSG_Mean");
        FamilyKernel<double> dense = Family.Doubles.Single(k => k.Name == "DK37_LDWSG_Mean");
        Batch<double> batch = MakeBatch(sparse, seed: 5);
        // No ignored row here: a dense target row cannot express "ignore" once smoothing spreads mass over all classes.
        batch.Labels[IgnoredRow] = 3;
        batch.TargetRows[IgnoredRow][3] = 1;
        double[] oneHot = batch.TargetRows.SelectMany(r => r).ToArray();
        var g1 = new double[batch.Input.Length];
        var g2 = new double[batch.Input.Length];
        double l1 = sparse.Invoke(batch.Input, batch.Labels, default, batch.Weights, default, g1);
        double l2 = dense.Invoke(batch.Input, default, oneHot, batch.Weights, default, g2);
        TestData.AssertClose(l1, l2, 1e-13, "loss");
        for (int i = 0; i < g1.Length; i++)
        {
            TestData.AssertClose(g1[i], g2[i], 1e-13, "gradient " + i);
        }
    }

    [Fact]
    public void Bad_spans_and_weights_are_rejected_with_the_parameter_name()
    {
        int k = 37;
        var input = new double[3 * k];
        var labels = new int[3];
        var weights = Enumerable.Repeat(1.0, k).ToArray();
        var gradient = new double[3 * k];
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => Family.DK37_LSWSG_Mean(input, labels, weights.AsSpan(1), gradient)).ParamName);
        Assert.Equal("gradient", Assert.Throws<ArgumentException>(() => Family.DK37_LSWSG_Mean(input, labels, weights, gradient.AsSpan(1))).ParamName);
        Assert.Equal("input", Assert.Throws<ArgumentException>(() => Family.DK37_LSWSG_Mean(input.AsSpan(1), labels, weights, gradient)).ParamName);
        foreach (double bad in new[] { -1, double.NaN, double.PositiveInfinity })
        {
            weights[5] = bad;
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => Family.DK37_LSWSG_Mean(input, labels, weights, gradient));
            Assert.Equal("weights", e.ParamName);
            Assert.Contains("weights[5]", e.Message);
        }

        var targets = new double[3 * k];
        Assert.Equal("targets", Assert.Throws<ArgumentException>(() => Family.DK37_LDWSG_Mean(input, targets.AsSpan(1), Enumerable.Repeat(1.0, k).ToArray(), gradient)).ParamName);
        Assert.Equal("input", Assert.Throws<ArgumentException>(() => Family.DK37_LDWSG_Mean(input.AsSpan(1), targets.AsSpan(1), Enumerable.Repeat(1.0, k).ToArray(), gradient)).ParamName);
        labels[1] = 37;
        var labelError = Assert.Throws<ArgumentOutOfRangeException>(() => Family.DK37_LSWSG_Mean(input, labels, Enumerable.Repeat(1.0, k).ToArray(), gradient));
        Assert.Contains("labels[1] = 37", labelError.Message);
    }
}
