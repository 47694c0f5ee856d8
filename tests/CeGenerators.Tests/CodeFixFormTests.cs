using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using CeGenerators.CodeFixes;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace CeGenerators.Tests;

/// <summary>
/// A fix for every CEG1001 and CEG1003 form (issue 7, section 4): the text after the fix is as expected, compiles, is no
/// longer flagged, and computes the same numbers as before on in-range inputs (both versions compiled and run); the
/// CEG1003 rewrites are finite where the original overflowed. Every snippet defines <c>static double F(double)</c>.
/// </summary>
public class CodeFixFormTests
{
    private const string Usings = "using System;\nusing System.Numerics;\nusing System.Numerics.Tensors;\nusing System.Runtime.Intrinsics;\n";
    private const string Prefix = Usings + "public static class C\n{\n";

    private static readonly double[] Probabilities = { 1e-3, 0.25, 0.5, 0.9 };
    private static readonly double[] Logits = { -30, -3, -0.5, 0, 0.5, 3, 20 };

    /// <summary>Name, diagnostic, code before, code after (null: only checked to compile, be clean and compute the same).</summary>
    private static readonly (string Name, string Id, string Before, string? After)[] Forms =
    {
        ("generic T.Log", "CEG1001",
            "public static double F(double p) => L(p);\nstatic T L<T>(T p) where T : IFloatingPointIeee754<T> => -T.Log(p);",
            "public static double F(double p) => L(p);\nstatic T L<T>(T p) where T : IFloatingPointIeee754<T> => -T.Log(T.Max(p, T.CreateTruncating(1e-15)));"),
        ("generic T.Log of a complement", "CEG1001",
            "public static double F(double p) => L((float)p);\nstatic T L<T>(T p) where T : IFloatingPointIeee754<T> => -T.Log(T.One - p);",
            "public static double F(double p) => L((float)p);\nstatic T L<T>(T p) where T : IFloatingPointIeee754<T> => -T.Log(T.Max(T.One - p, T.CreateTruncating(1e-15)));"),
        ("Vector128.Log of floats", "CEG1001",
            "public static double F(double p) => Vector128.Log(Vector128.Create((float)p)).GetElement(0);",
            "public static double F(double p) => Vector128.Log(Vector128.Max(Vector128.Create((float)p), Vector128.Create(1e-7f))).GetElement(0);"),
        ("Vector256.Log of doubles", "CEG1001",
            "public static double F(double p) { Vector256<double> v = Vector256.Create(p); return Vector256.Log(v).GetElement(3); }",
            "public static double F(double p) { Vector256<double> v = Vector256.Create(p); return Vector256.Log(Vector256.Max(v, Vector256.Create(1e-15))).GetElement(3); }"),
        ("Vector512.Log of a complement", "CEG1001",
            "public static double F(double p) => Vector512.Log(Vector512<double>.One - Vector512.Create(p)).GetElement(0);",
            "public static double F(double p) => Vector512.Log(Vector512.Max(Vector512<double>.One - Vector512.Create(p), Vector512.Create(1e-15))).GetElement(0);"),
        ("Vector64.Log", "CEG1001",
            "public static double F(double p) => Vector64.Log(Vector64.Create(p)).ToScalar();",
            "public static double F(double p) => Vector64.Log(Vector64.Max(Vector64.Create(p), Vector64.Create(1e-15))).ToScalar();"),
        ("TensorPrimitives.Log in a block", "CEG1001",
            "public static double F(double p)\n{\n    var d = new float[2];\n    ReadOnlySpan<float> x = new[] { (float)p, 0.5f };\n    TensorPrimitives.Log(x, d); // natural log\n    return d[0];\n}",
            "public static double F(double p)\n{\n    var d = new float[2];\n    ReadOnlySpan<float> x = new[] { (float)p, 0.5f };\n    TensorPrimitives.Max(x, 1e-7f, d);\n    TensorPrimitives.Log(d, d); // natural log\n    return d[0];\n}"),
        ("TensorPrimitives.Log2 as an expression body", "CEG1001",
            "public static double F(double p) { var d = new double[1]; L2(new[] { p }, d); return d[0]; }\nstatic void L2(ReadOnlySpan<double> x, Span<double> d) => TensorPrimitives.Log2(x, d);",
            null),
        ("TensorPrimitives.Log10 as an if's body", "CEG1001",
            "public static double F(double p) { Span<double> d = new double[1]; ReadOnlySpan<double> x = new[] { p }; if (p > -1) TensorPrimitives.Log10(x, d); return d[0]; }",
            null),
        ("double.Log", "CEG1001",
            "public static double F(double p) => -double.Log(p);",
            "public static double F(double p) => -double.Log(double.Max(p, 1e-15));"),
        ("Log through using static", "CEG1001",
            "public static double F(double p) => -Log(p) - Log(1 - p);",
            "public static double F(double p) => -Log(Max(p, 1e-15)) - Log(1 - Math.Clamp(p, 1e-15, 1 - 1e-15));"),
        ("softplus, exp first", "CEG1003",
            "public static double F(double x) => Math.Log(Math.Exp(x) + 1);",
            "public static double F(double x) => Math.Max(x, 0) + Math.Log(1 + Math.Exp(-Math.Abs(x)));"),
        ("softplus, MathF, negated", "CEG1003",
            "public static double F(double v) { float x = (float)v; return -MathF.Log(1f + MathF.Exp(x)); }",
            "public static double F(double v) { float x = (float)v; return -(MathF.Max(x, 0f) + MathF.Log(1f + MathF.Exp(-MathF.Abs(x)))); }"),
        ("softplus through using static", "CEG1003",
            "public static double F(double o) { double t = -1; return Log(1.0 + Exp(-t * o)); }",
            "public static double F(double o) { double t = -1; return Max(-t * o, 0) + Log(1.0 + Exp(-Abs(-t * o))); }"),
        ("softplus, generic math", "CEG1003",
            "public static double F(double x) => S(x);\nstatic T S<T>(T x) where T : IFloatingPointIeee754<T> => T.Log(T.One + T.Exp(x));",
            "public static double F(double x) => S(x);\nstatic T S<T>(T x) where T : IFloatingPointIeee754<T> => T.Max(x, T.Zero) + T.Log(T.One + T.Exp(-T.Abs(x)));"),
        ("softplus, LogP1", "CEG1003",
            "public static double F(double x) => 2 * double.LogP1(double.Exp(x));",
            "public static double F(double x) => 2 * (double.Max(x, 0) + double.LogP1(double.Exp(-double.Abs(x))));"),
        ("sigmoid", "CEG1003",
            "public static double F(double x) => Math.Exp(x) / (1 + Math.Exp(x));",
            "public static double F(double x) => 1 / (1 + Math.Exp(-x));"),
        ("sigmoid, float, one last", "CEG1003",
            "public static double F(double v) { float x = (float)v; return MathF.Exp(2 * x) / (MathF.Exp(2 * x) + 1); }",
            "public static double F(double v) { float x = (float)v; return 1 / (1 + MathF.Exp(-(2 * x))); }"),
        ("sigmoid through a local", "CEG1003",
            "public static double F(double x) { double e = Math.Exp(x); return e / (1.0 + e); }",
            "public static double F(double x) { double e = Math.Exp(x); return 1.0 / (1.0 + 1.0 / e); }"),
    };

    public static IEnumerable<object[]> Names() => Forms.Select(f => new object[] { f.Name });

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Every_form_is_fixed_compiles_and_computes_the_same(string name)
    {
        (string _, string id, string before, string? after) = Forms.Single(f => f.Name == name);
        string prefix = before.Contains("Log(p)", StringComparison.Ordinal) && !before.Contains(".Log(p)", StringComparison.Ordinal) || before.Contains(" Log(1.0", StringComparison.Ordinal)
            ? Usings + "using static System.Math;\npublic static class C\n{\n"
            : Prefix;
        Document document = await CodeFixTests.DocumentAsync(before, references: AnalyzerHarness.RuntimeWithTensors, prefix: prefix);
        ImmutableArray<Diagnostic> diagnostics = await CodeFixTests.DiagnosticsAsync(document, id);
        Assert.NotEmpty(diagnostics);
        Document fixedDocument = await FixAllAsync(document, id, diagnostics);
        await CodeFixTests.AssertCleanAsync(fixedDocument, id);
        string text = (await fixedDocument.GetTextAsync()).ToString();
        string body = text.Substring(prefix.Length, text.Length - prefix.Length - "\n}\n".Length);
        if (after is not null)
        {
            Assert.Equal(after, body);
        }

        bool probabilities = id == "CEG1001";
        Func<double, double> original = Load(prefix + before + "\n}\n"), fixedF = Load(text);
        foreach (double input in probabilities ? Probabilities : Logits)
        {
            double expected = original(input), actual = fixedF(input);
            Assert.True(Math.Abs(expected - actual) <= 1e-6 * Math.Max(1, Math.Abs(expected)), $"{name}: F({input}) was {expected}, is {actual} after the fix");
        }

        if (!probabilities)
        {
            double huge = fixedF(1000);
            Assert.False(double.IsNaN(huge) || double.IsInfinity(huge) && !double.IsInfinity(original(50)), $"{name}: F(1000) = {huge} after the fix");
        }
    }

    [Fact]
    public async Task Fix_all_handles_every_form_in_one_document()
    {
        var included = Forms.Where(f => !f.Before.Contains(" Log(", StringComparison.Ordinal)).ToList();
        string body = string.Join("\n", included
            .Select((f, i) => f.Before.Replace(" F(", " F" + i + "(", StringComparison.Ordinal).Replace("=> L(", "=> L" + i + "(", StringComparison.Ordinal)
                .Replace("T L<T>", "T L" + i + "<T>", StringComparison.Ordinal).Replace("=> S(", "=> S" + i + "(", StringComparison.Ordinal)
                .Replace("T S<T>", "T S" + i + "<T>", StringComparison.Ordinal).Replace(" L2(", " L2" + i + "(", StringComparison.Ordinal)));
        Document document = await CodeFixTests.DocumentAsync(body, references: AnalyzerHarness.RuntimeWithTensors, prefix: Prefix);
        foreach (string id in new[] { "CEG1001", "CEG1003" })
        {
            ImmutableArray<Diagnostic> diagnostics = await CodeFixTests.DiagnosticsAsync(document, id);
            Assert.Equal(included.Count(f => f.Id == id), diagnostics.Length);
            document = await FixAllAsync(document, id, diagnostics);
            await CodeFixTests.AssertCleanAsync(document, id);
        }
    }

    [Fact]
    public async Task Fix_all_fixes_neighbouring_calls_in_one_initializer()
    {
        Document document = await CodeFixTests.DocumentAsync(
            "public static double[] G(double p, double x) => new[]\n{\n    Math.Log(p), Math.Log(1 - p),\n    Math.Log(p / 2), double.Log(p),\n    Math.Log(1 + Math.Exp(x)), Math.Log(Math.Exp(x) + 1),\n    Math.Exp(x) / (1 + Math.Exp(x)), Math.Log(1 + Math.Exp(2 * x)),\n};",
            references: AnalyzerHarness.RuntimeWithTensors,
            prefix: Prefix);
        foreach ((string id, int count) in new[] { ("CEG1001", 4), ("CEG1003", 4) })
        {
            ImmutableArray<Diagnostic> diagnostics = await CodeFixTests.DiagnosticsAsync(document, id);
            Assert.Equal(count, diagnostics.Length);
            document = await FixAllAsync(document, id, diagnostics);
            await CodeFixTests.AssertCleanAsync(document, id);
        }
    }

    /// <summary>A softmax or log-sum-exp without max subtraction is reported but has no automatic fix (docs/diagnostics/CEG1003.md says why).</summary>
    [Theory]
    [InlineData("public static double F(double[] x) { double s = 0; foreach (double v in x) s += Math.Exp(Math.Exp(v)); return Math.Log(s); }")]
    [InlineData("public static double F(double x, double sum) => Math.Exp(x) / sum;")]
    [InlineData("public static double F(double z, double s) => Math.Exp(-z) / (s * Math.Pow(1 + Math.Exp(-z), 2));")]
    public async Task Softmax_forms_are_reported_without_a_fix(string body)
    {
        Document document = await CodeFixTests.DocumentAsync(body, references: AnalyzerHarness.RuntimeWithTensors, prefix: Prefix);
        Diagnostic diagnostic = Assert.Single(await CodeFixTests.DiagnosticsAsync(document, "CEG1003"));
        var actions = new List<CodeAction>();
        await new NumericStabilityCodeFixProvider().RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None));
        Assert.Empty(actions);
    }

    private static async Task<Document> FixAllAsync(Document document, string id, ImmutableArray<Diagnostic> diagnostics)
    {
        var provider = new NumericStabilityCodeFixProvider();
        var fixAll = new FixAllContext(document, provider, FixAllScope.Document, id, new[] { id }, new CodeFixTests.FixedDiagnostics(diagnostics), CancellationToken.None);
        CodeAction? action = await provider.GetFixAllProvider().GetFixAsync(fixAll);
        Assert.NotNull(action);
        return await CodeFixTests.ApplyAsync(document, action!);
    }

    /// <summary>Compiles the source against the running runtime and returns its C.F.</summary>
    private static Func<double, double> Load(string source)
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Run" + Guid.NewGuid().ToString("N"),
            new[] { CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions()) },
            AnalyzerHarness.RuntimeWithTensors,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        stream.Position = 0;
        Assembly assembly = new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(stream);
        MethodInfo f = assembly.GetType("C")!.GetMethod("F")!;
        return x => (double)f.Invoke(null, new object[] { x })!;
    }
}
