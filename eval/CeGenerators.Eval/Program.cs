// Real-code evaluation of the CeGenerators analyzers. See eval/README.md.
//   dotnet run -c Release --project eval/CeGenerators.Eval -- MIRROR_ROOT [--set dev|holdout|all] [--details]
// MIRROR_ROOT/<owner>+<name>/repo are git directories of the repositories in eval/corpus/repos.tsv (fetched snapshots).
using System.Collections.Immutable;
using System.Diagnostics;
using CeGenerators.Eval;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

string mirror = args.FirstOrDefault(a => !a.StartsWith("--")) ?? "/work/.mirror";
string set = Option("--set") ?? "all";
bool details = args.Contains("--details");
string corpus = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../corpus"));
if (Option("--corpus") is { } given)
{
    corpus = given;
}

var repositories = Corpus.Repositories(corpus, mirror).Where(r => set == "all" || r.Set == set).ToList();
var logLabels = Directory.GetFiles(corpus, "log-*.tsv").SelectMany(Corpus.Labels).ToList();
var expLabels = Corpus.Labels(Path.Combine(corpus, "exp-labels.tsv"));
var analyzers = typeof(CeGenerators.Analyzers.NumericStabilityAnalyzer).Assembly.GetTypes()
    .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
    .Where(t => Option("--analyzer") is not { } only || t.Name == only)
    .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
    .ToImmutableArray();
var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
    .Append(typeof(System.Numerics.Tensors.TensorPrimitives).Assembly.Location)
    .Distinct()
    .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
    .ToArray();
var parseOptions = new CSharpParseOptions(LanguageVersion.Preview, preprocessorSymbols: new[] { "NETCOREAPP", "NET", "NET6_0_OR_GREATER", "NET8_0_OR_GREATER", "NETCOREAPP3_0_OR_GREATER", "NETSTANDARD2_0_OR_GREATER", "TRACE", "RELEASE" });

var warned1001 = new HashSet<(string, string, int, int)>();
var found1003 = new HashSet<(string, string, int, int)>();
var unlabelled1003 = new List<string>();
var logCallsSeen = new HashSet<(string, string, int, int)>();
var crashes = new List<string>();
var clock = Stopwatch.StartNew();
foreach (Repository repo in repositories)
{
    var labelled = logLabels.Concat(expLabels).Where(l => l.Repo == repo.Name && (Option("--file") is not { } part || l.Path.Contains(part, StringComparison.Ordinal))).Select(l => l.Path).ToHashSet(StringComparer.Ordinal);
    if (labelled.Count == 0)
    {
        continue;
    }

    string[] files = Corpus.ListFiles(repo);
    var projectDirectories = files.Where(f => f.EndsWith(".csproj", StringComparison.Ordinal)).Select(f => Path.GetDirectoryName(f) ?? "").ToList();
    string ProjectOf(string file) => projectDirectories.Where(d => d.Length == 0 || file.StartsWith(d + "/", StringComparison.Ordinal)).OrderByDescending(d => d.Length).FirstOrDefault() ?? "";
    var sources = files.Where(f => f.EndsWith(".cs", StringComparison.Ordinal) && !f.Contains("/obj/") && !f.Contains("/bin/")).ToList();
    foreach (var project in sources.GroupBy(ProjectOf).Where(g => g.Any(labelled.Contains)))
    {
        var texts = Corpus.ReadSources(repo, project);
        var trees = texts.Select(t => CSharpSyntaxTree.ParseText(t.Value, parseOptions, path: t.Key)).ToList();
        var compilation = CSharpCompilation.Create(
            "Eval", trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable));
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (e, a, d) => { lock (crashes) { crashes.Add($"{repo.Name}/{project.Key}: {a.GetType().Name}: {e.GetType().Name}: {e.Message}"); } },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        foreach (SyntaxTree tree in trees.Where(t => labelled.Contains(t.FilePath)))
        {
            var fileClock = Stopwatch.StartNew();
            ImmutableArray<Diagnostic> diagnostics = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), null, CancellationToken.None);
            Console.Error.WriteLine($"{fileClock.Elapsed.TotalSeconds,6:F1} s  {repo.Name}/{tree.FilePath}");
            SyntaxNode root = await tree.GetRootAsync();
            foreach (var invocation in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (NameToken(invocation) is { ValueText: "Log" or "Log2" or "Log10" or "LogE" } name)
                {
                    logCallsSeen.Add(Key(repo, tree, name));
                }
            }

            foreach (Diagnostic diagnostic in diagnostics)
            {
                SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                switch (diagnostic.Id)
                {
                    case "AD0001":
                        crashes.Add($"{repo.Name}/{tree.FilePath}: {diagnostic.GetMessage()}");
                        break;
                    case "CEG1001":
                        var call = node.AncestorsAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault(i => i.ArgumentList.Span.Contains(diagnostic.Location.SourceSpan));
                        if (call is not null && NameToken(call) is { } token)
                        {
                            warned1001.Add(Key(repo, tree, token));
                        }

                        break;
                    case "CEG1003":
                        var exps = node.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>()
                            .Where(i => NameToken(i) is { ValueText: "Exp" }).Select(i => Key(repo, tree, NameToken(i)!.Value)).ToList();
                        exps.ForEach(k => found1003.Add(k));
                        if (!exps.Any(k => expLabels.Any(l => l.Key == k)))
                        {
                            var line = diagnostic.Location.GetLineSpan().StartLinePosition;
                            unlabelled1003.Add($"{repo.Name}\t{tree.FilePath}\t{line.Line + 1}\t{line.Character + 1}\t{node.ToString().Split('\n')[0].Trim()}");
                        }

                        break;
                }
            }
        }
    }
}

var inSet = repositories.Select(r => r.Name).ToHashSet();
Console.WriteLine($"# Real-code evaluation ({set}): {repositories.Count} repositories, {clock.Elapsed.TotalSeconds:F0} s, analyzers: {string.Join(", ", analyzers.Select(a => a.GetType().Name))}");
Console.WriteLine();
var scored = logLabels.Where(l => inSet.Contains(l.Repo)).ToList();
int unmatched = scored.Count(l => !logCallsSeen.Contains(l.Key));
Console.WriteLine($"CEG1001: {scored.Count} labelled calls ({string.Join(", ", scored.GroupBy(l => l.Label).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"))}); {unmatched} not found by the compiler");
int tp = scored.Count(l => l.Label == "UNSAFE" && warned1001.Contains(l.Key));
int fp = scored.Count(l => l.Label == "SAFE" && warned1001.Contains(l.Key));
int fn = scored.Count(l => l.Label == "UNSAFE" && !warned1001.Contains(l.Key));
int tn = scored.Count(l => l.Label == "SAFE" && !warned1001.Contains(l.Key));
int excludedWarned = scored.Count(l => l.Label is not ("SAFE" or "UNSAFE") && warned1001.Contains(l.Key));
Console.WriteLine();
Console.WriteLine("| rule | TP | FP | FN | TN | precision | recall | warned on excluded (HARMLESS/UNSURE/NOTLOG) |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
Console.WriteLine($"| CEG1001 | {tp} | {fp} | {fn} | {tn} | {Ratio(tp, tp + fp)} | {Ratio(tp, tp + fn)} | {excludedWarned} |");
var expScored = expLabels.Where(l => inSet.Contains(l.Repo)).ToList();
int naive = expScored.Count(l => l.Label == "NAIVE"), naiveFound = expScored.Count(l => l.Label == "NAIVE" && found1003.Contains(l.Key));
int stableWarned = expScored.Count(l => l.Label == "STABLE" && found1003.Contains(l.Key)), otherWarned = expScored.Count(l => l.Label is "OTHER" or "UNSURE" && found1003.Contains(l.Key));
Console.WriteLine();
Console.WriteLine($"CEG1003: naive sites found {naiveFound} of {naive}; warnings on stable sites {stableWarned} (of {expScored.Count(l => l.Label == "STABLE")}); on OTHER/UNSURE sites {otherWarned}; warnings on unlabelled exps in labelled files {unlabelled1003.Count}");
Console.WriteLine($"Crashes (AD0001 or analyzer exceptions): {crashes.Count}");
crashes.ForEach(c => Console.WriteLine("  " + c));
if (details)
{
    Print("CEG1001 false positives (SAFE, warned)", scored.Where(l => l.Label == "SAFE" && warned1001.Contains(l.Key)));
    Print("CEG1001 false negatives (UNSAFE, not warned)", scored.Where(l => l.Label == "UNSAFE" && !warned1001.Contains(l.Key)));
    Print("Labelled calls the compiler did not find (extraction mismatch)", scored.Where(l => !logCallsSeen.Contains(l.Key)));
    Print("CEG1003 naive sites missed", expScored.Where(l => l.Label == "NAIVE" && !found1003.Contains(l.Key)));
    Print("CEG1003 warnings on stable or other sites", expScored.Where(l => l.Label is not "NAIVE" && found1003.Contains(l.Key)));
    Console.WriteLine("\n## CEG1003 warnings on unlabelled exps");
    unlabelled1003.ForEach(Console.WriteLine);
}

return crashes.Count == 0 ? 0 : 1;

string? Option(string name) => Array.IndexOf(args, name) is int i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

static string Ratio(int a, int b) => b == 0 ? "n/a" : ((double)a / b).ToString("F2", System.Globalization.CultureInfo.InvariantCulture);

static void Print(string title, IEnumerable<LabelledCall> calls)
{
    Console.WriteLine($"\n## {title}");
    foreach (LabelledCall call in calls)
    {
        Console.WriteLine($"{call.Repo}\t{call.Path}:{call.Line}:{call.Column}\t{call.Label}\t{call.Note}");
    }
}

static SyntaxToken? NameToken(InvocationExpressionSyntax invocation) => invocation.Expression switch
{
    MemberAccessExpressionSyntax member => member.Name.Identifier,
    SimpleNameSyntax simple => simple.Identifier,
    MemberBindingExpressionSyntax binding => binding.Name.Identifier,
    _ => null,
};

static (string, string, int, int) Key(Repository repo, SyntaxTree tree, SyntaxToken token)
{
    var position = token.GetLocation().GetLineSpan().StartLinePosition;
    return (repo.Name, tree.FilePath, position.Line + 1, position.Character + 1);
}
