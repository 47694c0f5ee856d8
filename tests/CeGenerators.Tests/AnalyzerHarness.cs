using System.Threading;
using CeGenerators.Analyzers;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CeGenerators.Tests;

/// <summary>Runs the numeric-stability analyzers (<see cref="Analyzers"/>) through CompilationWithAnalyzers, with [|...|] markers for expected spans.</summary>
public static class AnalyzerHarness
{
    /// <summary>Every analyzer the package ships for user code.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers => ImmutableArray.Create<DiagnosticAnalyzer>(new NumericStabilityAnalyzer(), new ExpOverflowAnalyzer());

    public static (string Source, IReadOnlyList<TextSpan> Spans) Unmark(string marked)
    {
        var spans = new List<TextSpan>();
        var text = new System.Text.StringBuilder();
        int i = 0, start = -1;
        while (i < marked.Length)
        {
            if (marked.AsSpan(i).StartsWith("[|"))
            {
                start = text.Length;
                i += 2;
            }
            else if (marked.AsSpan(i).StartsWith("|]"))
            {
                spans.Add(TextSpan.FromBounds(start, text.Length));
                i += 2;
            }
            else
            {
                text.Append(marked[i++]);
            }
        }

        return (text.ToString(), spans);
    }

    /// <summary>The running runtime's assemblies plus System.Numerics.Tensors: for code that uses TensorPrimitives.</summary>
    public static readonly IReadOnlyList<MetadataReference> RuntimeWithTensors =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(System.IO.Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.Ordinal))
            .Append(typeof(System.Numerics.Tensors.TensorPrimitives).Assembly.Location)
            .Distinct()
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray();

    public static IReadOnlyList<Diagnostic> Analyze(string source, IReadOnlyList<MetadataReference>? references = null, IReadOnlyDictionary<string, string>? configuration = null)
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Analyzed",
            new[] { CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions(), path: "Code.cs") },
            references ?? GeneratorHarness.Net80,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var analyzers = Analyzers;
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new ConfigOptionsProvider(configuration ?? new Dictionary<string, string>())), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None).Result;
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }

    /// <summary>The same .editorconfig-style options for every file.</summary>
    private sealed class ConfigOptionsProvider(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options = new(values);

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
