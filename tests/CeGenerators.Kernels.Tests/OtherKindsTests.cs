namespace CeGenerators.Kernels.Tests;

public static partial class OtherKinds
{
    [BinaryCrossEntropyKernel]
    public static partial double BceMeanD(ReadOnlySpan<double> logits, ReadOnlySpan<double> targets);

    [BinaryCrossEntropyKernel(PositiveWeight = 3, Reduction = LossReduction.Sum)]
    public static partial double BceWeightedSumGradientD(ReadOnlySpan<double> logits, ReadOnlySpan<double> targets, Span<double> gradient);

    [BinaryCrossEntropyKernel(Reduction = LossReduction.None)]
    public static partial void BceNoneGradientF(ReadOnlySpan<float> logits, ReadOnlySpan<float> targets, Span<float> losses, Span<float> gradient);

    [BinaryCrossEntropyKernel]
    public static partial float BceMeanGradientF(ReadOnlySpan<float> logits, ReadOnlySpan<float> targets, Span<float> gradient);

    [BinaryCrossEntropyKernel(Input = LossInput.Probabilities, PositiveWeight = 2)]
    public static partial double BceProbabilitiesGradientD(ReadOnlySpan<double> probabilities, ReadOnlySpan<double> targets, Span<double> gradient);

    [BinaryCrossEntropyKernel(Input = LossInput.Probabilities, Reduction = LossReduction.None)]
    public static partial void BceProbabilitiesNoneF(ReadOnlySpan<float> probabilities, ReadOnlySpan<float> targets, Span<float> losses);

    [EntropyKernel(3)]
    public static partial double EntropyD3(ReadOnlySpan<double> probabilities);

    [EntropyKernel(37, Reduction = LossReduction.None)]
    public static partial void EntropyNoneF37(ReadOnlySpan<float> probabilities, Span<float> entropies);

    [EntropyKernel(37, Input = LossInput.Logits)]
    public static partial double EntropyLogitsD37(ReadOnlySpan<double> logits);

    [EntropyKernel(10, Input = LossInput.Logits, Reduction = LossReduction.Sum)]
    public static partial float EntropyLogitsSumF10(ReadOnlySpan<float> logits);

    [KlDivergenceKernel(37)]
    public static partial double KlD37(ReadOnlySpan<double> logits, ReadOnlySpan<double> targets, Span<double> gradient);

    [KlDivergenceKernel(10, Reduction = LossReduction.None)]
    public static partial void KlNoneF10(ReadOnlySpan<float> logits, ReadOnlySpan<float> targets, Span<float> divergences);

    [KlDivergenceKernel(37, Input = LossInput.Probabilities)]
    public static partial double KlProbabilitiesD37(ReadOnlySpan<double> probabilities, ReadOnlySpan<double> targets, Span<double> gradient);
}

/// <summary>Binary cross-entropy, entropy and KL divergence against double references and finite differences.</summary>
public class OtherKindsTests
{
    private static double Softplus(double z) => Math.Max(z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z)));

    private static double XLogX(double x) => x > 0 ? x * Math.Log(x) : 0;

    private static double Bce(double x, double t, double w, bool logits, double eps, double? high = null)
    {
        if (logits)
        {
            return (w * t * Softplus(-x)) + ((1 - t) * Softplus(x));
        }

        if (eps <= 0 || eps >= 0.5)
        {
            throw new ArgumentOutOfRangeException(nameof(eps));
        }

        double p = Math.Clamp(x, eps, Math.Min(high ?? 1 - eps, 1 - eps));
        return -((w * t * Math.Log(p)) + ((1 - t) * Math.Log(1 - p)));
    }

    /// <summary>Central differences with a step relative to |x| (at x = 1e4 an absolute 1e-6 step drowns in rounding).</summary>
    private static double Derivative(Func<double, double> f, double x)
    {
        double h = 1e-6 * Math.Max(1, Math.Abs(x));
        return (f(x + h) - f(x - h)) / (2 * h);
    }

    // Element counts around every vector width and extreme logits where naive formulas overflow.
    private static (double[] X, double[] T) BinaryData(bool logits, int n = 45)
    {
        var random = new Random(n);
        double[] x = Enumerable.Range(0, n).Select(_ => logits ? (random.NextDouble() * 16) - 8 : 0.01 + (random.NextDouble() * 0.98)).ToArray();
        double[] t = Enumerable.Range(0, n).Select(i => i % 3 == 0 ? random.NextDouble() : i % 2).ToArray();
        if (logits)
        {
            x[3] = 100;
            x[4] = -100;
            x[5] = 1e4;
            x[6] = -1e4;
            x[7] = 0;
        }

        return (x, t);
    }

    [Fact]
    public void Binary_cross_entropy_from_logits_double()
    {
        (double[] x, double[] t) = BinaryData(logits: true);
        double expected = x.Select((v, i) => Bce(v, t[i], 1, true, 0)).Sum() / x.Length;
        TestData.AssertClose(expected, OtherKinds.BceMeanD(x, t), 1e-13, "mean");

        var gradient = new double[x.Length];
        double sum = OtherKinds.BceWeightedSumGradientD(x, t, gradient);
        TestData.AssertClose(x.Select((v, i) => Bce(v, t[i], 3, true, 0)).Sum(), sum, 1e-13, "weighted sum");
        for (int i = 0; i < x.Length; i++)
        {
            double fd = Derivative(v => Bce(v, t[i], 3, true, 0), x[i]);
            Assert.True(Math.Abs(gradient[i] - fd) <= 1e-7 * Math.Max(1, Math.Abs(fd)), $"gradient[{i}] = {gradient[i]}, finite differences {fd}");
        }
    }

    [Fact]
    public void Binary_cross_entropy_from_logits_single_with_gradient()
    {
        (double[] xd, double[] td) = BinaryData(logits: true);
        float[] x = xd.Select(v => (float)v).ToArray(), t = td.Select(v => (float)v).ToArray();
        var losses = new float[x.Length];
        var gradient = new float[x.Length];
        OtherKinds.BceNoneGradientF(x, t, losses, gradient);
        var meanGradient = new float[x.Length];
        float mean = OtherKinds.BceMeanGradientF(x, t, meanGradient);
        double expectedMean = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double expected = Bce(x[i], t[i], 1, true, 0);
            expectedMean += expected / x.Length;
            TestData.AssertClose(expected, losses[i], 2e-6, "loss " + i);
            double sigmoid = 1 / (1 + Math.Exp(-(double)x[i]));
            TestData.AssertClose(sigmoid - t[i], gradient[i], 2e-6, "gradient " + i);
            TestData.AssertClose((sigmoid - t[i]) / x.Length, meanGradient[i], 2e-6, "mean gradient " + i);
        }

        TestData.AssertClose(expectedMean, mean, 2e-6, "mean");
        Assert.All(losses, v => Assert.True(float.IsFinite(v)));
    }

    [Fact]
    public void Binary_cross_entropy_from_probabilities()
    {
        (double[] p, double[] t) = BinaryData(logits: false);
        p[1] = 0; // clamped: finite loss, zero gradient
        p[2] = 1;
        var gradient = new double[p.Length];
        double mean = OtherKinds.BceProbabilitiesGradientD(p, t, gradient);
        TestData.AssertClose(p.Select((v, i) => Bce(v, t[i], 2, false, 1e-15)).Sum() / p.Length, mean, 1e-13, "mean");
        for (int i = 0; i < p.Length; i++)
        {
            if (i is 1 or 2)
            {
                Assert.Equal(0, gradient[i]);
                continue;
            }

            // log p has large higher derivatives near 0: central differences are good to ~1e-6 here.
            double fd = Derivative(v => Bce(v, t[i], 2, false, 1e-15), p[i]) / p.Length;
            Assert.True(Math.Abs(gradient[i] - fd) <= 1e-6 * Math.Max(1, Math.Abs(fd)), $"gradient[{i}] = {gradient[i]}, finite differences {fd}");
        }

        float[] ps = p.Select(v => (float)v).ToArray(), ts = t.Select(v => (float)v).ToArray();
        var losses = new float[ps.Length];
        OtherKinds.BceProbabilitiesNoneF(ps, ts, losses);
        for (int i = 0; i < ps.Length; i++)
        {
            // The float clamp is [1e-7f, 1f - 1e-7f], both rounded to float.
            TestData.AssertClose(Bce(ps[i], ts[i], 1, false, 1e-7f, 1f - 1e-7f), losses[i], 2e-6, "float loss " + i);
        }
    }

    [Fact]
    public void Entropy_of_probabilities_treats_zero_exactly_and_negative_as_nan()
    {
        double[] p = { 0.5, 0.5, 0, 1, 0, 0, 0.2, 0.3, 0.5, 0.1, 0.1, 0.8 };
        double expected = p.Chunk(3).Select(r => -r.Sum(XLogX)).Average();
        TestData.AssertClose(expected, OtherKinds.EntropyD3(p), 1e-15, "mean entropy");
        p[4] = -0.1;
        Assert.True(double.IsNaN(OtherKinds.EntropyD3(p)));

        float[] wide = TestData.Logits<float>(9, 37, seed: 4).Select(v => Math.Abs(v)).ToArray();
        wide[5] = 0;
        var h = new float[9];
        OtherKinds.EntropyNoneF37(wide, h);
        for (int i = 0; i < 9; i++)
        {
            TestData.AssertClose(-wide.Skip(i * 37).Take(37).Sum(v => XLogX(v)), h[i], 2e-6, "row " + i);
        }
    }

    [Fact]
    public void Entropy_of_logits_is_the_entropy_of_their_softmax()
    {
        double[] x = TestData.Logits<double>(11, 37, seed: 8, scale: 30);
        x[3] = 1e300; // huge: a one-hot softmax, entropy 0
        double Expected(double[] row)
        {
            double max = row.Max();
            double[] e = row.Select(v => Math.Exp(v - max)).ToArray();
            double s = e.Sum();
            return -e.Sum(v => XLogX(v / s));
        }

        double expected = Enumerable.Range(0, 11).Select(i => Expected(x.Skip(i * 37).Take(37).ToArray())).Average();
        TestData.AssertClose(expected, OtherKinds.EntropyLogitsD37(x), 1e-12, "mean");
        float[] xs = TestData.Logits<float>(20, 10, seed: 9);
        double expectedSum = Enumerable.Range(0, 20).Select(i => Expected(xs.Skip(i * 10).Take(10).Select(v => (double)v).ToArray())).Sum();
        TestData.AssertClose(expectedSum, OtherKinds.EntropyLogitsSumF10(xs), 2e-6, "sum");
        TestData.AssertClose(Math.Log(10), OtherKinds.EntropyLogitsSumF10(new float[10]), 1e-6, "uniform");
    }

    private static double Kl(double[] prediction, double[] target, bool logits, double eps)
    {
        double[] logq;
        if (logits)
        {
            double max = prediction.Max();
            double lse = max + Math.Log(prediction.Sum(v => Math.Exp(v - max)));  // a sum of exps after max subtraction
            logq = prediction.Select(v => v - lse).ToArray();
        }
        else
        {
            if (eps <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(eps));
            }

            logq = prediction.Select(v => Math.Log(Math.Clamp(v, eps, 1 - eps))).ToArray();
        }

        return target.Select((p, k) => XLogX(p) - (p * logq[k])).Sum();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Kl_divergence_is_batchmean_with_the_gradient(bool logits)
    {
        const int rows = 6, k = 37;
        var random = new Random(3);
        double[] x = Enumerable.Range(0, rows * k).Select(_ => logits ? (random.NextDouble() * 8) - 4 : 0.01 + (random.NextDouble() * 0.5)).ToArray();
        double[] p = new double[rows * k];
        for (int i = 0; i < rows; i++)
        {
            double[] raw = Enumerable.Range(0, k).Select(c => c % 5 == 0 ? 0 : random.NextDouble()).ToArray(); // zeros: 0 ln 0 = 0
            for (int c = 0; c < k; c++)
            {
                p[(i * k) + c] = raw[c] / raw.Sum();
            }
        }

        var gradient = new double[rows * k];
        double actual = logits ? OtherKinds.KlD37(x, p, gradient) : OtherKinds.KlProbabilitiesD37(x, p, gradient);
        double expected = Enumerable.Range(0, rows).Select(i => Kl(x.Skip(i * k).Take(k).ToArray(), p.Skip(i * k).Take(k).ToArray(), logits, 1e-15)).Sum() / rows;
        TestData.AssertClose(expected, actual, 1e-12, "batchmean");
        for (int i = 0; i < rows; i++)
        {
            for (int c = 0; c < k; c++)
            {
                double[] row = x.Skip(i * k).Take(k).ToArray(), target = p.Skip(i * k).Take(k).ToArray();
                double fd = Derivative(v => { double[] r = (double[])row.Clone(); r[c] = v; return Kl(r, target, logits, 1e-15); }, row[c]) / rows;
                Assert.True(Math.Abs(gradient[(i * k) + c] - fd) <= 1e-7 * Math.Max(1, Math.Abs(fd)), $"gradient[{i},{c}] = {gradient[(i * k) + c]}, finite differences {fd}");
            }
        }

        Assert.True(Kl(p.Take(k).ToArray(), p.Take(k).ToArray(), false, 1e-15) < 1e-12); // KL(P || P) = 0: the reference is sane
    }

    [Fact]
    public void Kl_divergence_per_row_in_float()
    {
        float[] x = TestData.Logits<float>(20, 10, seed: 12);
        float[] p = new float[200];
        var random = new Random(12);
        for (int i = 0; i < 20; i++)
        {
            double[] raw = Enumerable.Range(0, 10).Select(_ => random.NextDouble()).ToArray();
            for (int c = 0; c < 10; c++)
            {
                p[(i * 10) + c] = (float)(raw[c] / raw.Sum());
            }
        }

        var kl = new float[20];
        OtherKinds.KlNoneF10(x, p, kl);
        for (int i = 0; i < 20; i++)
        {
            double expected = Kl(x.Skip(i * 10).Take(10).Select(v => (double)v).ToArray(), p.Skip(i * 10).Take(10).Select(v => (double)v).ToArray(), true, 0);
            TestData.AssertClose(expected, kl[i], 2e-6, "row " + i);
        }
    }
}
