using System;

namespace CeGenerators.Benchmarks;

public static class Data
{
    public static float[] SingleLogits(int rows, int classes, int seed)
    {
        var random = new Random(seed);
        var values = new float[(long)rows * classes];
        for (long i = 0; i < values.LongLength; i++)
        {
            values[i] = (float)((random.NextDouble() - 0.5) * 16);
        }

        return values;
    }

    public static int[] Labels(int rows, int classes, int seed)
    {
        var random = new Random(seed + 1);
        var labels = new int[rows];
        for (int i = 0; i < rows; i++)
        {
            labels[i] = random.Next(classes);
        }

        return labels;
    }

    /// <summary>Rows of random probability distributions (about one entry in ten exactly 0).</summary>
    public static float[] Distributions(int rows, int classes, int seed)
    {
        var random = new Random(seed);
        var values = new float[rows * classes];
        var raw = new double[classes];
        for (int i = 0; i < rows; i++)
        {
            double sum = 0;
            for (int k = 0; k < classes; k++)
            {
                raw[k] = random.Next(10) == 0 ? 0 : random.NextDouble();
                sum += raw[k];
            }

            for (int k = 0; k < classes; k++)
            {
                values[(i * classes) + k] = (float)(raw[k] / sum);
            }
        }

        return values;
    }
}
