// CEG1003 spot check: the exp sites of eval/corpus/exp-labels.tsv, each labelled file compiled on its own with the
// running runtime's assemblies, ExpOverflowAnalyzer only; prints the warned and the missed naive sites and the counts.
//   dotnet run -c Release --project eval/CeGenerators.ExpSpotCheck -- eval/corpus/exp-labels.tsv MIRROR_ROOT
using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
string labels = args[0], mirror = args[1];
var commits = File.ReadAllLines(Path.Combine(Path.GetDirectoryName(labels)!, "repos.tsv")).Where(l => !l.StartsWith("#")).Select(l => l.Split('\t')).ToDictionary(p => p[0], p => p[1]);
var rows = File.ReadAllLines(labels).Skip(1).Select(l => l.Split('\t')).ToList();
var refs = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();
var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new CeGenerators.Analyzers.ExpOverflowAnalyzer());
var found = new HashSet<(string, string, int, int)>();
var extra = new List<string>();
foreach (var file in rows.GroupBy(r => (r[0], r[1])))
{
    var psi = new ProcessStartInfo("git") { RedirectStandardOutput = true }; foreach (var a in new[] { "--git-dir", $"{mirror}/{file.Key.Item1.Replace("/", "+")}/repo", "show", $"{commits[file.Key.Item1]}:{file.Key.Item2}" }) psi.ArgumentList.Add(a);
    using var p = Process.Start(psi)!; string text = p.StandardOutput.ReadToEnd(); p.WaitForExit();
    var tree = CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Preview), path: file.Key.Item2);
    var comp = CSharpCompilation.Create("X", new[] { tree }, refs, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));
    var diags = await comp.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();
    var root = await tree.GetRootAsync();
    foreach (var d in diags)
    {
        if (d.Id == "AD0001") { Console.WriteLine("CRASH " + d.GetMessage()); continue; }
        var node = root.FindNode(d.Location.SourceSpan);
        var exps = node.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>().Where(i => i.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Exp" } || i.Expression is IdentifierNameSyntax { Identifier.ValueText: "Exp" })
            .Select(i => { var ls = i.GetLocation().GetLineSpan().StartLinePosition; var name = i.Expression is MemberAccessExpressionSyntax m ? m.Name.GetLocation() : i.Expression.GetLocation(); var n = name.GetLineSpan().StartLinePosition; return (file.Key.Item1, file.Key.Item2, n.Line + 1, n.Character + 1); }).ToList();
        bool labelled = false;
        foreach (var e in exps) { found.Add(e); labelled |= rows.Any(r => r[0] == e.Item1 && r[1] == e.Item2 && int.Parse(r[2]) == e.Item3 && int.Parse(r[3]) == e.Item4); }
        if (!labelled) extra.Add($"{file.Key.Item1} {file.Key.Item2}:{d.Location.GetLineSpan().StartLinePosition.Line + 1} {node.ToString().Split('\n')[0].Trim()}");
    }
}
foreach (var r in rows)
{
    bool warned = found.Contains((r[0], r[1], int.Parse(r[2]), int.Parse(r[3])));
    if (warned || r[4] == "NAIVE") Console.WriteLine($"{(warned ? "WARN" : "miss")}\t{r[4]}\t{r[0]} {r[1]}:{r[2]}\t{r[6].Trim()[..Math.Min(110, r[6].Trim().Length)]}");
}
foreach (var label in new[] { "NAIVE", "STABLE", "OTHER", "UNSURE", "" })
    Console.WriteLine($"{label}: {rows.Count(r => r[4] == label)} sites, warned {rows.Count(r => r[4] == label && found.Contains((r[0], r[1], int.Parse(r[2]), int.Parse(r[3]))))}");
Console.WriteLine($"warnings on unlabelled exps in these files: {extra.Count}");
extra.ForEach(e => Console.WriteLine("  " + e));
