using System;
using System.Numerics.Tensors;

namespace CeGenerators.Benchmarks;

/// <summary>What users compare us with: the loop they would write, and a TensorPrimitives composition per row.</summary>
public static class Baselines
{
    /// <summary>The hand-written loop: max subtraction, MathF.Exp and MathF.Log, a double running total.</summary>
    public static float NaiveMean(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, int classes)
    {
        double total = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            ReadOnlySpan<float> row = logits.Slice(i * classes, classes);
            float max = float.NegativeInfinity;
            for (int k = 0; k < row.Length; k++)
            {
                max = MathF.Max(max, row[k]);
            }

            float sum = 0;
            for (int k = 0; k < row.Length; k++)
            {
                sum += MathF.Exp(row[k] - max);
            }

            total += MathF.Log(sum) + max - row[labels[i]];
        }

        return (float)(total / labels.Length);
    }

    public static double NaiveMean(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, int classes)
    {
        double total = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            ReadOnlySpan<double> row = logits.Slice(i * classes, classes);
            double max = double.NegativeInfinity;
            for (int k = 0; k < row.Length; k++)
            {
                max = Math.Max(max, row[k]);
            }

            double sum = 0;
            for (int k = 0; k < row.Length; k++)
            {
                sum += Math.Exp(row[k] - max);
            }

            total += Math.Log(sum) + max - row[labels[i]];
        }

        return total / labels.Length;
    }

    /// <summary>Per row: Max, Subtract, Exp, Sum from TensorPrimitives (it has no log-softmax), one log.</summary>
    public static float TensorPrimitivesMean(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, int classes, Span<float> scratch)
    {
        double total = 0;
        Span<float> shifted = scratch.Slice(0, classes);
        for (int i = 0; i < labels.Length; i++)
        {
            ReadOnlySpan<float> row = logits.Slice(i * classes, classes);
            float max = TensorPrimitives.Max(row);
            TensorPrimitives.Subtract(row, max, shifted);
            TensorPrimitives.Exp(shifted, shifted);
            total += MathF.Log(TensorPrimitives.Sum(shifted)) + max - row[labels[i]];
        }

        return (float)(total / labels.Length);
    }

    public static double TensorPrimitivesMean(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, int classes, Span<double> scratch)
    {
        double total = 0;
        Span<double> shifted = scratch.Slice(0, classes);
        for (int i = 0; i < labels.Length; i++)
        {
            ReadOnlySpan<double> row = logits.Slice(i * classes, classes);
            double max = TensorPrimitives.Max(row);
            TensorPrimitives.Subtract(row, max, shifted);
            TensorPrimitives.Exp(shifted, shifted);
            total += Math.Log(TensorPrimitives.Sum(shifted)) + max - row[labels[i]];
        }

        return total / labels.Length;
    }
}
