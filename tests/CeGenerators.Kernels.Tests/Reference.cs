namespace CeGenerators.Kernels.Tests;

/// <summary>
/// The independent reference: textbook softmax cross-entropy in double precision, one row at a time, with the
/// IEEE conventions the kernels document (NaN or +inf anywhere in a row gives NaN, -inf entries are masked classes).
/// </summary>
public static class Reference
{
    public const int IgnoreIndex = -100;

    public static double RowLoss(ReadOnlySpan<double> row, int label)
    {
        double max = double.NegativeInfinity;
        foreach (double v in row)
        {
            if (double.IsNaN(v) || double.IsPositiveInfinity(v))
            {
                return double.NaN;
            }

            max = Math.Max(max, v);
        }

        if (double.IsNegativeInfinity(max))
        {
            return double.NaN;
        }

        double sum = 0;
        foreach (double v in row)
        {
            sum += Math.Exp(v - max);
        }

        return Math.Log(sum) + (max - row[label]);
    }

    public static double[] Losses<T>(T[] logits, int[] labels, int classes, int ignoreIndex = IgnoreIndex)
        where T : IConvertible
    {
        var losses = new double[labels.Length];
        var row = new double[classes];
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] == ignoreIndex)
            {
                continue;
            }

            for (int k = 0; k < classes; k++)
            {
                row[k] = logits[(i * classes) + k].ToDouble(null);
            }

            losses[i] = RowLoss(row, labels[i]);
        }

        return losses;
    }

    /// <summary>Sum and count of counted rows, summed in order with compensation (the reference must not be the weak link).</summary>
    public static (double Sum, int Counted) Total(double[] losses, int[] labels, int ignoreIndex = IgnoreIndex)
    {
        double sum = 0, c = 0;
        int counted = 0;
        for (int i = 0; i < losses.Length; i++)
        {
            if (labels[i] == ignoreIndex)
            {
                continue;
            }

            counted++;
            double y = losses[i] - c;
            double t = sum + y;
            c = (t - sum) - y;
            sum = t;
        }

        return (sum, counted);
    }
}
