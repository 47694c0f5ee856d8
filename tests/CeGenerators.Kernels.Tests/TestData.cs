namespace CeGenerators.Kernels.Tests;

public static class TestData
{
    public static T[] Logits<T>(int rows, int classes, int seed, double scale = 8)
    {
        var random = new Random(seed);
        var values = new T[rows * classes];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = From<T>((random.NextDouble() - 0.5) * scale);
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

    public static T From<T>(double value) => typeof(T) == typeof(float) ? (T)(object)(float)value : (T)(object)value;

    public static double ToDouble<T>(T value) => value is float f ? f : (double)(object)value!;

    /// <summary>Relative tolerance of each element type's kernels against the double reference.</summary>
    public static double Tolerance<T>() => typeof(T) == typeof(float) ? 1e-5 : 1e-12;

    public static void AssertClose(double expected, double actual, double relative, string what)
    {
        if (double.IsNaN(expected) || double.IsInfinity(expected))
        {
            Assert.True(expected.Equals(actual), $"{what}: expected {expected}, got {actual}");
            return;
        }

        double error = Math.Abs(actual - expected);
        double allowed = relative * Math.Max(1.0, Math.Abs(expected));
        Assert.True(error <= allowed, $"{what}: expected {expected:R}, got {actual:R} (error {error:E2} > {allowed:E2})");
    }
}
