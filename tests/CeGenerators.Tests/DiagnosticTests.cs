using Microsoft.CodeAnalysis.Text;

namespace CeGenerators.Tests;

/// <summary>
/// Every misuse gets its own ID at the exact span, marked in the source as [|...|]; and no input makes the generator throw.
/// </summary>
public class DiagnosticTests
{
    private static string Host(string members) => GeneratorHarness.Prelude + "public static partial class Host\n{\n" + members + "\n}\n";

    public static IEnumerable<object[]> Cases() => new (string Id, string Source)[]
    {
        ("CEG0001", Host("[CrossEntropyKernel(10)] public static float [|Loss|](ReadOnlySpan<float> logits, ReadOnlySpan<int> labels) => 0;")),
        ("CEG0001", Host("[CrossEntropyKernel(10)] public static partial float [|Loss|](ReadOnlySpan<float> logits, ReadOnlySpan<int> labels) { return 0; }")),
        ("CEG0002", GeneratorHarness.Prelude + "public static class [|Host|] { [CrossEntropyKernel(10)] public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels); }"),
        ("CEG0002", GeneratorHarness.Prelude + "public class [|Outer|] { public partial class Inner { [CrossEntropyKernel(10)] public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels); } }"),
        ("CEG0003", Host("[CrossEntropyKernel([|1|])] public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);")),
        ("CEG0003", Host("[CrossEntropyKernel([|20_000_000|])] public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);")),
        ("CEG0003", Host("[CrossEntropyKernel([|-5|])] public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);")),
        ("CEG0004", Host("[CrossEntropyKernel(10)] public static partial float Loss([|ReadOnlySpan<int> logits|], ReadOnlySpan<int> labels);")),
        ("CEG0004", Host("[CrossEntropyKernel(10)] public static partial Half Loss([|ReadOnlySpan<Half> logits|], ReadOnlySpan<int> labels);")),
        ("CEG0005", Host("[CrossEntropyKernel(10)] public static partial [|double|] Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);")),
        ("CEG0005", Host("[CrossEntropyKernel(10, Reduction = LossReduction.None)] public static partial void Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, [|Span<double> losses|]);")),
        ("CEG0006", Host("[CrossEntropyKernel(10)] public static partial float Loss[|<T>|](ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);")),
        ("CEG0007", Host("[CrossEntropyKernel(10)] public static partial float Loss([|float[] logits|], ReadOnlySpan<int> labels);")),
        ("CEG0007", Host("[CrossEntropyKernel(10)] public static partial float Loss[|(ReadOnlySpan<float> logits)|];")),
        ("CEG0007", Host("[CrossEntropyKernel(10)] public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, [|int extra|]);")),
        ("CEG0007", Host("[CrossEntropyKernel(10)] public static partial float Loss(ReadOnlySpan<float> logits, [|ReadOnlySpan<long> labels|]);")),
        ("CEG0007", Host("[CrossEntropyKernel(10)] public static partial float Loss([|Span<float> logits|], ReadOnlySpan<int> labels);")),
        ("CEG0007", Host("[CrossEntropyKernel(10)] public static partial float Loss([|in ReadOnlySpan<float> logits|], ReadOnlySpan<int> labels);")),
        ("CEG0007", Host("[CrossEntropyKernel(10, Reduction = LossReduction.None)] public static partial void Loss[|(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels)|];")),
        ("CEG0008", Host("[CrossEntropyKernel(10, Reduction = LossReduction.None)] public static partial [|float|] Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);")),
        ("CEG0008", Host("[CrossEntropyKernel(10)] public static partial [|void|] Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);")),
        ("CEG0008", Host("[CrossEntropyKernel(10)] public static partial [|int|] Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);")),
        ("CEG0010", Host("[CrossEntropyKernel(10, [|LabelSmoothing = 1.5|])] public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);")),
        ("CEG0010", Host("[CrossEntropyKernel(10, [|Epsilon = -1|])] public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);")),
        ("CEG0010", Host("[CrossEntropyKernel(10, [|Reduction = (LossReduction)7|])] public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);")),
        ("CEG0010", Host("[CrossEntropyKernel(10, [|Input = (LossInput)(-1)|])] public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);")),
        ("CEG0007", Host("[BinaryCrossEntropyKernel] public static partial float Bce(ReadOnlySpan<float> logits, [|ReadOnlySpan<int> labels|]);")),
        ("CEG0007", Host("[EntropyKernel(10)] public static partial float H(ReadOnlySpan<float> p, [|Span<float> gradient|]);")),
        ("CEG0007", Host("[KlDivergenceKernel(10)] public static partial float Kl(ReadOnlySpan<float> logits, ReadOnlySpan<float> targets, [|ReadOnlySpan<float> weights|]);")),
        ("CEG0010", Host("[BinaryCrossEntropyKernel([|PositiveWeight = -1|])] public static partial float Bce(ReadOnlySpan<float> logits, ReadOnlySpan<float> targets);")),
        ("CEG0014", Host("[KlDivergenceKernel(10, [|Epsilon = 1e-6|])] public static partial float Kl(ReadOnlySpan<float> logits, ReadOnlySpan<float> targets);")),
        ("CEG0015", Host("[BinaryCrossEntropyKernel(Input = LossInput.Probabilities, [|Epsilon = 1e-8|])] public static partial float Bce(ReadOnlySpan<float> p, ReadOnlySpan<float> targets);")),
        ("CEG0003", Host("[KlDivergenceKernel([|1|])] public static partial float Kl(ReadOnlySpan<float> logits, ReadOnlySpan<float> targets);")),
        ("CEG0008", Host("[EntropyKernel(4, Reduction = LossReduction.None)] public static partial [|float|] H(ReadOnlySpan<float> p, Span<float> h);")),
        ("CEG0013", Host("[CrossEntropyKernel(10, [|IgnoreIndex = 3|])] public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);")),
        ("CEG0014", Host("[CrossEntropyKernel(10, [|Epsilon = 1e-6|])] public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);")),
        ("CEG0014", Host("[CrossEntropyKernel(10, [|IgnoreIndex = -1|])] public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<float> targets);")),
        ("CEG0015", Host("[CrossEntropyKernel(10, Input = LossInput.Probabilities, [|Epsilon = 1e-9|])] public static partial float Loss(ReadOnlySpan<float> p, ReadOnlySpan<int> labels);")),
        ("CEG0015", Host("[CrossEntropyKernel(10, Input = LossInput.Probabilities, [|Epsilon = 1e-17|])] public static partial double Loss(ReadOnlySpan<double> p, ReadOnlySpan<int> labels);")),
        ("CEG0005", Host("[CrossEntropyKernel(10)] public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, [|ReadOnlySpan<double> weights|]);")),
        ("CEG0005", Host("[CrossEntropyKernel(10)] public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, [|Span<double> gradient|]);")),
        ("CEG0005", Host("[CrossEntropyKernel(10)] public static partial float Loss(ReadOnlySpan<float> logits, [|ReadOnlySpan<double> targets|]);")),
        ("CEG0007", Host("[CrossEntropyKernel(10)] public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> gradient, [|ReadOnlySpan<float> weights|]);")),
        ("CEG0007", Host("[CrossEntropyKernel(10)] public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> gradient, [|Span<float> more|]);")),
    }.Select(c => new object[] { c.Id, c.Source });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Misuse_is_reported_with_its_id_at_the_exact_span(string id, string markedSource)
    {
        (string source, TextSpan expected) = Unmark(markedSource);
        GeneratorHarness.Run run = GeneratorHarness.RunGenerator(source);
        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics.Where(d => d.Id == id));
        Assert.Equal(expected, diagnostic.Location.SourceSpan);
        Assert.Equal("Kernels.cs", diagnostic.Location.GetLineSpan().Path);
        Assert.EndsWith("docs/diagnostics/" + id + ".md", diagnostic.Descriptor.HelpLinkUri);
        Assert.True(System.IO.File.Exists(System.IO.Path.Combine(GeneratorHarness.SourceDirectory(), "..", "..", "docs", "diagnostics", id + ".md")), "missing docs page for " + id);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id != id && d.Id.StartsWith("CEG", StringComparison.Ordinal));
        // Errors generate nothing; the CEG0013 warning still generates the kernel.
        Assert.Equal(diagnostic.Severity == DiagnosticSeverity.Warning, run.Generated is not null);
    }

    [Fact]
    public void Messages_name_the_problem()
    {
        string Message(string source) => GeneratorHarness.RunGenerator(Unmark(source).Source).GeneratorDiagnostics.Single(d => d.Id.StartsWith("CEG", StringComparison.Ordinal)).GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(
            "The class count 1 is outside the supported range [2, 16777216]",
            Message(Host("[CrossEntropyKernel(1)] public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);")));
        Assert.Equal(
            "Invalid kernel parameters: parameter 'logits' is an array; declare the input as ReadOnlySpan<float> (arrays convert implicitly)",
            Message(Host("[CrossEntropyKernel(10)] public static partial float Loss(float[] logits, ReadOnlySpan<int> labels);")));
        Assert.Equal(
            "Invalid kernel parameters: parameter 'extra' is int where no parameter can stand; expected (ReadOnlySpan<T> input, ReadOnlySpan<int> labels or ReadOnlySpan<T> targets[, ReadOnlySpan<T> classWeights][, Span<T> losses (Reduction = None)][, Span<T> gradient])",
            Message(Host("[CrossEntropyKernel(10)] public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, int extra);")));
        Assert.Equal(
            "Epsilon = 1E-09 vanishes in float (1 - eps == 1, or eps is below the smallest normal number): use at least 1E-07",
            Message(Host("[CrossEntropyKernel(10, Input = LossInput.Probabilities, Epsilon = 1e-9)] public static partial float Loss(ReadOnlySpan<float> p, ReadOnlySpan<int> labels);")));
        Assert.Equal(
            "With Reduction = None the kernel method must return void and write the per-row losses to a Span<T> parameter",
            Message(Host("[CrossEntropyKernel(10, Reduction = LossReduction.None)] public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);")));
    }

    [Fact]
    public void Old_language_versions_and_frameworks_are_reported()
    {
        string source = Host("[CrossEntropyKernel(10)] public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);");
        Diagnostic lang = Assert.Single(GeneratorHarness.RunGenerator(source, version: LanguageVersion.CSharp10).GeneratorDiagnostics);
        Assert.Equal("CEG0012", lang.Id);
        Assert.Contains("C# 11", lang.GetMessage());

        Diagnostic framework = Assert.Single(GeneratorHarness.RunGenerator(source, GeneratorHarness.NetStandard20).GeneratorDiagnostics);
        Assert.Equal("CEG0012", framework.Id);
        Assert.Contains(".NET 8", framework.GetMessage());
    }

    public static IEnumerable<object[]> Garbage() => new[]
    {
        "[CrossEntropyKernel] public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);",
        "[CrossEntropyKernel(\"ten\")] public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);",
        "[CrossEntropyKernel(10, Reduction = )] public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);",
        "[CrossEntropyKernel(10)] public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels",
        "[CrossEntropyKernel(10)] public static partial float Loss(ReadOnlySpan<Missing> logits, ReadOnlySpan<int> labels);",
        "[CrossEntropyKernel(10)] public static partial Missing Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);",
        "[CrossEntropyKernel(10)] public static partial float Loss();",
        "[CrossEntropyKernel(10)] public static partial float Loss(__arglist);",
        "[CrossEntropyKernel(10)] public static partial float Loss(params ReadOnlySpan<float> logits);",
        "[CrossEntropyKernel(10)] public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels = default);",
        "[CrossEntropyKernel(10)] [CrossEntropyKernel(11)] public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);",
        "[CrossEntropyKernel(10)] public float Field;",
        "[CrossEntropyKernel(10)] public static partial float this[int i] { get; }",
        "[CrossEntropyKernel(10)] static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels) => Loss(logits, labels); static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);",
        "[CrossEntropyKernel(int.MaxValue)] public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);",
        "[CrossEntropyKernel(10, IgnoreIndex = int.MinValue)] public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);",
        "[CrossEntropyKernel(10, Epsilon = double.NaN, LabelSmoothing = double.PositiveInfinity)] public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);",
        "[CrossEntropyKernel(10)] public static partial ref float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);",
        "[EntropyKernel] public static partial float H(ReadOnlySpan<float> p);",
        "[CrossEntropyKernel(10)] public static partial float",
    }.Select(s => new object[] { s });

    [Theory]
    [MemberData(nameof(Garbage))]
    public void Broken_code_never_crashes_the_generator(string members)
    {
        GeneratorHarness.Run run = GeneratorHarness.RunGenerator(Host(members)); // asserts no generator exception
        Assert.DoesNotContain(run.GeneratorDiagnostics.Concat(run.Output.GetDiagnostics()), d => d.Id is "CS8785" or "AD0001");
    }

    [Fact]
    public void Broken_code_inside_generic_and_nested_scopes_never_crashes_the_generator()
    {
        string source = GeneratorHarness.Prelude + """
            namespace A.B.@class;
            partial interface I { [CrossEntropyKernel(10)] static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels); }
            partial class G<T> { partial struct S<U> { [CrossEntropyKernel(10)] partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels); } }
            class Local { void M() { [CrossEntropyKernel(10)] static float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels) => 0; } }
            """;
        GeneratorHarness.Run run = GeneratorHarness.RunGenerator(source);
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "CEG0002");
        Assert.DoesNotContain(run.CompilationProblems, d => d.Id is "CS8785" or "AD0001");
    }

    private static (string Source, TextSpan Span) Unmark(string marked)
    {
        int start = marked.IndexOf("[|", StringComparison.Ordinal);
        int end = marked.IndexOf("|]", StringComparison.Ordinal);
        if (start < 0)
        {
            return (marked, default);
        }

        string source = marked.Remove(end, 2).Remove(start, 2);
        return (source, TextSpan.FromBounds(start, end - 2));
    }
}
