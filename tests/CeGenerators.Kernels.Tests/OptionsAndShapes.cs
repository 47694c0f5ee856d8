namespace CeGenerators.Kernels.Tests;

// Declarations in the forms users write them: other containing type kinds, accessibility, instance methods,
// generic containing types, block namespaces. That they compile is part of the test; the tests below run them.

public static partial class Options
{
    [CrossEntropyKernel(10, IgnoreIndex = -1)]
    public static partial float IgnoreMinusOne(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
}

public partial struct StructHost
{
    [CrossEntropyKernel(3, Reduction = LossReduction.Sum)]
    internal partial double Loss(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);
}

public partial record RecordHost(int Id)
{
    [CrossEntropyKernel(4)]
    private partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);

    public float Run(float[] logits, int[] labels) => Loss(logits, labels);
}

public partial record struct RecordStructHost
{
    [CrossEntropyKernel(5, Reduction = LossReduction.None)]
    public static partial void Losses(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);
}

public static partial class Outer<TItem>
    where TItem : class
{
    internal partial class Inner<TOther>
    {
        [CrossEntropyKernel(40)]
        protected internal static partial double Loss(ReadOnlySpan<double> @event, ReadOnlySpan<int> labels);
    }
}

public class ShapeTests
{
    [Fact]
    public void Kernels_in_every_kind_of_containing_type_compute_the_loss()
    {
        double[] logits3 = TestData.Logits<double>(9, 3, seed: 1);
        int[] labels3 = TestData.Labels(9, 3, seed: 1);
        TestData.AssertClose(Reference.Total(Reference.Losses(logits3, labels3, 3), labels3).Sum, new StructHost().Loss(logits3, labels3), 1e-12, "struct");

        float[] logits4 = TestData.Logits<float>(9, 4, seed: 2);
        int[] labels4 = TestData.Labels(9, 4, seed: 2);
        var (sum4, n4) = Reference.Total(Reference.Losses(logits4, labels4, 4), labels4);
        TestData.AssertClose(sum4 / n4, new RecordHost(1).Run(logits4, labels4), 1e-5, "record");

        float[] logits5 = TestData.Logits<float>(9, 5, seed: 3);
        int[] labels5 = TestData.Labels(9, 5, seed: 3);
        var losses = new float[9];
        RecordStructHost.Losses(logits5, labels5, losses);
        double[] expected = Reference.Losses(logits5, labels5, 5);
        for (int i = 0; i < 9; i++)
        {
            TestData.AssertClose(expected[i], losses[i], 1e-5, "record struct row " + i);
        }

        double[] logits40 = TestData.Logits<double>(9, 40, seed: 4);
        int[] labels40 = TestData.Labels(9, 40, seed: 4);
        var (sum40, n40) = Reference.Total(Reference.Losses(logits40, labels40, 40), labels40);
        TestData.AssertClose(sum40 / n40, Outer<string>.Inner<int>.Loss(logits40, labels40), 1e-12, "generic nested");
        var e = Assert.Throws<ArgumentException>(() => Outer<string>.Inner<int>.Loss(new double[3], labels40));
        Assert.Equal("event", e.ParamName);
    }
}
