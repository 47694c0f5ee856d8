using System;
using System.Diagnostics;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using CeGenerators.Benchmarks;

// dotnet run -c Release --project benchmarks/CeGenerators.Benchmarks -- --filter '*'   (BenchmarkDotNet)
// dotnet run -c Release --project benchmarks/CeGenerators.Benchmarks -- --quick        (a rough Stopwatch check)
// dotnet run -c Release --project benchmarks/CeGenerators.Benchmarks -- --sweep [--reps 7] [--baselines] [--csv f] [--only float|double]
if (args.Length > 0 && args[0] == "--sweep")
{
    int at = Array.IndexOf(args, "--reps"), csvAt = Array.IndexOf(args, "--csv"), onlyAt = Array.IndexOf(args, "--only");
    QuickSweep.Run(
        at > 0 ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : 7,
        csvAt > 0 ? args[csvAt + 1] : null,
        Array.IndexOf(args, "--baselines") > 0,
        onlyAt > 0 ? args[onlyAt + 1] : null);
    return;
}

// dotnet run -c Release --project benchmarks/CeGenerators.Benchmarks -- --chart docs/benchmarks-sweep.csv docs/benchmarks-sweep.png [before.csv]
if (args.Length > 0 && args[0] == "--chart")
{
    SweepChart.Draw(args[1], args.Length > 3 ? args[3] : null, args[2]);
    return;
}

if (args.Length > 0 && args[0] == "--quick")
{
    Quick.Run();
    return;
}

// dotnet run -c Release --project benchmarks/CeGenerators.Benchmarks -- --fused        (fused loss + gradient against its roofline)
if (args.Length > 0 && args[0] == "--fused")
{
    FusedGradientCheck.Run();
    return;
}

// dotnet run -c Release --project benchmarks/CeGenerators.Benchmarks -- --parallel     (Parallel = true vs one thread, interleaved)
if (args.Length > 0 && args[0] == "--parallel")
{
    ParallelCheck.Run();
    return;
}

IConfig config = DefaultConfig.Instance
    .AddJob(Job.ShortRun.WithId("ShortRun"))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(SingleMean).Assembly).Run(args, config);

internal static class Quick
{
    public static void Run()
    {
        foreach (int classes in new[] { 10, 1000 })
        {
            var b = new SingleMean { Classes = classes };
            b.Setup();
            Report($"float K={classes}", b.Naive, b.TensorPrimitivesPerRow, b.Generated, b.Roofline);
        }

        var d = new DoubleMean();
        d.Setup();
        Report("double K=10", d.Naive, d.TensorPrimitivesPerRow, d.Generated, d.Roofline);

        var g = new GradientMean();
        g.Setup();
        double naive = Time(g.Naive), loss = Time(g.LossOnly), two = Time(g.TwoPasses), fused = Time(g.Fused);
        Console.WriteLine($"gradient K=10  naive fused {naive,7:F2} ms  loss only {loss,6:F2} ms  loss + pass {two,7:F2} ms  fused {fused,6:F2} ms | fused/loss {fused / loss:F2}x  two passes/fused {two / fused:F2}x  naive/fused {naive / fused:F1}x");

        var o = new OtherLosses();
        o.Setup();
        Console.WriteLine($"BCE 1e7        naive {Time(o.BinaryNaive),7:F2} ms  generated {Time(o.Binary),6:F2} ms  with gradient {Time(o.BinaryGradient),6:F2} ms");
        Console.WriteLine($"entropy K=10   naive {Time(o.EntropyNaive),7:F2} ms  generated {Time(o.Entropy),6:F2} ms");
        Console.WriteLine($"KL K=10        naive {Time(o.KlNaive),7:F2} ms  generated {Time(o.Kl),6:F2} ms");
    }

    private static void Report<T>(string name, Func<T> naive, Func<T> tensor, Func<T> generated, Func<T> roofline)
    {
        double n = Time(naive), t = Time(tensor), g = Time(generated), r = Time(roofline);
        Console.WriteLine($"{name,-14} naive {n,8:F2} ms  TP {t,8:F2} ms  generated {g,8:F2} ms  roofline {r,8:F2} ms  | naive/gen {n / g,5:F1}x  TP/gen {t / g,5:F1}x  gen/roofline {g / r,4:F1}x  (gen={generated()}, naive={naive()})");
    }

    private static double Time<T>(Func<T> f)
    {
        f();
        double best = double.MaxValue;
        for (int i = 0; i < 5; i++)
        {
            var sw = Stopwatch.StartNew();
            f();
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }

        return best;
    }
}
