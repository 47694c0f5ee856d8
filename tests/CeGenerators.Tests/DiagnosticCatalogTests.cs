using System.IO;
using System.Reflection;
using CeGenerators.Diagnostics;

namespace CeGenerators.Tests;

/// <summary>Every descriptor is documented where users look: a help page quoting its message, the README table, the release file.</summary>
public class DiagnosticCatalogTests
{
    private static readonly string Root = Path.GetFullPath(Path.Combine(GeneratorHarness.SourceDirectory(), "..", ".."));

    public static IEnumerable<object[]> Descriptors() => typeof(DiagnosticDescriptors)
        .GetProperties(BindingFlags.Public | BindingFlags.Static)
        .Select(p => new object[] { ((DiagnosticDescriptor)p.GetValue(null)!).Id });

    private static DiagnosticDescriptor Find(string id) => typeof(DiagnosticDescriptors)
        .GetProperties(BindingFlags.Public | BindingFlags.Static)
        .Select(p => (DiagnosticDescriptor)p.GetValue(null)!)
        .Single(d => d.Id == id);

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Each_diagnostic_has_a_page_a_readme_row_and_a_release_entry(string id)
    {
        DiagnosticDescriptor descriptor = Find(id);
        string page = File.ReadAllText(Path.Combine(Root, "docs", "diagnostics", id + ".md"));
        Assert.StartsWith($"# {id}: {descriptor.Title}", page);
        Assert.Contains("`" + descriptor.MessageFormat + "`", page);
        Assert.Contains(descriptor.DefaultSeverity.ToString(), page);
        Assert.Contains($"[{id}](docs/diagnostics/{id}.md)", File.ReadAllText(Path.Combine(Root, "README.md")));
        Assert.Contains($"{id} | {descriptor.Category} | {descriptor.DefaultSeverity}", File.ReadAllText(Path.Combine(Root, "src", "CeGenerators", "AnalyzerReleases.Unshipped.md")));
        Assert.Equal(id is "CEG0009" or "CEG0011", page.Contains("Retired", StringComparison.Ordinal));
        Assert.Equal("https://github.com/cegenerators/cegenerators/blob/main/docs/diagnostics/" + id + ".md", descriptor.HelpLinkUri);
    }

    [Fact]
    public void Ids_are_unique_and_consecutive_within_each_series()
    {
        string[] ids = Descriptors().Select(d => (string)d[0]).OrderBy(i => i, StringComparer.Ordinal).ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
        // CEG0xxx: the generator's declaration checks; CEG1xxx: the numeric-stability analyzers.
        foreach (var series in ids.GroupBy(i => i[3]))
        {
            int first = int.Parse(series.First().Substring(3), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(Enumerable.Range(first, series.Count()).Select(i => $"CEG{i:0000}"), series);
        }
    }
}
