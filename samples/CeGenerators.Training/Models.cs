using System;

namespace CeGenerators.Training;

/// <summary>Softmax regression: logits = x W + b, trained with SGD on the generated fused loss + gradient.</summary>
public sealed class SoftmaxRegression
{
    private readonly float[] _w = new float[Iris.Features * Iris.Classes];
    private readonly float[] _b = new float[Iris.Classes];

    public void Logits(ReadOnlySpan<float> x, Span<float> logits)
    {
        int n = x.Length / Iris.Features;
        for (int i = 0; i < n; i++)
        {
            for (int c = 0; c < Iris.Classes; c++)
            {
                float z = _b[c];
                for (int f = 0; f < Iris.Features; f++)
                {
                    z += x[(i * Iris.Features) + f] * _w[(f * Iris.Classes) + c];
                }

                logits[(i * Iris.Classes) + c] = z;
            }
        }
    }

    /// <summary>One full-batch SGD step; returns the loss before the step.</summary>
    public float Step(float[] x, int[] y, float learningRate)
    {
        var logits = new float[y.Length * Iris.Classes];
        var gradient = new float[logits.Length];
        Logits(x, logits);
        float loss = Objectives.Softmax(logits, y, gradient); // d(mean loss)/d(logits), 1/N included
        for (int i = 0; i < y.Length; i++)
        {
            for (int c = 0; c < Iris.Classes; c++)
            {
                float g = gradient[(i * Iris.Classes) + c];
                _b[c] -= learningRate * g;
                for (int f = 0; f < Iris.Features; f++)
                {
                    _w[(f * Iris.Classes) + c] -= learningRate * g * x[(i * Iris.Features) + f];
                }
            }
        }

        return loss;
    }

    public (float Loss, double Accuracy) Evaluate(float[] x, int[] y)
    {
        var logits = new float[y.Length * Iris.Classes];
        Logits(x, logits);
        float loss = Objectives.Softmax(logits, y, new float[logits.Length]);
        int correct = 0;
        for (int i = 0; i < y.Length; i++)
        {
            int best = 0;
            for (int c = 1; c < Iris.Classes; c++)
            {
                best = logits[(i * Iris.Classes) + c] > logits[(i * Iris.Classes) + best] ? c : best;
            }

            correct += best == y[i] ? 1 : 0;
        }

        return (loss, (double)correct / y.Length);
    }
}

/// <summary>Binary logistic regression (virginica or not), trained the same way on the generated BCE kernel.</summary>
public sealed class LogisticRegression
{
    private readonly float[] _w = new float[Iris.Features];
    private float _b;

    private float[] Logits(float[] x)
    {
        var logits = new float[x.Length / Iris.Features];
        for (int i = 0; i < logits.Length; i++)
        {
            float z = _b;
            for (int f = 0; f < Iris.Features; f++)
            {
                z += x[(i * Iris.Features) + f] * _w[f];
            }

            logits[i] = z;
        }

        return logits;
    }

    public static float[] Targets(int[] species) => Array.ConvertAll(species, s => s == 2 ? 1f : 0f);

    public float Step(float[] x, float[] t, float learningRate)
    {
        float[] logits = Logits(x);
        var gradient = new float[logits.Length];
        float loss = Objectives.Logistic(logits, t, gradient);
        for (int i = 0; i < logits.Length; i++)
        {
            _b -= learningRate * gradient[i];
            for (int f = 0; f < Iris.Features; f++)
            {
                _w[f] -= learningRate * gradient[i] * x[(i * Iris.Features) + f];
            }
        }

        return loss;
    }

    public (float Loss, double Accuracy) Evaluate(float[] x, float[] t)
    {
        float[] logits = Logits(x);
        float loss = Objectives.Logistic(logits, t, new float[logits.Length]);
        int correct = 0;
        for (int i = 0; i < logits.Length; i++)
        {
            correct += (logits[i] > 0) == (t[i] > 0.5f) ? 1 : 0;
        }

        return (loss, (double)correct / logits.Length);
    }
}
