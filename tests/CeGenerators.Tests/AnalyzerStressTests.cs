using System.Diagnostics;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CeGenerators.Tests;

/// <summary>
/// The analyzers over large, tangled methods: they must finish fast and never crash (no AD0001, no stack overflow). Each
/// analysis runs on its own thread with a generous timeout, so a regression into unbounded work fails the test instead of
/// hanging the run. The sources are generated here; none is taken from other code.
/// </summary>
public class AnalyzerStressTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    /// <summary>A root finder: two loops in which x, lo and hi are assigned from and compared with one another, a log of x in the first.</summary>
    [Fact]
    public void Root_finder_with_variables_assigned_from_and_compared_with_each_other()
    {
        var code = new StringBuilder("using System;\npublic static class C\n{\n");
        for (int m = 0; m < 20; m++)
        {
            code.Append("public static double Root").Append(m).Append("(double a, double b, Func<double, double> f)\n{\n")
                .Append("double x = a, xLower = a, xUpper = b, s = 0, t = b;\n")
                .Append("for (int i = 0; i < 100; i++)\n{\n")
                .Append("if (x < xLower) x = xLower;\nif (x > xUpper) x = xUpper;\nif (xLower > t) t = xLower; else xLower = t;\n")
                .Append("s += Math.Log(x);\n")
                .Append("if (f(x) > 0) xUpper = x; else xLower = x;\n")
                .Append("if (xUpper - xLower < 1e-12) break;\n")
                .Append("x = (xLower + xUpper) / 2;\n")
                .Append("if (x <= xLower || x >= xUpper) x = xLower > t ? xLower : (xUpper < x ? xUpper : t);\n")
                .Append("t = x > xUpper ? xLower : x;\n}\n")
                .Append("for (int j = 0; j < 50; j++)\n{\n")
                .Append("double xNew = x - f(x) / (f(x + 1e-6) - f(x)) * 1e-6;\n")
                .Append("if (xNew <= xLower) xNew = (x + xLower) / 2;\nif (xNew >= xUpper) xNew = (x + xUpper) / 2;\n")
                .Append("if (f(xNew) > 0) xUpper = xNew; else xLower = xNew;\n")
                .Append("if (xLower >= x && xUpper <= t) { t = xLower; x = xUpper; } else { x = xNew; }\n")
                .Append("s += xLower > 0 ? Math.Log(xLower) : Math.Log(x * xUpper);\n}\n")
                .Append("return s;\n}\n");
        }

        AssertFinishes(code.Append("}\n").ToString());
    }

    /// <summary>Eight variables in one loop, each assigned from and compared with the others: the worst case for guard chains.</summary>
    [Fact]
    public void Loop_of_eight_mutually_assigned_and_compared_variables()
    {
        const int n = 8;
        var code = new StringBuilder("using System;\npublic static class C\n{\npublic static double M(double v0)\n{\n");
        for (int i = 1; i < n; i++)
        {
            code.Append("double v").Append(i).Append(" = v").Append(i - 1).Append(";\n");
        }

        code.Append("double s = 0;\nwhile (s < 1e6)\n{\n");
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                if (i != j)
                {
                    code.Append("if (v").Append(i).Append(" > v").Append(j).Append(") v").Append((i + j) % n).Append(" = v").Append(j).Append(";\n");
                }
            }

            code.Append("s += Math.Log(v").Append(i).Append(");\n");
        }

        AssertFinishes(code.Append("}\nreturn s;\n}\n}\n").ToString());
    }

    /// <summary>Thousands of nested additions inside a log, left-deep and right-deep, and nested logs.</summary>
    [Fact]
    public void Deep_expression_trees()
    {
        var left = new StringBuilder("p");
        for (int i = 0; i < 3000; i++)
        {
            left.Append(" + p * ").Append(i % 7);
        }

        var right = new StringBuilder();
        for (int i = 0; i < 400; i++)
        {
            right.Append("(p + ");
        }

        right.Append('p').Append(')', 400);
        var logs = new StringBuilder("p");
        for (int i = 0; i < 200; i++)
        {
            logs.Insert(0, "Math.Log(").Append(')');
        }

        string code = "using System;\npublic static class C\n{\n" +
            "public static double A(double p) => Math.Log(" + left + ");\n" +
            "public static double B(double p) => Math.Log(" + right + ");\n" +
            "public static double D(double p) => " + logs + ";\n" +
            "public static double E(double p) { double q = " + left + "; if (q > 0 && " + right.ToString().Replace("p", "q") + " > 0) return Math.Log(q); return 0; }\n}\n";
        AssertFinishes(code);
    }

    /// <summary>One method of thousands of statements with hundreds of logs, guarded, clamped and raw.</summary>
    [Fact]
    public void Method_with_thousands_of_statements_and_many_logs()
    {
        var code = new StringBuilder("using System;\npublic static class C\n{\npublic static double M(double[] p, double q)\n{\ndouble s = 0, r = q;\n");
        for (int i = 0; i < 3000; i++)
        {
            switch (i % 6)
            {
                case 0: code.Append("double a").Append(i).Append(" = p[").Append(i % 10).Append("];\n"); break;
                case 1: code.Append("if (a").Append(i - 1).Append(" > 0) s += Math.Log(a").Append(i - 1).Append(");\n"); break;
                case 2: code.Append("r = r > a").Append(i - 2).Append(" ? a").Append(i - 2).Append(" : r + 1;\n"); break;
                case 3: code.Append("s += Math.Log(Math.Max(r, 1e-9));\n"); break;
                case 4: code.Append("s += Math.Log(r);\n"); break;
                default: code.Append("if (r <= 0) r = a").Append(i - 5).Append(";\n"); break;
            }
        }

        AssertFinishes(code.Append("return s;\n}\n}\n").ToString());
    }

    /// <summary>Helper methods that call each other (and themselves) in the argument of a log.</summary>
    [Fact]
    public void Mutually_recursive_helpers()
    {
        var code = new StringBuilder("using System;\npublic static class C\n{\n");
        const int n = 12;
        for (int i = 0; i < n; i++)
        {
            code.Append("static double H").Append(i).Append("(double x) => x > 1 ? H").Append((i + 1) % n).Append("(x - 1) * H").Append((i + 5) % n)
                .Append("(x / 2) : (x < 0 ? H").Append(i).Append("(-x) : x + H").Append((i + 3) % n).Append("(x + 1));\n");
        }

        code.Append("static readonly double F0 = G(1);\nstatic double G(double x) => x > 0 ? F0 + G(x - 1) : F0;\n");
        for (int i = 0; i < n; i++)
        {
            code.Append("public static double L").Append(i).Append("(double p) => Math.Log(H").Append(i).Append("(p)) + Math.Log(G(p));\n");
        }

        AssertFinishes(code.Append("}\n").ToString());
    }

    /// <summary>
    /// Many numeric helpers, each calling several others inside loops with branches: the summaries of called methods must
    /// be computed once per method, not again at every visit of every call (which grows as fan-out ^ nesting).
    /// </summary>
    [Fact]
    public void Helpers_calling_many_helpers_inside_loops()
    {
        var code = new StringBuilder("using System;\npublic static class C\n{\n");
        const int n = 40;
        for (int i = 0; i < n; i++)
        {
            code.Append("public static double H").Append(i).Append("(double[] a, double x)\n{\ndouble s = 0, t = x;\n")
                .Append("for (int j = 0; j < a.Length; j++)\n{\nfor (int k = j; k < a.Length; k++)\n{\n");
            for (int c = 1; c <= 6; c++)
            {
                code.Append("if (a[k] > t) t = H").Append((i + c) % n).Append("(a, a[j] - t); else s += Math.Log(H").Append((i + c + 7) % n).Append("(a, s) + t);\n");
            }

            code.Append("}\n}\nreturn s > 0 ? s : t;\n}\n");
        }

        AssertFinishes(code.Append("}\n").ToString());
    }

    private static void AssertFinishes(string source)
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Stress",
            new[] { CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions(), path: "Stress.cs") },
            GeneratorHarness.Net80,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (e, _, _) => { lock (exceptions) { exceptions.Add(e); } },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        using var cancellation = new CancellationTokenSource(Limit);
        var stopwatch = Stopwatch.StartNew();
        Task<ImmutableArray<Diagnostic>> analysis = Task.Factory.StartNew(
            () => compilation.WithAnalyzers(AnalyzerHarness.Analyzers, options).GetAnalyzerDiagnosticsAsync(cancellation.Token).Result,
            cancellation.Token,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        Assert.True(analysis.Wait(Limit + TimeSpan.FromSeconds(5)), $"the analyzers did not finish within {Limit.TotalSeconds} s");
        Assert.Empty(exceptions);
        Assert.DoesNotContain(analysis.Result, d => d.Id == "AD0001");
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30), $"the analyzers took {stopwatch.Elapsed.TotalSeconds:F1} s");
    }
}
