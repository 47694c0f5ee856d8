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
}
