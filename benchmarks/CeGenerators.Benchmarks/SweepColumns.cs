using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CeGenerators.Benchmarks;

/// <summary>The sweep's job (ShortRun) and its derived columns, shown on the generated kernel's line of each K.</summary>
public sealed class SweepConfig : ManualConfig
{
    public SweepConfig()
    {
        AddJob(Job.ShortRun.WithId("ShortRun"));
        AddColumn(
            new SweepColumns("ns/row", (generated, other, rows) => generated / rows, null),
            new SweepColumns("x roofline", (generated, other, _) => generated / other, SweepColumns.Roofline),
            new SweepColumns("x TensorPrimitives per row", (generated, other, _) => other / generated, SweepColumns.TensorPrimitives),
            new SweepColumns("x naive loop", (generated, other, _) => other / generated, SweepColumns.Naive));
    }
}

/// <summary>One derived column: a value computed from the generated kernel's mean and another method's mean at the same K.</summary>
public sealed class SweepColumns : IColumn
{
    public const string Generated = "generated";
    public const string Roofline = "roofline (TensorPrimitives.Sum)";
    public const string TensorPrimitives = "TensorPrimitives per row";
    public const string Naive = "naive loop";

    // The sweeps' method names, matched instead of the descriptions (BenchmarkDotNet quotes those with spaces).
    private static readonly (string Description, string Method)[] Methods =
    {
        (Generated, "Generated"), (Roofline, "Roofline"), (TensorPrimitives, "TensorPrimitivesPerRow"), (Naive, "Naive"),
    };

    private readonly Func<double, double, int, double> _value;
    private readonly string? _other;

    public SweepColumns(string name, Func<double, double, int, double> value, string? other)
    {
        ColumnName = name;
        _value = value;
        _other = other;
    }

    public string Id => nameof(SweepColumns) + "." + ColumnName;

    public string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "derived from the means at the same K (see docs/benchmarks.md)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (benchmarkCase.Descriptor.WorkloadMethod.Name != MethodOf(Generated) || Mean(summary, benchmarkCase) is not double generated)
        {
            return "-";
        }

        int classes = (int)benchmarkCase.Parameters["K"];
        double other = double.NaN;
        if (_other is not null)
        {
            BenchmarkCase? sibling = summary.Reports.Select(r => r.BenchmarkCase).FirstOrDefault(c =>
                c.Descriptor.WorkloadMethod.Name == MethodOf(_other) && c.Descriptor.Type == benchmarkCase.Descriptor.Type &&
                c.Job.DisplayInfo == benchmarkCase.Job.DisplayInfo && c.Parameters.DisplayInfo == benchmarkCase.Parameters.DisplayInfo);
            if (sibling is null || Mean(summary, sibling) is not double mean)
            {
                return "?";
            }

            other = mean;
        }

        return _value(generated, other, Sweep.Rows(classes)).ToString("F2", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    private static string MethodOf(string description) => Methods.First(m => m.Description == description).Method;

    private static double? Mean(Summary summary, BenchmarkCase benchmarkCase) => summary[benchmarkCase]?.ResultStatistics?.Mean;
}
