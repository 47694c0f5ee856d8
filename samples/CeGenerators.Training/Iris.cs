using System;
using System.Globalization;
using System.IO;
using System.Linq;

namespace CeGenerators.Training;

/// <summary>Fisher's Iris data (Data/iris.csv), standardized, shuffled with a fixed seed and split 120 / 30.</summary>
public sealed record Iris(float[] TrainX, int[] TrainY, float[] TestX, int[] TestY)
{
    public const int Features = 4, Classes = 3;

    public static readonly string[] Species = { "setosa", "versicolor", "virginica" };

    public static Iris Load(string path, int seed = 7)
    {
        var rows = File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(line =>
        {
            string[] cells = line.Split(',');
            float[] x = cells.Take(Features).Select(c => float.Parse(c, CultureInfo.InvariantCulture)).ToArray();
            return (X: x, Y: Array.IndexOf(Species, cells[Features].Trim()));
        }).ToArray();

        // Standardize each feature (z-scores) so one learning rate suits all.
        for (int f = 0; f < Features; f++)
        {
            double mean = rows.Average(r => r.X[f]);
            double sd = Math.Sqrt(rows.Average(r => (r.X[f] - mean) * (r.X[f] - mean)));
            foreach (var r in rows)
            {
                r.X[f] = (float)((r.X[f] - mean) / sd);
            }
        }

        var random = new Random(seed);
        rows = rows.OrderBy(_ => random.Next()).ToArray();
        var train = rows.Take(120).ToArray();
        var test = rows.Skip(120).ToArray();
        return new Iris(train.SelectMany(r => r.X).ToArray(), train.Select(r => r.Y).ToArray(), test.SelectMany(r => r.X).ToArray(), test.Select(r => r.Y).ToArray());
    }
}
