using System.IO;
using System.Runtime.CompilerServices;

namespace CeGenerators.Tests;

/// <summary>Runs the generator the way the compiler does (CSharpGeneratorDriver), on .NET 8 reference assemblies.</summary>
public static class GeneratorHarness
{
    public const string Prelude = "using System;\nusing CeGenerators;\n\n";

    public static readonly MetadataReference AttributesReference =
        MetadataReference.CreateFromFile(typeof(CrossEntropyKernelAttribute).Assembly.Location);

    public static readonly IReadOnlyList<MetadataReference> Net80 =
        Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>().Append(AttributesReference).ToArray();

    public static readonly IReadOnlyList<MetadataReference> NetStandard20 =
        Basic.Reference.Assemblies.NetStandard20.References.All.Cast<MetadataReference>().Append(AttributesReference).ToArray();

    public static CSharpParseOptions ParseOptions(LanguageVersion version = LanguageVersion.CSharp12) => new(version);

    public static CSharpCompilation Compilation(string source, IReadOnlyList<MetadataReference>? references = null, LanguageVersion version = LanguageVersion.CSharp12) =>
        Compilation(new[] { source }, references, version);

    /// <summary>A compilation of several files: the first is Kernels.cs, the others Kernels2.cs, Kernels3.cs, ...</summary>
    public static CSharpCompilation Compilation(IReadOnlyList<string> sources, IReadOnlyList<MetadataReference>? references = null, LanguageVersion version = LanguageVersion.CSharp12) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions(version), path: i == 0 ? "Kernels.cs" : $"Kernels{i + 1}.cs")),
            references ?? Net80,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(LanguageVersion version = LanguageVersion.CSharp12) =>
        CSharpGeneratorDriver.Create(
            new[] { new CrossEntropyKernelGenerator().AsSourceGenerator() },
            parseOptions: ParseOptions(version),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public sealed record Run(Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics, GeneratorDriverRunResult Result, GeneratorDriver Driver)
    {
        /// <summary>The generated file's text, or null when nothing was generated.</summary>
        public string? Generated => Result.GeneratedTrees.SingleOrDefault()?.ToString();

        /// <summary>Errors and warnings of the compilation including the generated code.</summary>
        public IReadOnlyList<Diagnostic> CompilationProblems =>
            Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
    }

    public static Run RunGenerator(string source, IReadOnlyList<MetadataReference>? references = null, LanguageVersion version = LanguageVersion.CSharp12) =>
        RunGenerator(new[] { source }, references, version);

    public static Run RunGenerator(IReadOnlyList<string> sources, IReadOnlyList<MetadataReference>? references = null, LanguageVersion version = LanguageVersion.CSharp12)
    {
        CSharpCompilation compilation = Compilation(sources, references, version);
        GeneratorDriver driver = CreateDriver(version).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        GeneratorDriverRunResult result = driver.GetRunResult();
        Assert.All(result.Results, r => Assert.Null(r.Exception));
        return new Run(output, diagnostics, result, driver);
    }

    /// <summary>The folder of this source file, to find and (on purpose) rewrite snapshots.</summary>
    public static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
