using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Numerics.Tensors;

namespace CeGenerators.Benchmarks;

/// <summary>
/// A Stopwatch version of the sweep for a loaded machine: every repetition times every case once, interleaved, and
/// each case keeps its minimum (the run least disturbed by other processes). Prints a markdown table and, with
/// <c>--csv path</c>, writes the numbers the chart command draws.
/// </summary>
internal static class QuickSweep
{
    private sealed record Case(string Name, int Classes, int Rows, Func<double> Generated, Func<double> Roofline, Func<double> TensorPrimitives, Func<double> Naive);

    private sealed class Best
    {
        public double Generated = double.MaxValue, Roofline = double.MaxValue, TensorPrimitives = double.MaxValue, Naive = double.MaxValue;
    }

    public static void Run(int repetitions, string? csvPath, bool baselines, string? only)
    {
        List<Case> cases = Cases().Where(c => only is null || c.Name == only).ToList();
        WarmUp();
        var best = cases.ToDictionary(c => c, _ => new Best());
        for (int rep = 0; rep < repetitions; rep++)
        {
            foreach (Case c in cases)
            {
                Best b = best[c];
                b.Generated = Math.Min(b.Generated, Time(c.Generated));
                b.Roofline = Math.Min(b.Roofline, Time(c.Roofline));
                if (baselines && (rep < 2 || rep == repetitions - 1))
                {
                    b.TensorPrimitives = Math.Min(b.TensorPrimitives, Time(c.TensorPrimitives));
                    b.Naive = Math.Min(b.Naive, Time(c.Naive));
                }
            }

            Console.Error.Write('.');
        }

        Console.Error.WriteLine();
        Console.WriteLine("| case | K | ns/row | ns/logit | x roofline | x TensorPrimitives per row | x naive loop |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        var csv = new List<string> { "case,classes,rows,generated_ms,roofline_ms,tensorprimitives_ms,naive_ms" };
        foreach (Case c in cases)
        {
            Best b = best[c];
            double perRow = b.Generated * 1e6 / c.Rows;
            string tp = baselines ? F(b.TensorPrimitives / b.Generated, "F2") : "-";
            string naive = baselines ? F(b.Naive / b.Generated, "F1") : "-";
            Console.WriteLine($"| {c.Name} | {c.Classes} | {F(perRow, "F2")} | {F(perRow / c.Classes, "F3")} | {F(b.Generated / b.Roofline, "F2")} | {tp} | {naive} |");
            csv.Add(string.Join(",", c.Name, c.Classes, c.Rows, F(b.Generated, "F4"), F(b.Roofline, "F4"), baselines ? F(b.TensorPrimitives, "F4") : "", baselines ? F(b.Naive, "F4") : ""));
        }

        if (csvPath is not null)
        {
            File.WriteAllLines(csvPath, csv);
            Console.Error.WriteLine("wrote " + csvPath);
        }
    }

    private static List<Case> Cases()
    {
        var cases = new List<Case>();
        foreach (int k in Sweep.SingleClasses)
        {
            float[] x = Sweep.SingleLogits(k);
            int[] y = Sweep.Labels(k);
            float[] scratch = new float[k];
            cases.Add(new Case("float", k, y.Length, () => SweepKernels.Mean(k, x, y), () => TensorPrimitives.Sum(x), () => Baselines.TensorPrimitivesMean(x, y, k, scratch), () => Baselines.NaiveMean(x, y, k)));
        }

        foreach (int k in Sweep.DoubleClasses)
        {
            double[] x = Sweep.DoubleLogits(k);
            int[] y = Sweep.Labels(k);
            double[] scratch = new double[k];
            cases.Add(new Case("double", k, y.Length, () => SweepKernels.Mean(k, x, y), () => TensorPrimitives.Sum<double>(x), () => Baselines.TensorPrimitivesMean(x, y, k, scratch), () => Baselines.NaiveMean(x, y, k)));
        }

        return cases;
    }

    /// <summary>Calls every kernel on a few rows until tiered compilation has promoted it (not timed).</summary>
    private static void WarmUp()
    {
        // Tier 0, then instrumented tier 0 (PGO), then tier 1: each step needs 30 calls and a quiet 100 ms.
        for (int i = 0; i < 400; i++)
        {
            if (i % 100 == 99)
            {
                System.Threading.Thread.Sleep(300);
            }

            foreach (int k in Sweep.SingleClasses)
            {
                SweepKernels.Mean(k, new float[4 * k], new int[4]);
            }

            foreach (int k in Sweep.DoubleClasses)
            {
                SweepKernels.Mean(k, new double[4 * k], new int[4]);
            }
        }

        System.Threading.Thread.Sleep(1000);
    }

    private static double Time(Func<double> f)
    {
        var sw = Stopwatch.StartNew();
        double result = f();
        double ms = sw.Elapsed.TotalMilliseconds;
        if (double.IsNaN(result))
        {
            throw new InvalidOperationException("a sweep case returned NaN");
        }

        return ms;
    }

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
