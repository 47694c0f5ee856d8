namespace CeGenerators.Tests;

/// <summary>
/// A labelled evaluation set for CEG1001 in the styles real .NET ML code is written: losses, metrics, activations and
/// sampling, with each guard kind the analyzer claims to recognize and the unsafe forms people ship. [|...|] marks the
/// argument that must be flagged; everything else must stay silent. docs/analyzers.md reports precision and recall.
/// (Vector128.Log exists from .NET 9; the set compiles against .NET 8 reference assemblies, so vector cases are not in it.)
/// </summary>
public static class EvaluationSet
{
    private static string Wrap(string members) => "using System;\nusing System.Linq;\nusing System.Collections.Generic;\npublic static class C\n{\n" + members + "\n}\n";

    public static readonly (string Name, string Source)[] Cases =
    {
        // ---- unsafe: what ships and produces NaN losses ----
        ("raw probability", Wrap("public static double Nll(double p) => -Math.Log([|p|]);")),
        ("raw float probability", Wrap("public static float Nll(float p) => -MathF.Log([|p|]);")),
        ("complement", Wrap("public static double Bce(double p, double y) => -(y * Math.Log([|p|]) + (1 - y) * Math.Log([|1 - p|]));")),
        ("array element", Wrap("public static double Ce(double[] probs, int label) => -Math.Log([|probs[label]|]);")),
        ("loop over predictions", Wrap("public static double Loss(float[] p, int[] y) { double s = 0; for (int i = 0; i < p.Length; i++) s -= Math.Log([|p[i]|]); return s / p.Length; }")),
        ("log10 of ratio", Wrap("public static double Db(double signal, double noise) => 10 * Math.Log10([|signal / noise|]);")),
        ("log2 of count", Wrap("public static double Bits(int count) => Math.Log2([|count|]);")),
        ("generic math", Wrap("public static T Nll<T>(T p) where T : System.Numerics.ILogarithmicFunctions<T>, System.Numerics.IUnaryNegationOperators<T, T> => -T.Log([|p|]);")),
        ("double.Log", Wrap("public static double Nll(double p) => -double.Log([|p|]);")),
        ("float.Log2", Wrap("public static float Info(float p) => -float.Log2([|p|]);")),
        ("wrong guard direction", Wrap("public static double L(double p) { if (p < 0) return 0; return Math.Log([|p|]); }")),
        ("guard on another variable", Wrap("public static double L(double p, double q) => q > 0 ? Math.Log([|p|]) : 0;")),
        ("clamp with zero bound", Wrap("public static double L(double p) => Math.Log([|Math.Max(p, 0)|]);")),
        ("sum that may be empty of exps but uses raw values", Wrap("public static double L(double[] x) { double s = 0; foreach (var v in x) s += v; return Math.Log([|s|]); }")),
        ("softmax without max (log of sum of probabilities)", Wrap("public static double L(double[] p) => Math.Log([|p.Sum()|]);")),
        ("entropy without guard", Wrap("public static double H(double[] p) { double h = 0; foreach (var v in p) h -= v * Math.Log([|v|]); return h; }")),
        ("perplexity from mean probability", Wrap("public static double Ppl(double meanP) => Math.Exp(-Math.Log([|meanP|]));")),
        ("reassigned after the guard", Wrap("public static double L(double p) { if (p > 0) { p = p - 1; return Math.Log([|p|]); } return 0; }")),
        ("guard on one branch only", Wrap("public static double L(double p, bool b) { if (b) { if (p <= 0) return 0; } return Math.Log([|p|]); }")),
        ("log-odds", Wrap("public static double Logit(double p) => Math.Log([|p / (1 - p)|]);")),
        ("division result", Wrap("public static double Lr(double a, double b) => Math.Log([|a / b|]);")),

        // ---- safe: each guard kind ----
        ("constant", Wrap("public static double L() => Math.Log(2.0) + MathF.Log(10f) + Math.Log10(1000);")),
        ("max clamp", Wrap("public static double L(double p) => -Math.Log(Math.Max(p, 1e-15));")),
        ("mathf max clamp", Wrap("public static float L(float p) => -MathF.Log(MathF.Max(p, 1e-7f));")),
        ("clamp", Wrap("public static double L(double p) => -Math.Log(Math.Clamp(p, 1e-15, 1 - 1e-15));")),
        ("min-max", Wrap("public static double L(double p) => -Math.Log(Math.Min(1, Math.Max(1e-12, p)));")),
        ("clamped complement", Wrap("public static double L(double p) => -Math.Log(1 - Math.Clamp(p, 1e-15, 1 - 1e-15));")),
        ("clamp assigned earlier", Wrap("public static double L(double p, double y) { p = Math.Clamp(p, 1e-7, 1 - 1e-7); return -(y * Math.Log(p) + (1 - y) * Math.Log(1 - p)); }")),
        ("clamped local", Wrap("public static double L(double raw) { double p = Math.Max(raw, 1e-9); return -Math.Log(p); }")),
        ("additive epsilon", Wrap("public static double L(double p) => -Math.Log(p + 1e-7);")),
        ("sum starts at epsilon", Wrap("public static double L(double[] x) { double s = 1e-12; foreach (var v in x) s += Math.Exp(v); return Math.Log(s); }")),
        ("if guard", Wrap("public static double L(double p) { if (p > 0) return Math.Log(p); return double.NegativeInfinity; }")),
        ("early continue", Wrap("public static double H(double[] ps) { double h = 0; foreach (var p in ps) { if (p <= 0) continue; h -= p * Math.Log(p); } return h; }")),
        ("early throw", Wrap("public static double L(double p) { if (p <= 0) throw new ArgumentOutOfRangeException(nameof(p)); return Math.Log(p); }")),
        ("ternary guard", Wrap("public static double H(double p) => p > 0 ? -p * Math.Log(p) : 0;")),
        ("range check", Wrap("public const double Eps = 1e-12; public static double L(double p) => Eps < p && p < 1 - Eps ? Math.Log(p) : 0;")),
        ("goto guard", Wrap("public static double L(double p) { double r = 0; if (p <= 0) goto done; r = Math.Log(p); done: return r; }")),
        ("while guard", Wrap("public static double L(double p) { double s = 0; while (p > 0) { s += Math.Log(p); p -= 0.5; } return s; }")),
        ("guard on every branch", Wrap("public static double L(double p, bool b) { if (b) { if (p <= 0) return 0; } else { p = Math.Max(p, 1e-9); } return Math.Log(p); }")),
        ("negated guard", Wrap("public static double L(double p) => !(p <= 0) ? Math.Log(p) : 0;")),
        ("exp", Wrap("public static double L(double x) => Math.Log(Math.Exp(x));")),
        ("one plus exp of negative abs", Wrap("public static double Softplus(double x) => Math.Max(x, 0) + Math.Log(1 + Math.Exp(-Math.Abs(x)));")),
        ("cosh", Wrap("public static double LogCosh(double x) => Math.Log(Math.Cosh(x));")),
        ("one plus abs", Wrap("public static double L(double x) => Math.Log(1 + Math.Abs(x));")),
        ("sum of exps after max subtraction", Wrap("public static double Lse(double[] x) { double m = x.Max(); double s = 0; foreach (var v in x) s += Math.Exp(v - m); return m + Math.Log(s); }")),
        ("linq sum of exps", Wrap("public static double Lse(double[] x) { double m = x.Max(); return m + Math.Log(x.Sum(v => Math.Exp(v - m))); }")),
        ("count plus one", Wrap("public static double Idf(int docs, int df) => Math.Log((docs + 1.0) / (df + 1.0));")),
        ("one minus NextDouble", Wrap("public static double Exponential(Random r) => -Math.Log(1.0 - r.NextDouble());")),
        ("helper that clamps", Wrap("static double Safe(double p) => Math.Max(p, 1e-15); public static double L(double p) => -Math.Log(Safe(p));")),
        ("epsilon field", Wrap("private static readonly double Eps = 1e-10; public static double L(double p) => -Math.Log(Math.Max(p, Eps));")),
        ("generic clamp", Wrap("public static T L<T>(T p, T eps) where T : System.Numerics.INumber<T>, System.Numerics.ILogarithmicFunctions<T> { if (eps <= T.Zero) throw new ArgumentException(); return T.Log(T.Max(p, eps)); }")),
    };
}
