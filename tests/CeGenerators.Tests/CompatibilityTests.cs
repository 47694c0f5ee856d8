using System.Globalization;
using System.Threading;

namespace CeGenerators.Tests;

public class CompatibilityTests
{
    [Fact]
    public void Generated_code_compiles_against_net8_reference_assemblies_without_warnings()
    {
        GeneratorHarness.Run run = GeneratorHarness.RunGenerator(new[] { SnapshotTests.Basic, SnapshotTests.Shapes });
        Assert.NotNull(run.Generated);
        Assert.Empty(run.CompilationProblems);
        using var stream = new System.IO.MemoryStream();
        Assert.True(run.Output.Emit(stream).Success);
    }

    [Fact]
    public void Output_does_not_depend_on_the_current_culture()
    {
        string[] source = { SnapshotTests.Basic, SnapshotTests.Shapes };
        string invariant = Generate(source, CultureInfo.InvariantCulture);

        // A culture with a decimal comma and the U+2212 minus sign: both would corrupt literals formatted with it.
        var hostile = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        hostile.NumberFormat.NegativeSign = "\u2212";
        hostile.NumberFormat.NumberDecimalSeparator = ",";
        hostile.NumberFormat.NumberGroupSeparator = ".";
        Assert.Equal("\u22121,5", (-1.5).ToString(hostile)); // the culture really is hostile
        string hostileOutput = Generate(source, hostile);

        Assert.Equal(invariant, hostileOutput);
        Assert.DoesNotContain("\u2212", hostileOutput);
        Assert.Contains("-87.33f", hostileOutput);
    }

    [Fact]
    public void Output_is_deterministic_across_runs_and_declaration_order()
    {
        string a = GeneratorHarness.RunGenerator(new[] { SnapshotTests.Basic, SnapshotTests.Shapes }).Generated!;
        string b = GeneratorHarness.RunGenerator(new[] { SnapshotTests.Basic, SnapshotTests.Shapes }).Generated!;
        Assert.Equal(a, b);

        // The kernel bodies are ordered by name, not by declaration: only the thin partial methods follow the source order.
        string reversed = GeneratorHarness.RunGenerator(new[] { SnapshotTests.Shapes, SnapshotTests.Basic }).Generated!;
        Assert.Equal(KernelSection(a), KernelSection(reversed));
    }

    private static string KernelSection(string generated) =>
        generated.Substring(generated.IndexOf("namespace CeGenerators.Generated", StringComparison.Ordinal));

    private static string Generate(string[] source, CultureInfo culture)
    {
        CultureInfo saved = CultureInfo.CurrentCulture, savedUi = CultureInfo.CurrentUICulture;
        CultureInfo? savedDefault = CultureInfo.DefaultThreadCurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            CultureInfo.DefaultThreadCurrentCulture = culture;
            return GeneratorHarness.RunGenerator(source).Generated!;
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
            CultureInfo.DefaultThreadCurrentCulture = savedDefault;
        }
    }
}
