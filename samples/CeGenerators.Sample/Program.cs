using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using CeGenerators.Sample;

// A batch that looks like a half-trained classifier: the true class gets a boost over noise.
const int Rows = 262_144, Classes = 10;
var random = new Random(2026);
var labels = new int[Rows];
var logits = new float[Rows * Classes];
for (int i = 0; i < Rows; i++)
{
    labels[i] = random.Next(Classes);
    for (int k = 0; k < Classes; k++)
    {
        logits[(i * Classes) + k] = (float)((random.NextDouble() * 4) - 2 + (k == labels[i] ? 2.5 : 0));
    }
}

labels[7] = -100; // PyTorch's ignore_index default: this row is skipped and not counted

Console.WriteLine($"CeGenerators sample: softmax cross-entropy over a batch of {Rows:N0} rows x {Classes} classes");
Console.WriteLine();

float mean = Losses.Mean(logits, labels);
var perExample = new float[Rows];
Losses.PerExample(logits, labels, perExample);
int hardest = Array.IndexOf(perExample, perExample.Max());
Console.WriteLine($"  mean loss (generated kernel)   {mean.ToString("F6", CultureInfo.InvariantCulture)}");
Console.WriteLine($"  mean loss (naive loop)         {NaiveMean(logits, labels, Classes).ToString("F6", CultureInfo.InvariantCulture)}");
Console.WriteLine($"  hardest example                row {hardest}, loss {perExample[hardest].ToString("F4", CultureInfo.InvariantCulture)}, label {labels[hardest]}");
Console.WriteLine($"  ignored row 7 loss             {perExample[7].ToString(CultureInfo.InvariantCulture)}");

// An ImageNet-sized head in double precision.
const int WideRows = 512, WideClasses = 1000;
var wideLogits = new double[WideRows * WideClasses];
var wideLabels = new int[WideRows];
for (int i = 0; i < wideLogits.Length; i++)
{
    wideLogits[i] = (random.NextDouble() * 10) - 5;
}

for (int i = 0; i < WideRows; i++)
{
    wideLabels[i] = random.Next(WideClasses);
}

Console.WriteLine($"  1000-class summed loss (double) {Losses.Sum1000(wideLogits, wideLabels).ToString("F6", CultureInfo.InvariantCulture)} over {WideRows} rows");

// Edges that break naive code: huge logits and masked classes.
float[] edge = { 1e30f, 1e30f, float.NegativeInfinity, 0, 0, 0, 0, 0, 0, 0 };
Console.WriteLine($"  logits [1e30, 1e30, -inf, 0...] label 0: generated {Losses.Mean(edge, new[] { 0 }).ToString("F6", CultureInfo.InvariantCulture)} (exact: ln 2 = 0.693147), naive {NaiveMean(edge, new[] { 0 }, Classes).ToString(CultureInfo.InvariantCulture)}");

// Bad input is an exception that names the parameter and the row, never a wrong number.
try
{
    Losses.Mean(logits.AsSpan(0, 3 * Classes), new[] { 1, 2, 12 });
}
catch (ArgumentOutOfRangeException e)
{
    Console.WriteLine($"  bad label                      {e.GetType().Name}: {e.Message.Split('\n')[0]}");
}

Console.WriteLine();
double generated = Time(() => Losses.Mean(logits, labels));
double naive = Time(() => NaiveMean(logits, labels, Classes));
Console.WriteLine($"  time per batch: generated {generated.ToString("F3", CultureInfo.InvariantCulture)} ms, naive loop {naive.ToString("F3", CultureInfo.InvariantCulture)} ms ({(naive / generated).ToString("F1", CultureInfo.InvariantCulture)}x faster)");

static float NaiveMean(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, int classes)
{
    double total = 0;
    int counted = 0;
    for (int i = 0; i < labels.Length; i++)
    {
        if (labels[i] == -100)
        {
            continue;
        }

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

        total += MathF.Log(sum) + max - row[labels[i]];
        counted++;
    }

    return (float)(total / counted);
}

static double Time(Func<float> run)
{
    run();
    double best = double.MaxValue;
    for (int i = 0; i < 20; i++)
    {
        long start = Stopwatch.GetTimestamp();
        run();
        best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }

    return best;
}
