using System.Text;
using System.Threading;

namespace CeGenerators.Tests;

/// <summary>
/// The analyzers over code shaped to make a proof recurse or blow up: loops whose variables bound and assign each other,
/// deep expressions, thousands of statements, mutually recursive helpers. A stack overflow would kill the test process
/// (as it kills csc and the IDE's analyzer host); a stalled proof fails the time limit instead of hanging.
/// </summary>
public class AnalyzerStressTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    /// <summary>A bisection/secant root finder: x, xLower and xUpper are compared with and assigned from one another in two loops.</summary>
    [Fact]
    public void Root_finder_with_tangled_loops_finishes()
    {
        var s = new StringBuilder("using System;\npublic static class RootFinder\n{\n");
        s.AppendLine("public static double Solve(Func<double, double> f, double xLower, double xUpper, double eps)\n{");
        s.AppendLine("double x = 0.5 * (xLower + xUpper), fx = f(x);");
        s.AppendLine("for (int i = 0; i < 100; i++)\n{");
        s.AppendLine("  if (x <= xLower || x >= xUpper) x = 0.5 * (xLower + xUpper);");
        s.AppendLine("  double step = Math.Log(x) - Math.Log(xUpper / xLower);");
        s.AppendLine("  if (fx < 0) { xLower = x; } else { xUpper = x; }");
        s.AppendLine("  if (xUpper < xLower) { double t = xLower; xLower = xUpper; xUpper = t; }");
        s.AppendLine("  if (x > xUpper) x = xUpper; else if (x < xLower) x = xLower; else x = x - step;");
        s.AppendLine("  if (xLower > x && x > eps) xLower = x * 0.5;");
        s.AppendLine("  fx = f(x);\n}");
        s.AppendLine("while (xUpper - xLower > eps)\n{");
        s.AppendLine("  double mid = 0.5 * (xLower + xUpper);");
        s.AppendLine("  if (f(mid) < 0) xLower = mid; else xUpper = mid;");
        s.AppendLine("  if (xLower > xUpper) xUpper = xLower; if (x < xLower) x = xLower; if (x > xUpper) x = xUpper;");
        s.AppendLine("  x = Math.Log(xUpper) > Math.Log(xLower) ? xUpper : xLower;\n}");
        s.AppendLine("return x;\n}\n}");
        AnalyzeWithin(s.ToString());
    }

    [Fact]
    public void Many_variables_that_bound_each_other_finish()
    {
        // Twenty variables in a loop, each compared with and assigned from the next: every guard's bound is another
        // variable whose guards are bounded by a third, and so on round the cycle.
        const int n = 20;
        var s = new StringBuilder("using System;\npublic static class Chain\n{\npublic static double F(double[] a)\n{\n");
        for (int i = 0; i < n; i++)
        {
            s.AppendLine($"double v{i} = a[{i}];");
        }

        s.AppendLine("double total = 0;\nfor (int k = 0; k < a.Length; k++)\n{");
        for (int i = 0; i < n; i++)
        {
            int j = (i + 1) % n, m = (i + 7) % n;
            s.AppendLine($"  if (v{i} > v{j}) v{i} = v{m}; else v{j} = v{i};");
            s.AppendLine($"  if (v{m} < v{i}) total += Math.Log(v{i});");
        }

        s.AppendLine("}\nreturn total;\n}\n}");
        AnalyzeWithin(s.ToString());
    }

    [Fact]
    public void Deep_expression_trees_finish()
    {
        var sum = new StringBuilder("p");
        for (int i = 0; i < 3000; i++)
        {
            sum.Append(i % 3 == 0 ? " + p" : i % 3 == 1 ? " * q" : " - 1e-7");
        }

        string source = "using System;\npublic static class Deep\n{\n" +
            $"public static double F(double p, double q) => Math.Log({sum});\n" +
            $"public static double G(double p, double q) {{ double s = {sum}; if (s > 0) return Math.Log(s); return Math.Log(1 + Math.Exp({sum})); }}\n}}\n";
        AnalyzeWithin(source);
    }

    [Fact]
    public void Thousands_of_statements_with_logs_finish()
    {
        var s = new StringBuilder("using System;\npublic static class Long\n{\npublic static double F(double[] p)\n{\ndouble h = 0, x = p[0];\n");
        for (int i = 0; i < 3000; i++)
        {
            s.AppendLine((i % 4) switch
            {
                0 => $"if (p[{i % 64}] > 0) h -= p[{i % 64}] * Math.Log(p[{i % 64}]);",
                1 => $"x = x > h ? h : x + p[{i % 64}];",
                2 => $"if (x > 1e-9) h += Math.Log(x);",
                _ => $"h += Math.Log(Math.Max(x, 1e-12));",
            });
        }

        s.AppendLine("return h;\n}\n}");
        AnalyzeWithin(s.ToString());
    }

    [Fact]
    public void Mutually_recursive_helpers_finish()
    {
        string source = "using System;\npublic static class Mutual\n{\n" +
            "static double A(double x) => x > 1 ? B(x - 1) : C(x + 1);\n" +
            "static double B(double x) => x > 2 ? A(x / 2) : C(x) + A(x);\n" +
            "static double C(double x) { if (x > 0) return A(x) * B(x); return B(-x); }\n" +
            "public static double F(double x) => Math.Log(A(x)) + Math.Log(B(x) + C(x));\n}\n";
        AnalyzeWithin(source);
    }

    /// <summary>Runs both analyzers on a thread of the default stack size; fails if they throw, report AD0001 or take too long.</summary>
    private static void AnalyzeWithin(string source)
    {
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                AnalyzerHarness.Analyze(source);
            }
            catch (Exception e)
            {
                error = e;
            }
        });
        var clock = System.Diagnostics.Stopwatch.StartNew();
        thread.Start();
        Assert.True(thread.Join(Limit), $"the analyzers did not finish within {Limit.TotalSeconds} s");
        Assert.Null(error);
        Assert.True(clock.Elapsed < Limit);
    }
}
