namespace CeGenerators.Kernels.Tests;

/// <summary>
/// Measures the generated vector exp/log through kernels: a row [0, x] with label 0 has loss softplus(x) =
/// log(1 + e^x), which sends exp over its whole range and log over [1, 2]; rows [0, x, ..., x] of 16 and 1000 classes
/// sum many exps. A loss is log(sum) with sum >= 1, so its natural error unit is an ulp of max(1, loss): the bound
/// asserted is 4 of those (any exp error above e^x * 4 ulp would show). The README quotes these bounds.
/// </summary>
public class ExpLogAccuracyTests
{
    private const int Rows = 200_000;
    private const double SingleUlp = 1.1920929e-7;   // 2^-23, an ulp of 1 in float
    private const double DoubleUlp = 2.220446049250313e-16; // 2^-52

    private static (double[] X, int[] Labels) Sweep(double from, double to)
    {
        var x = new double[Rows];
        for (int i = 0; i < Rows; i++)
        {
            x[i] = from + ((to - from) * i / (Rows - 1));
        }

        return (x, new int[Rows]);
    }

    private static double Softplus(double x) => Math.Max(x, 0) + Math.Log(1 + Math.Exp(-Math.Abs(x)));

    [Fact]
    public void Single_softplus_rows_stay_within_4_ulp_over_the_exp_range()
    {
        (double[] x, int[] labels) = Sweep(-87, 20);
        float[] logits = new float[2 * Rows];
        for (int i = 0; i < Rows; i++)
        {
            logits[(2 * i) + 1] = (float)x[i];
        }

        var losses = new float[Rows];
        KernelCatalog.Single(2).None(logits, labels, losses);
        double worst = 0;
        for (int i = 0; i < Rows; i++)
        {
            double expected = Softplus(logits[(2 * i) + 1]);
            worst = Math.Max(worst, Math.Abs(losses[i] - expected) / Math.Max(1, expected));
        }

        Assert.True(worst <= 4 * SingleUlp, $"worst error {worst:E3} (4 ulp = {4 * SingleUlp:E3})");
    }

    [Fact]
    public void Double_softplus_rows_stay_within_4_ulp_over_the_exp_range()
    {
        (double[] x, int[] labels) = Sweep(-700, 40);
        double[] logits = new double[2 * Rows];
        for (int i = 0; i < Rows; i++)
        {
            logits[(2 * i) + 1] = x[i];
        }

        var losses = new double[Rows];
        KernelCatalog.Double(2).None(logits, labels, losses);
        double worst = 0;
        for (int i = 0; i < Rows; i++)
        {
            double expected = Softplus(x[i]);
            worst = Math.Max(worst, Math.Abs(losses[i] - expected) / Math.Max(1, expected));
        }

        Assert.True(worst <= 4 * DoubleUlp, $"worst error {worst:E3} (4 ulp = {4 * DoubleUlp:E3})");
    }

    /// <summary>
    /// The softplus sweep through every layout: rows [0, x, -inf, ..., -inf] have the same loss softplus(x), and send
    /// the exp over its range in row blocks (17, 48, 100) and one row at a time (1000) too.
    /// </summary>
    [Theory]
    [InlineData(17)]
    [InlineData(48)]
    [InlineData(100)]
    [InlineData(1000)]
    public void Softplus_rows_stay_within_4_ulp_in_every_layout(int classes)
    {
        const int rows = 4099;
        float[] single = new float[rows * classes];
        double[] dbl = new double[rows * classes];
        for (int i = 0; i < rows; i++)
        {
            double x = -87 + (107.0 * i / (rows - 1));
            for (int k = 2; k < classes; k++)
            {
                single[(i * classes) + k] = float.NegativeInfinity;
                dbl[(i * classes) + k] = double.NegativeInfinity;
            }

            single[(i * classes) + 1] = (float)x;
            dbl[(i * classes) + 1] = x * 8;
        }

        var singleLosses = new float[rows];
        var doubleLosses = new double[rows];
        int[] labels = new int[rows];
        KernelCatalog.Single(classes).None(single, labels, singleLosses);
        KernelCatalog.Double(classes).None(dbl, labels, doubleLosses);
        double worstSingle = 0, worstDouble = 0;
        for (int i = 0; i < rows; i++)
        {
            double expectedSingle = Softplus(single[(i * classes) + 1]), expectedDouble = Softplus(dbl[(i * classes) + 1]);
            worstSingle = Math.Max(worstSingle, Math.Abs(singleLosses[i] - expectedSingle) / Math.Max(1, expectedSingle));
            worstDouble = Math.Max(worstDouble, Math.Abs(doubleLosses[i] - expectedDouble) / Math.Max(1, expectedDouble));
        }

        Assert.True(worstSingle <= 4 * SingleUlp, $"float: worst error {worstSingle:E3} (4 ulp = {4 * SingleUlp:E3})");
        Assert.True(worstDouble <= 4 * DoubleUlp, $"double: worst error {worstDouble:E3} (4 ulp = {4 * DoubleUlp:E3})");
    }

    [Theory]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(20)]
    [InlineData(24)]
    [InlineData(48)]
    [InlineData(100)]
    [InlineData(1000)]
    public void Sums_of_many_exps_stay_within_4_ulp(int classes)
    {
        const int rows = 4096;
        var single = new float[rows * classes];
        var dbl = new double[rows * classes];
        var expected = new double[rows];
        for (int i = 0; i < rows; i++)
        {
            double x = -20.0 * i / rows;
            for (int k = 1; k < classes; k++)
            {
                single[(i * classes) + k] = (float)x;
                dbl[(i * classes) + k] = x;
            }

            expected[i] = Math.Log(1 + ((classes - 1) * Math.Exp((float)x)));
        }

        var singleLosses = new float[rows];
        var doubleLosses = new double[rows];
        int[] labels = new int[rows];
        KernelCatalog.Single(classes).None(single, labels, singleLosses);
        KernelCatalog.Double(classes).None(dbl, labels, doubleLosses);
        double worstSingle = 0, worstDouble = 0;
        for (int i = 0; i < rows; i++)
        {
            double exact = Math.Log(1 + ((classes - 1) * Math.Exp(dbl[(i * classes) + 1])));
            worstSingle = Math.Max(worstSingle, Math.Abs(singleLosses[i] - expected[i]) / Math.Max(1, expected[i]));
            worstDouble = Math.Max(worstDouble, Math.Abs(doubleLosses[i] - exact) / Math.Max(1, exact));
        }

        Assert.True(worstSingle <= 4 * SingleUlp, $"float: worst error {worstSingle:E3}");
        Assert.True(worstDouble <= 4 * DoubleUlp, $"double: worst error {worstDouble:E3}");
    }
}
