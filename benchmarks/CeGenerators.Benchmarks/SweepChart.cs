using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace CeGenerators.Benchmarks;

/// <summary>
/// Draws ns per logit against K (both axes logarithmic) from the CSV files <see cref="QuickSweep"/> writes: the
/// generated kernel (and, given a second file, the generated kernel before a change), the roofline, TensorPrimitives
/// per row and the naive loop. Float cases only.
/// </summary>
internal static class SweepChart
{
    private sealed record Row(string Case, int Classes, int Rows, double Generated, double Roofline, double? TensorPrimitives, double? Naive);

    public static void Draw(string csvPath, string? beforePath, string pngPath)
    {
        List<Row> rows = Read(csvPath).Where(r => r.Case == "float").ToList();
        var plot = new ScottPlot.Plot();
        void Line(string label, IEnumerable<Row> source, Func<Row, double?> ms, ScottPlot.Color color, bool dashed = false)
        {
            Row[] points = source.Where(r => ms(r) is not null).ToArray();
            if (points.Length == 0)
            {
                return;
            }

            double[] xs = points.Select(r => Math.Log2(Math.Max(r.Classes, 1))).ToArray();
            double[] ys = points.Select(r => Math.Log10(Math.Max(ms(r)!.Value * 1e6 / ((double)r.Rows * r.Classes), 1e-12))).ToArray();
            var scatter = plot.Add.Scatter(xs, ys, color);
            scatter.LegendText = label;
            scatter.LineWidth = 2;
            scatter.MarkerSize = 6;
            if (dashed)
            {
                scatter.LinePattern = ScottPlot.LinePattern.Dashed;
            }
        }

        Line("naive loop", rows, r => r.Naive, ScottPlot.Colors.Gray);
        Line("TensorPrimitives per row", rows, r => r.TensorPrimitives, ScottPlot.Colors.Orange);
        if (beforePath is not null)
        {
            Line("generated (before issue 8)", Read(beforePath).Where(r => r.Case == "float"), r => r.Generated, ScottPlot.Colors.SteelBlue, dashed: true);
        }

        Line("generated", rows, r => r.Generated, ScottPlot.Colors.Navy);
        Line("roofline (TensorPrimitives.Sum)", rows, r => r.Roofline, ScottPlot.Colors.Green, dashed: true);

        int[] classes = rows.Select(r => r.Classes).ToArray();
        // 17 and 20 sit too close to 16 for a label of their own.
        plot.Axes.Bottom.SetTicks(classes.Select(k => Math.Log2(Math.Max(k, 1))).ToArray(), classes.Select(k => k is 17 or 20 ? string.Empty : k.ToString(CultureInfo.InvariantCulture)).ToArray());
        double[] nsTicks = { 0.1, 0.2, 0.5, 1, 2, 5, 10 };
        plot.Axes.Left.SetTicks(nsTicks.Select(Math.Log10).ToArray(), nsTicks.Select(v => v.ToString(CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.Bottom.Label.Text = "classes K (log scale)";
        plot.Axes.Left.Label.Text = "ns per logit (log scale)";
        plot.Title("Softmax cross-entropy, float, mean, 8M logits per case, one thread");
        plot.ShowLegend(ScottPlot.Alignment.UpperRight);
        plot.SavePng(pngPath, 1000, 600);
        Console.Error.WriteLine("wrote " + pngPath);
    }

    private static IEnumerable<Row> Read(string path)
    {
        static double? Optional(string s) => s.Length == 0 ? null : double.Parse(s, CultureInfo.InvariantCulture);
        foreach (string line in File.ReadLines(path).Skip(1))
        {
            string[] f = line.Split(',');
            yield return new Row(f[0], int.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture),
                double.Parse(f[3], CultureInfo.InvariantCulture), double.Parse(f[4], CultureInfo.InvariantCulture), Optional(f[5]), Optional(f[6]));
        }
    }
}
