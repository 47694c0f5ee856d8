using Microsoft.CodeAnalysis.Text;

namespace CeGenerators.Tests;

/// <summary>
/// CEG1001 on the shapes real code takes (issue 7, section 2): one snippet per family, written here. Safe forms stay
/// quiet; the warnings a reviewer would keep fire at the exact [|...|] span.
/// </summary>
public class AnalyzerFamilyTests
{
    private static string Wrap(string members) => "using System;\nusing System.Linq;\npublic static class C\n{\n" + members + "\n}\n";

    [Fact]
    public void Zero_skip_guards_on_values_that_are_not_negative_by_construction()
    {
        AssertCeg1001(Wrap(
            "public static double H(int[] counts, int n) { double h = 0; foreach (int count in counts) { if (count > 0) { double p = (double)count / n; h -= p * Math.Log(p); } } return h; }\n" +
            "public static double A(double p) { if (p != 0) return Math.Log(p); return 0; }\n" +
            "public static double B(double[] v) { double s = 0; foreach (double x in v) { if (x == 0) continue; s += x * Math.Log(x); } return s; }\n" +
            "public static double D(double y) { double x = Math.Abs(y); return x != 0 ? Math.Log10(x) : 1; }\n" +
            "public static double Pattern(double p, double q) => (p is > 0 ? Math.Log(p) : 0) + (q is not 0 ? Math.Log(q) : 0) + (p is > 0 and < 1 ? Math.Log(1 - p) : 0);\n" +
            "public static double IntegerRatio(int count, int total) { if (count <= 0 || total <= 0) return 0; return Math.Log([|count / total|]); }\n" +
            "public static double Raw(double[] v) { double s = 0; foreach (double x in v) s += x * Math.Log([|x|]); return s; }\n" +
            "public static double Elements(double[] p) { double h = 0; for (int i = 0; i < p.Length; i++) h -= p[i] > 0 ? p[i] * Math.Log(p[i]) : 0; return h; }\n" +
            "public static double ElementSkip(int[] v, int[] w) { double s = 0; for (int i = 0; i < v.Length; i++) { if (v[i] == 0) continue; s += Math.Log10(v[i]); } return s; }\n" +
            "public static double OtherIndex(double[] p, int j) { double h = 0; for (int i = 0; i < p.Length; i++) if (p[i] > 0) h += Math.Log([|p[j]|]); return h; }\n" +
            "static void Zero(double[] a) => a[0] = 0;\n" +
            "public static double Mutated(double[] p) { if (p[0] <= 0) return 0; Zero(p); return Math.Log([|p[0]|]); }\n" +
            "public static double Rewritten(double[] p, int j) { if (p[0] <= 0) return 0; p[j] = -1; return Math.Log([|p[0]|]); }\n" +
            "public static float Span(ReadOnlySpan<float> p) { float h = 0; for (int k = 0; k < p.Length; k++) h += p[k] > 0 ? p[k] * MathF.Log(p[k]) : 0; return h; }"));
    }

    [Fact]
    public void Clamps_in_helpers_returned_or_through_a_ref_parameter()
    {
        AssertCeg1001(Wrap(
            "static double ClampProb(double p) => p <= 1e-10 ? 1e-10 : (p >= 1 ? 1 - 1e-16 : p);\n" +
            "static void Clamp(ref float v) { if (v < 1e-7f) v = 1e-7f; }\n" +
            "static double ClampEps(double p, double eps) => p <= eps ? eps : (p >= 1 ? 1 - 1e-16 : p);\n" +
            "public static double E(double p) { p = ClampEps(p, 1e-10); return -Math.Log(p); }\n" +
            "public static double F(double p, double eps) { p = ClampEps(p, eps); return -Math.Log([|p|]); }\n" +
            "static void Touch(ref float v) { v = v - 1; }\n" +
            "public static double A(double p) { p = ClampProb(p); return -Math.Log(p); }\n" +
            "public static float B(float v) { Clamp(ref v); return MathF.Log(v); }\n" +
            "public static float D(float v) { if (v <= 0) return 0; Touch(ref v); return MathF.Log([|v|]); }"));
    }

    [Fact]
    public void Counts_sizes_and_loop_indices()
    {
        AssertCeg1001(Wrap(
            "public static double LogFactorial(int n) { double s = 0; for (int i = 2; i <= n; i++) s += Math.Log(i); return s; }\n" +
            "public static double Idf(double[] features) { int featureCount = features.Length; return Math.Log(featureCount + 1); }\n" +
            "public static double Split(int[] lte, int[] gt) { const int min = 5; double s = 0; for (int k = 0; k < lte.Length; k++) { if (lte[k] < min || gt[k] < min) continue; int a = lte[k], b = gt[k]; if (a < min || b < min) continue; int total = a + b; s += Math.Log(total); } return s; }\n" +
            "public static double FromZero(int n) { double s = 0; for (int i = 0; i < n; i++) s += Math.Log([|i|]); return s; }"));
    }

    [Fact]
    public void Uniform_variates_and_rejection_loops()
    {
        AssertCeg1001(Wrap(
            "public static double Polar(Random r) { double u, v, s; do { u = 2 * r.NextDouble() - 1; v = 2 * r.NextDouble() - 1; s = u * u + v * v; } while (s >= 1 || s == 0); return u * Math.Sqrt(-2 * Math.Log(s) / s); }\n" +
            "public static double Exponential(Random rng) { double u = 1 - rng.NextDouble(); return -Math.Log(u); }\n" +
            "static double Open01(Random r) => 1.0 - r.NextDouble();\n" +
            "public static double Gumbel(Random r) => -Math.Log(-Math.Log(Open01(r)) + 1e-300);\n" +
            "public static double BoxMuller(Random r) => Math.Sqrt(-2 * Math.Log([|r.NextDouble()|]));\n" +
            "static readonly Random Rng = new Random(1);\n" +
            "static double Random01() => Rng.NextDouble();\n" +
            "public static double Sample() => -Math.Log([|Random01()|]);"));
    }

    /// <summary>
    /// A hand-written generator's NextDouble is a uniform variate in [0, 1) as System.Random's is; the log of a value in
    /// (0, 1) is negative, so -log(U) is positive (a Gumbel sample after rejecting U = 1).
    /// </summary>
    [Fact]
    public void Hand_written_generators_and_logs_of_values_below_one()
    {
        AssertCeg1001(Wrap(
            "public sealed class Twister { ulong _s = 88172645463325252UL; public double NextDouble() { _s ^= _s << 13; _s ^= _s >> 7; _s ^= _s << 17; return (_s >> 11) * (1.0 / 9007199254740992.0); } }\n" +
            "public static double Exponential(Twister t) => -Math.Log(1.0 - t.NextDouble());\n" +
            "public static double Rayleigh(Twister t) { double u; do { u = t.NextDouble(); } while (u == 0.0); return Math.Sqrt(-2.0 * Math.Log(1.0 - u)); }\n" +
            "public static double Gumbel(Twister t) { double u; do { u = 1.0 - t.NextDouble(); } while (u >= 1.0); return -Math.Log(-Math.Log(u)); }\n" +
            "public static double GumbelNoReject(Twister t) { double u = 1.0 - t.NextDouble(); return -Math.Log([|-Math.Log(u)|]); }\n" +
            "public static double Raw(Twister t) => -Math.Log([|t.NextDouble()|]);"));
    }

    [Fact]
    public void Validation_that_throws_or_returns_first()
    {
        AssertCeg1001(Wrap(
            "public static double A(double max) { if (max >= 1) throw new ArgumentOutOfRangeException(nameof(max)); return Math.Log10(1 - max); }\n" +
            "static void Check(bool condition, string message) { if (!condition) throw new ArgumentException(message); }\n" +
            "public static double B(double x) { Check(x > 0, \"x must be positive\"); return Math.Log(x); }\n" +
            "public static double D(double x) { if (x >= 1) return double.NaN; return Math.Log(1 - x); }\n" +
            "public static double Bce(double x, double eps) { if (eps <= 0 || eps >= 0.5) throw new ArgumentOutOfRangeException(nameof(eps)); double p = Math.Clamp(x, eps, Math.Min(1 - eps, 1 - eps)); return -Math.Log(p) - Math.Log(1 - p); }\n" +
            "public static double E(double x) { System.Diagnostics.Debug.Assert(x > 0); return Math.Log(x); }\n" +
            "public static double NotAssert(double x) { Console.WriteLine(x > 0); return Math.Log([|x|]); }"));
    }

    [Fact]
    public void Fields_validated_where_they_are_written()
    {
        AssertCeg1001("using System;\n" +
            "public sealed class Scaled\n{\n" +
            "    private readonly double _scale;\n" +
            "    private double _rate = 0.1;\n" +
            "    private double _raw;\n" +
            "    private readonly double _low, _high;\n" +
            "    public Scaled(bool single) { _low = single ? 1e-7f : 1e-15; _high = single ? 1f - 1e-7f : 1 - 1e-15; }\n" +
            "    public double Clamped(double p) => Math.Log(Math.Clamp(p, _low, _high));\n" +
            "    public Scaled(double scale, double raw) { if (scale <= 0) throw new ArgumentOutOfRangeException(nameof(scale)); _scale = scale; _raw = raw; }\n" +
            "    public double Rate { get => _rate; set { if (value <= 0) throw new ArgumentOutOfRangeException(nameof(value)); _rate = value; } }\n" +
            "    public double A() => Math.Log(_scale) + Math.Log(_rate);\n" +
            "    public double B() => Math.Log([|_raw|]);\n" +
            "}\n");
    }

    [Fact]
    public void Positive_by_algebra()
    {
        AssertCeg1001(Wrap(
            "public static double A(double[] x) { double s = double.Epsilon; foreach (double v in x) s += Math.Exp(v); return Math.Log(s); }\n" +
            "public static double Online(double[] x) { double m = x[0], sum = 1; for (int i = 1; i < x.Length; i++) { if (x[i] > m) { sum = sum * Math.Exp(m - x[i]) + 1; m = x[i]; } else sum += Math.Exp(x[i] - m); } return m + Math.Log(sum); }\n" +
            "public static double Ratio(double a, double b, double c) { double e1 = Math.Exp(a), e2 = Math.Exp(b), e3 = Math.Exp(c); return Math.Log((1 + e1) / (e2 + e3)); }\n" +
            "public static double Raw(double a, double b) => Math.Log([|a * b|]);"));
    }

    [Fact]
    public void Writes_are_applied_in_graph_order()
    {
        AssertCeg1001(Wrap(
            "public static double A(double p) { if (p <= 0) return 0; p = Math.Log(p); return p; }\n" +
            "public static double B(double[] x) { double m = x.Max(), s = 0; foreach (double v in x) s += Math.Exp(v - m); s = Math.Log(s); return m + s; }\n" +
            "public static double D(double p) { if (p <= 0) return 0; p = p - 1; return Math.Log([|p|]); }"));
    }

    [Fact]
    public void Every_kind_of_write_invalidates_a_guard()
    {
        AssertCeg1001(Wrap(
            "static void Read(out double v) => v = 0;\n" +
            "public static double Out(double p) { if (p <= 0) return 0; Read(out p); return Math.Log([|p|]); }\n" +
            "public static double Tuple(double p, double q) { if (p <= 0) return 0; (p, q) = (q, p); return Math.Log([|p|]); }\n" +
            "public static double Compound(double p, double q) { if (p <= 0) return 0; p -= q; return Math.Log([|p|]); }\n" +
            "public static double Decrement(int n) { if (n <= 0) return 0; n--; return Math.Log([|n|]); }\n" +
            "public static double Increment(int n) { if (n < 0) return 0; n++; return Math.Log(n); }"));
    }

    [Fact]
    public void Lambdas_and_local_functions_have_their_own_graphs()
    {
        AssertCeg1001(Wrap(
            "public static Func<double, double> A() => p => p > 0 ? Math.Log(p) : 0;\n" +
            "public static Func<double, double> B() => p => Math.Log([|p|]);\n" +
            "public static double D(double[] x) { double Safe(double v) { if (v <= 0) return 0; return Math.Log(v); } double Raw(double v) => Math.Log([|v|]); return x.Sum(Safe) + x.Sum(Raw); }"));
    }

    [Fact]
    public void Calls_of_methods_without_a_body_are_unknown()
    {
        AssertCeg1001("using System;\n" +
            "public interface IModel { double Probability(int k); }\n" +
            "public abstract class Base { public abstract double Scale(); public static extern double Native(double x); }\n" +
            "public static partial class C\n{\n" +
            "    static partial void Log(double x);\n" +
            "    public static double A(IModel m, Base b) => Math.Log([|m.Probability(1)|]) + Math.Log([|b.Scale()|]) + Math.Log([|Base.Native(2)|]);\n" +
            "}\n");
    }

    [Fact]
    public void Warnings_a_reviewer_keeps()
    {
        AssertCeg1001(Wrap(
            "public static double Softmax(double[] logits, int label) { double m = logits.Max(); var e = logits.Select(v => Math.Exp(v - m)).ToArray(); double s = e.Sum(); var prob = e.Select(v => v / s).ToArray(); return -Math.Log([|prob[label]|]); }\n" +
            "public static float Bce(float z, float y) { float p = 1f / (1f + MathF.Exp(-z)); return -(y * MathF.Log(p) + (1 - y) * MathF.Log([|1 - p|])); }\n" +
            "public static double Entropy(double[] probs) { double h = 0; foreach (double p in probs) { double t = p * Math.Log([|p|]); if (double.IsNaN(t)) t = 0; h -= t; } return h; }"));
    }

    [Fact]
    public void Strict_mode_needs_a_positive_proof()
    {
        string source = Wrap(
            "public static double A(double p) { if (p != 0) return Math.Log([|p|]); return 0; }\n" +
            "public static double B(double p) { if (p > 0) return Math.Log(p); return 0; }");
        (string code, IReadOnlyList<TextSpan> expected) = AnalyzerHarness.Unmark(source);
        var strict = AnalyzerHarness.Analyze(code, configuration: new Dictionary<string, string> { ["cegenerators_log_strict"] = "true" });
        Assert.Equal(expected, strict.Where(d => d.Id == "CEG1001").Select(d => d.Location.SourceSpan).ToArray());
        Assert.DoesNotContain(AnalyzerHarness.Analyze(code), d => d.Id == "CEG1001");
    }

    private static void AssertCeg1001(string marked)
    {
        (string code, IReadOnlyList<TextSpan> expected) = AnalyzerHarness.Unmark(marked);
        TextSpan[] actual = AnalyzerHarness.Analyze(code).Where(d => d.Id == "CEG1001").Select(d => d.Location.SourceSpan).OrderBy(s => s.Start).ToArray();
        Assert.Equal(expected.OrderBy(s => s.Start).ToArray(), actual);
    }
}
