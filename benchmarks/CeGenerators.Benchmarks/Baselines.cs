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
            total += MathF.Log(MathF.Max(TensorPrimitives.Sum(shifted), float.Epsilon)) + max - row[labels[i]];
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
            total += Math.Log(Math.Max(TensorPrimitives.Sum(shifted), double.Epsilon)) + max - row[labels[i]];
        }

        return total / labels.Length;
    }

    /// <summary>The loop a user writes for training: per row, the loss and (softmax - onehot) / N.</summary>
    public static float NaiveMeanWithGradient(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, int classes, Span<float> gradient)
    {
        double total = 0;
        float inverse = 1f / labels.Length;
        for (int i = 0; i < labels.Length; i++)
        {
            ReadOnlySpan<float> row = logits.Slice(i * classes, classes);
            Span<float> g = gradient.Slice(i * classes, classes);
            float max = float.NegativeInfinity;
            for (int k = 0; k < row.Length; k++)
            {
                max = MathF.Max(max, row[k]);
            }

            float sum = 0;
            for (int k = 0; k < row.Length; k++)
            {
                float e = MathF.Exp(row[k] - max);
                g[k] = e;
                sum += e;
            }

            for (int k = 0; k < row.Length; k++)
            {
                g[k] = g[k] / sum * inverse;
            }

            g[labels[i]] -= inverse;
            total += MathF.Log(sum) + max - row[labels[i]];
        }

        return (float)(total / labels.Length);
    }

    /// <summary>A separate gradient pass with TensorPrimitives: SoftMax per row, minus the one-hot, scaled by 1 / N.</summary>
    public static void SoftmaxGradient(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, int classes, Span<float> gradient)
    {
        float inverse = 1f / labels.Length;
        for (int i = 0; i < labels.Length; i++)
        {
            Span<float> g = gradient.Slice(i * classes, classes);
            TensorPrimitives.SoftMax(logits.Slice(i * classes, classes), g);
            g[labels[i]] -= 1;
            TensorPrimitives.Multiply(g, inverse, g);
        }
    }

    public static float NaiveBinary(ReadOnlySpan<float> logits, ReadOnlySpan<float> targets)
    {
        double total = 0;
        for (int i = 0; i < logits.Length; i++)
        {
            float x = logits[i];
            total += MathF.Max(x, 0) - (x * targets[i]) + MathF.Log(1 + MathF.Exp(-MathF.Abs(x)));
        }

        return (float)(total / logits.Length);
    }

    public static float NaiveEntropy(ReadOnlySpan<float> probabilities, int classes)
    {
        double total = 0;
        for (int i = 0; i < probabilities.Length; i++)
        {
            float p = probabilities[i];
            total -= p > 0 ? p * MathF.Log(p) : 0;
        }

        return (float)(total / (probabilities.Length / classes));
    }

    public static float NaiveKl(ReadOnlySpan<float> logits, ReadOnlySpan<float> targets, int classes)
    {
        double total = 0;
        int rows = logits.Length / classes;
        for (int i = 0; i < rows; i++)
        {
            ReadOnlySpan<float> row = logits.Slice(i * classes, classes), p = targets.Slice(i * classes, classes);
            float max = float.NegativeInfinity, sum = 0;
            foreach (float v in row)
            {
                max = MathF.Max(max, v);
            }

            foreach (float v in row)
            {
                sum += MathF.Exp(v - max);
            }

            float lse = max + MathF.Log(sum);
            for (int k = 0; k < classes; k++)
            {
                total += p[k] > 0 ? p[k] * (MathF.Log(p[k]) - (row[k] - lse)) : 0;
            }
        }

        return (float)(total / rows);
    }

    public static float NaiveNll(ReadOnlySpan<float> probabilities, ReadOnlySpan<int> labels, int classes)
    {
        double total = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            total -= MathF.Log(Math.Clamp(probabilities[(i * classes) + labels[i]], 1e-7f, 1 - 1e-7f));
        }

        return (float)(total / labels.Length);
    }

    public static float NaiveSoftTargets(ReadOnlySpan<float> logits, ReadOnlySpan<float> targets, int classes)
    {
        double total = 0;
        int rows = logits.Length / classes;
        for (int i = 0; i < rows; i++)
        {
            ReadOnlySpan<float> row = logits.Slice(i * classes, classes), t = targets.Slice(i * classes, classes);
            float max = float.NegativeInfinity, sum = 0;
            foreach (float v in row)
            {
                max = MathF.Max(max, v);
            }

            foreach (float v in row)
            {
                sum += MathF.Exp(v - max);
            }

            float lse = max + MathF.Log(sum);
            for (int k = 0; k < classes; k++)
            {
                total += t[k] * (lse - row[k]);
            }
        }

        return (float)(total / rows);
    }

    public static float NaiveWeighted(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, ReadOnlySpan<float> weights, int classes)
    {
        double total = 0, weightSum = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            ReadOnlySpan<float> row = logits.Slice(i * classes, classes);
            float max = float.NegativeInfinity, sum = 0;
            foreach (float v in row)
            {
                max = MathF.Max(max, v);
            }

            foreach (float v in row)
            {
                sum += MathF.Exp(v - max);
            }

            float w = weights[labels[i]];
            total += w * (MathF.Log(sum) + max - row[labels[i]]);
            weightSum += w;
        }

        return (float)(total / weightSum);
    }
}
