using System.Threading;
using CeGenerators.Analyzers;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CeGenerators.Tests;

/// <summary>Runs <see cref="NumericStabilityAnalyzer"/> through CompilationWithAnalyzers, with [|...|] markers for expected spans.</summary>
public static class AnalyzerHarness
{
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

    public static IReadOnlyList<Diagnostic> Analyze(string source)
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Analyzed",
            new[] { CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions(), path: "Code.cs") },
            GeneratorHarness.Net80,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new NumericStabilityAnalyzer());
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None).Result;
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }
}
