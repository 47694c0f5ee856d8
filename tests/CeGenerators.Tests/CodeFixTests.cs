using System.Threading;
using CeGenerators.Analyzers;
using CeGenerators.CodeFixes;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CeGenerators.Tests;

/// <summary>Code fixes applied through an AdhocWorkspace: the text is as expected, compiles, and is no longer flagged.</summary>
public class CodeFixTests
{
    private const string Prefix = "using System;\npublic static class C\n{\n";
    private const string Suffix = "\n}\n";

    internal static async Task<Document> DocumentAsync(string body, string? editorconfig = null, IReadOnlyList<MetadataReference>? references = null, string prefix = Prefix)
    {
        var workspace = new AdhocWorkspace();
        Project project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Create(),
            "Fixed",
            "Fixed",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
            parseOptions: GeneratorHarness.ParseOptions(),
            metadataReferences: references ?? GeneratorHarness.Net80));
        Document document = project.AddDocument("Code.cs", SourceText.From(prefix + body + Suffix), filePath: "/src/Code.cs");
        if (editorconfig is not null)
        {
            document = document.Project.AddAnalyzerConfigDocument(".editorconfig", SourceText.From("root = true\n[*.cs]\n" + editorconfig + "\n"), filePath: "/src/.editorconfig")
                .Project.GetDocument(document.Id)!;
        }

        await Task.CompletedTask;
        return document;
    }

    internal static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Document document, string id)
    {
        Compilation compilation = (await document.Project.GetCompilationAsync())!;
        ImmutableArray<Diagnostic> all = await compilation
            .WithAnalyzers(AnalyzerHarness.Analyzers, document.Project.AnalyzerOptions)
            .GetAnalyzerDiagnosticsAsync();
        return all.Where(d => d.Id == id).ToImmutableArray();
    }

    internal static async Task<Document> ApplyAsync(Document document, CodeAction action)
    {
        ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(CancellationToken.None);
        Solution changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return changed.GetDocument(document.Id)!;
    }

    private static async Task<string> FixFirstAsync(string body, string id, string? editorconfig = null)
    {
        Document document = await DocumentAsync(body, editorconfig);
        Diagnostic diagnostic = (await DiagnosticsAsync(document, id)).First();
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None);
        await new NumericStabilityCodeFixProvider().RegisterCodeFixesAsync(context);
        Document fixedDocument = await ApplyAsync(document, Assert.Single(actions));
        await AssertCleanAsync(fixedDocument, id);
        string text = (await fixedDocument.GetTextAsync()).ToString();
        return text.Substring(Prefix.Length, text.Length - Prefix.Length - Suffix.Length);
    }

    internal static async Task AssertCleanAsync(Document document, string id)
    {
        Compilation compilation = (await document.Project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Empty(await DiagnosticsAsync(document, id));
    }

    [Theory]
    [InlineData("public static double L(double p) => -Math.Log(p); // loss", "public static double L(double p) => -Math.Log(Math.Max(p, 1e-15)); // loss")]
    [InlineData("public static float L(float p) => -MathF.Log(p);", "public static float L(float p) => -MathF.Log(MathF.Max(p, 1e-7f));")]
    [InlineData("public static double L(double p) => -Math.Log(1 - p);", "public static double L(double p) => -Math.Log(1 - Math.Clamp(p, 1e-15, 1 - 1e-15));")]
    [InlineData("public static float L(float p) => -MathF.Log(1f - p);", "public static float L(float p) => -MathF.Log(1f - Math.Clamp(p, 1e-7f, 1f - 1e-7f));")]
    [InlineData("public static double L(double[] p, int i) => -Math.Log( p[i] );", "public static double L(double[] p, int i) => -Math.Log( Math.Max(p[i], 1e-15) );")]
    public async Task Unstable_logs_are_clamped_with_an_epsilon_of_their_type(string before, string after) =>
        Assert.Equal(after, await FixFirstAsync(before, "CEG1001"));

    [Fact]
    public async Task The_epsilon_comes_from_editorconfig_when_set() =>
        Assert.Equal(
            "public static double L(double p) => -Math.Log(Math.Max(p, 1e-12));",
            await FixFirstAsync("public static double L(double p) => -Math.Log(p);", "CEG1001", "cegenerators_log_epsilon_double = 1e-12"));

    [Theory]
    [InlineData("public static float L(float p) => MathF.Log(Math.Clamp(p, 1e-7f, 1f - 1e-8f));", "public static float L(float p) => MathF.Log(Math.Clamp(p, 1e-7f, 1f - 6e-8f));")]
    [InlineData("public static float L(float p) => MathF.Log(MathF.Max(p, 1e-46f));", "public static float L(float p) => MathF.Log(MathF.Max(p, 1.1754944E-38f));")]
    [InlineData("public static double L(double p) => Math.Log(Math.Clamp(p, 1e-15, 1 - 1e-17));", "public static double L(double p) => Math.Log(Math.Clamp(p, 1e-15, 1 - 1.2e-16));")]
    public async Task Vanishing_epsilons_are_replaced_by_the_smallest_safe_one(string before, string after) =>
        Assert.Equal(after, await FixFirstAsync(before, "CEG1002"));

    [Theory]
    [InlineData("public static double S(double x) => Math.Log(1 + Math.Exp(x));", "public static double S(double x) => Math.Max(x, 0) + Math.Log(1 + Math.Exp(-Math.Abs(x)));")]
    [InlineData("public static float S(float x) => MathF.Log(1 + MathF.Exp(x));", "public static float S(float x) => MathF.Max(x, 0f) + MathF.Log(1 + MathF.Exp(-MathF.Abs(x)));")]
    public async Task Raw_softplus_becomes_the_stable_form(string before, string after) =>
        Assert.Equal(after, await FixFirstAsync(before, "CEG1003"));

    [Fact]
    public async Task Fix_all_in_document_fixes_every_occurrence()
    {
        Document document = await DocumentAsync(
            "public static double A(double p) => -Math.Log(p);\n" +
            "public static double B(double[] p, int i) => -Math.Log(p[i]) - Math.Log(1 - p[i]);\n" +
            "public static float F(float q) => -MathF.Log(q);");
        ImmutableArray<Diagnostic> diagnostics = await DiagnosticsAsync(document, "CEG1001");
        Assert.Equal(4, diagnostics.Length);
        var provider = new NumericStabilityCodeFixProvider();
        var fixAll = new FixAllContext(document, provider, FixAllScope.Document, "CEG1001", new[] { "CEG1001" }, new FixedDiagnostics(diagnostics), CancellationToken.None);
        CodeAction action = (await provider.GetFixAllProvider()!.GetFixAsync(fixAll))!;
        Document fixedDocument = await ApplyAsync(document, action);
        await AssertCleanAsync(fixedDocument, "CEG1001");
        string text = (await fixedDocument.GetTextAsync()).ToString();
        Assert.Contains("-Math.Log(Math.Max(p, 1e-15))", text);
        Assert.Contains("Math.Log(1 - Math.Clamp(p[i], 1e-15, 1 - 1e-15))", text);
        Assert.Contains("-MathF.Log(MathF.Max(q, 1e-7f))", text);
    }

    internal sealed class FixedDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> _diagnostics;

        public FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) => _diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(ImmutableArray<Diagnostic>.Empty);
    }
}
