using Microsoft.CodeAnalysis.Text;

namespace CeGenerators.Tests;

/// <summary>
/// CEG1003, one snippet per form (issue 7, family 8): the naive softplus, sigmoid, softmax and log-sum-exp written the ways
/// real code writes them are reported at the exact span; the stable forms (sign-branched, guarded, max subtracted,
/// exps of logs, the 1 / (1 + exp(-x)) sigmoid) are not.
/// </summary>
public class ExpOverflowTests
{
    private const string Usings = "using System;\nusing System.Linq;\nusing System.Numerics;\n";

    public static IEnumerable<object[]> Naive() => NaiveForms.Select(f => new object[] { f.Key });

    public static IEnumerable<object[]> Stable() => StableForms.Select(f => new object[] { f.Key });

    private static readonly Dictionary<string, string> NaiveForms = new()
    {
        ["softplus, Math"] = "public static double S(double x) => [|Math.Log(1 + Math.Exp(x))|];",
        ["softplus, exp first, MathF"] = "public static float S(float x) => [|MathF.Log(MathF.Exp(x) + 1f)|];",
        ["softplus through using static, negated product"] = "public static double Loss(double t, double o) => [|Log(1.0 + Exp(-t * o))|];",
        ["softplus, generic math"] = "public static T S<T>(T x) where T : IFloatingPointIeee754<T> => [|T.Log(T.One + T.Exp(x))|];",
        ["softplus, double.Log"] = "public static double S(double x) => [|double.Log(1 + double.Exp(x))|];",
        ["softplus, LogP1"] = "public static double S(double x) => [|double.LogP1(double.Exp(x))|];",
        ["softplus, guard on another variable"] = "public static double S(double x, double y) => y < 0 ? [|Math.Log(1 + Math.Exp(x))|] : 0;",
        ["softplus, guard in the wrong direction"] = "public static double S(double x) { if (x < 0) return 0; return [|Math.Log(1 + Math.Exp(x))|]; }",
        ["sigmoid"] = "public static double Sigmoid(double x) => [|Math.Exp(x) / (1 + Math.Exp(x))|];",
        ["sigmoid, float, one last"] = "public static float Sigmoid(float x) => [|MathF.Exp(x) / (MathF.Exp(x) + 1)|];",
        ["sigmoid through a local"] = "public static double Sigmoid(double x) { double e = Math.Exp(x); return [|e / (1 + e)|]; }",
        ["softmax into an array"] = "public static double[] Softmax(double[] x) { var e = new double[x.Length]; double sum = 0; for (int i = 0; i < x.Length; i++) { e[i] = [|Math.Exp(x[i])|]; sum += e[i]; } for (int i = 0; i < x.Length; i++) e[i] /= sum; return e; }",
        ["softmax with LINQ"] = "public static double[] Softmax(double[] x) { var e = x.Select(v => [|Math.Exp(v)|]).ToArray(); double s = e.Sum(); return e.Select(v => v / s).ToArray(); }",
        ["log-sum-exp without max"] = "public static double Lse(double[] x) { double s = 0; foreach (double v in x) s += [|Math.Exp(v)|]; return Math.Log(s); }",
        ["log-sum-exp, s = s + exp"] = "public static double Lse(float[] x) { double s = 0; for (int i = 0; i < x.Length; i++) s = s + [|Math.Exp(x[i])|]; return Math.Log(s); }",
        ["exp over a sum"] = "public static double P(double x, double sum) => [|Math.Exp(x)|] / sum;",
        ["logistic density, exp over a power of one plus the same exp"] = "public static double Density(double z, double s) => [|Math.Exp(-z) / (s * Math.Pow(1 + Math.Exp(-z), 2))|];",
        ["weighted sum of raw exps"] = "public static double Lse(double[] x, double[] w) { double s = 0; for (int i = 0; i < x.Length; i++) s += w[i] * [|Math.Exp(x[i])|]; return Math.Log(s); }",
        ["two-way softmax through locals"] = "public static double P(double a, double b) { double ea = [|Math.Exp(a)|], eb = [|Math.Exp(b)|]; return ea / (ea + eb); }",
        ["exp over a running sum"] = "public static double[] P(double[] x) { double z = 0; foreach (double v in x) z += Math.Abs(v); var p = new double[x.Length]; for (int i = 0; i < x.Length; i++) p[i] = [|Math.Exp(x[i])|] / z; return p; }",
        ["exp of a scaled raw input"] = "public static double Lse(double[] x, double beta) { double s = 0; foreach (double v in x) s += [|Math.Exp(beta * v)|]; return Math.Log(s) / beta; }",
    };

    private static readonly Dictionary<string, string> StableForms = new()
    {
        ["stable softplus"] = "public static double S(double x) => Math.Max(x, 0) + Math.Log(1 + Math.Exp(-Math.Abs(x)));",
        ["sign-branched softplus"] = "public static double S(double z) => z < 0 ? Math.Log(1 + Math.Exp(z)) : z + Math.Log(1 + Math.Exp(-z));",
        ["sign-branched softplus, if/else"] = "public static float S(float z) { if (z > 0) { return z + MathF.Log(1 + MathF.Exp(-z)); } else { return MathF.Log(1 + MathF.Exp(z)); } }",
        ["softplus after an early return"] = "public static double S(double x) { if (x > 30) return x; return Math.Log(1 + Math.Exp(x)); }",
        ["softplus under a threshold, conditional"] = "public static double S(double x, double limit) => x >= limit ? x : Math.Log(1 + Math.Exp(x));",
        ["log-add, max subtracted"] = "public static double LogAdd(double a, double b) { double max = Math.Max(a, b), negDiff = Math.Min(a, b) - max; return max + Math.Log(1 + Math.Exp(negDiff)); }",
        ["log-add, branches"] = "public static double LogAdd(double a, double b) => a > b ? a + Math.Log(1 + Math.Exp(b - a)) : b + Math.Log(1 + Math.Exp(a - b));",
        ["log-add, negated abs local"] = "public static double LogAdd(double a, double b) { double d = -Math.Abs(a - b); return Math.Max(a, b) + Math.Log(1.0 + Math.Exp(d)); }",
        ["exps of log-probabilities"] = "public static double Total(double[] logProbs) { double s = 0; for (int i = 0; i < logProbs.Length; i++) s += Math.Exp(logProbs[i]); return s; }",
        ["exps of a log local"] = "public static double Total(double[] p) { double s = 0; foreach (double q in p) { double lp = Math.Log(q); s += Math.Exp(lp); } return s; }",
        ["foreach over log-likelihoods"] = "public static double Total(double[] logLik) { double s = 0; foreach (var v in logLik) s += Math.Exp(v); return s; }",
        ["softmax, max subtracted"] = "public static double[] Softmax(double[] x) { double m = x.Max(), sum = 0; var e = new double[x.Length]; for (int i = 0; i < x.Length; i++) { e[i] = Math.Exp(x[i] - m); sum += e[i]; } for (int i = 0; i < x.Length; i++) e[i] /= sum; return e; }",
        ["log-sum-exp, max subtracted"] = "public static double Lse(double[] x) { double m = x.Max(), s = 0; foreach (double v in x) s += Math.Exp(v - m); return m + Math.Log(s); }",
        ["stable sigmoid"] = "public static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));",
        ["gaussian kernel sum"] = "public static double Density(double[] d) { double s = 0; foreach (double v in d) s += Math.Exp(-0.5 * v * v); return s; }",
        ["negated square sum"] = "public static double Density(double[] d) { double s = 0; foreach (double v in d) s += Math.Exp(-(v * v) / 2); return s; }",
        ["exp divided by something that is not a sum"] = "public static double G(double a, double x) => Math.Exp(a * x) / (x + 1 - a);",
        ["exps of a method that returns a log"] = "static double GetLogProb(int i) => -i; public static double Total(int n) { double s = 0; for (int i = 0; i < n; i++) s += Math.Exp(GetLogProb(i)); return s; }",
        ["exp of a short log name"] = "public static double Total(double[] x) { double s = 0; foreach (double logx in x) s += Math.Exp(logx); return s; }",
        ["exp of ln-named values summed"] = "public static double Total(double[] lnP) { double s = 0; foreach (double v in lnP) s += Math.Exp(v); return s; }",
        ["two-way softmax through locals, max subtracted"] = "public static double P(double a, double b) { double m = Math.Max(a, b), ea = Math.Exp(a - m), eb = Math.Exp(b - m); return ea / (ea + eb); }",
        ["weighted sum, max subtracted"] = "public static double Lse(double[] x, double[] w, double m) { double s = 0; for (int i = 0; i < x.Length; i++) s += w[i] * Math.Exp(x[i] - m); return m + Math.Log(s); }",
        ["exps stored but never normalized"] = "public static void Exps(double[] x, double[] y) { for (int i = 0; i < x.Length; i++) y[i] = Math.Exp(x[i]); }",
        ["generic stable softplus"] = "public static T S<T>(T x) where T : IFloatingPointIeee754<T> => T.Max(x, T.Zero) + T.Log(T.One + T.Exp(-T.Abs(x)));",
        ["log-sum-exp of non-positive values"] = "public static double Lse(double[] x) { double s = 0; foreach (double v in x) { if (v > 0) continue; s += Math.Exp(v); } return Math.Log(s); }",
    };

    [Theory]
    [MemberData(nameof(Naive))]
    public void Naive_forms_are_reported_at_the_exact_span(string form) => AssertCeg1003(NaiveForms[form]);

    [Theory]
    [MemberData(nameof(Stable))]
    public void Stable_forms_are_not_reported(string form) => AssertCeg1003(StableForms[form]);

    [Fact]
    public void Every_form_is_checked_in_a_bounded_time_on_tangled_code()
    {
        // Locals assigned from one another in a cycle, used as exp arguments: the bound reasoning must not loop.
        var body = new System.Text.StringBuilder("public static double T(double[] x) { double a = 0, b = 0, c = 0, s = 0;\n");
        for (int i = 0; i < 300; i++)
        {
            body.Append("a = b - c; b = c + a + x[" + (i % 3) + "]; c = -a * b; s += Math.Exp(c); s += Math.Exp(-b); s += Math.Exp(-c * c);\n");
        }

        body.Append("return Math.Log(s) + Math.Log(1 + Math.Exp(a + b + c)); }");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        IReadOnlyList<Diagnostic> diagnostics = AnalyzerHarness.Analyze(Usings + "public static class C\n{\n" + body + "\n}\n");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), watch.Elapsed.ToString());
        Assert.Contains(diagnostics, d => d.Id == "CEG1003");
    }

    private static void AssertCeg1003(string member)
    {
        string usings = member.Contains("Log(1.0 + Exp(") ? Usings + "using static System.Math;\n" : Usings;
        (string code, IReadOnlyList<TextSpan> expected) = AnalyzerHarness.Unmark(usings + "public static class C\n{\n" + member + "\n}\n");
        TextSpan[] actual = AnalyzerHarness.Analyze(code).Where(d => d.Id == "CEG1003").Select(d => d.Location.SourceSpan).OrderBy(s => s.Start).ToArray();
        Assert.Equal(expected.OrderBy(s => s.Start).ToArray(), actual);
    }
}
