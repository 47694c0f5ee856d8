using System.Reflection;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CeGenerators.Tests;

/// <summary>The pipeline caches: unrelated edits reuse every step, a changed K regenerates, models hold no Roslyn objects.</summary>
public class IncrementalTests
{
    private static readonly string[] TrackedSteps =
    {
        "CrossEntropyKernels", "BinaryCrossEntropyKernels", "EntropyKernels", "KlDivergenceKernels", "Specs", "CollectedSpecs",
    };

    private const string Kernels = GeneratorHarness.Prelude + """
        namespace Demo;
        public static partial class Losses
        {
            [CrossEntropyKernel(10)]
            public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);

            [CrossEntropyKernel(100, Reduction = LossReduction.None)]
            public static partial void Losses100(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, Span<double> losses);

            [BinaryCrossEntropyKernel]
            public static partial float Bce(ReadOnlySpan<float> logits, ReadOnlySpan<float> targets);
        }
        """;

    private const string Other = """
        namespace Demo;
        public static class Other
        {
            public static int Answer() => 42;
        }
        """;

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) FirstRun()
    {
        CSharpCompilation compilation = GeneratorHarness.Compilation(Kernels)
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText(Other, GeneratorHarness.ParseOptions(), path: "Other.cs"));
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        Assert.NotEmpty(driver.GetRunResult().GeneratedTrees);
        return (driver, compilation);
    }

    private static IEnumerable<(string Step, IncrementalStepRunReason Reason)> Reasons(GeneratorDriverRunResult result) =>
        result.Results.Single().TrackedSteps
            .Where(s => TrackedSteps.Contains(s.Key))
            .SelectMany(s => s.Value.SelectMany(run => run.Outputs.Select(o => (s.Key, o.Reason))));

    [Fact]
    public void An_unrelated_edit_leaves_every_tracked_step_cached_or_unchanged()
    {
        (GeneratorDriver driver, CSharpCompilation compilation) = FirstRun();
        SyntaxTree other = compilation.SyntaxTrees.Single(t => t.FilePath == "Other.cs");
        SyntaxTree edited = other.WithChangedText(other.GetText().Replace(other.ToString().IndexOf("42", StringComparison.Ordinal), 2, "43"));
        CSharpCompilation next = compilation.ReplaceSyntaxTree(other, edited);

        GeneratorDriverRunResult result = driver.RunGenerators(next).GetRunResult();
        var reasons = Reasons(result).ToArray();
        Assert.Contains(reasons, r => r.Step == "CrossEntropyKernels");
        Assert.Contains(reasons, r => r.Step == "CollectedSpecs");
        Assert.All(reasons, r => Assert.True(
            r.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
            $"{r.Step} was {r.Reason}"));
        Assert.All(result.Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void An_edit_inside_the_kernel_file_that_keeps_the_facts_is_unchanged()
    {
        (GeneratorDriver driver, CSharpCompilation compilation) = FirstRun();
        SyntaxTree kernels = compilation.SyntaxTrees.Single(t => t.FilePath == "Kernels.cs");
        // A comment above the methods moves them, but their facts (no locations in the model) do not change.
        SyntaxTree edited = kernels.WithChangedText(kernels.GetText().Replace(kernels.ToString().IndexOf("public static partial class", StringComparison.Ordinal), 0, "// a comment\n"));
        GeneratorDriverRunResult result = driver.RunGenerators(compilation.ReplaceSyntaxTree(kernels, edited)).GetRunResult();
        var reasons = Reasons(result).Where(r => r.Step is "Specs" or "CollectedSpecs").ToArray();
        Assert.NotEmpty(reasons);
        Assert.All(reasons, r => Assert.True(r.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{r.Step} was {r.Reason}"));
    }

    [Fact]
    public void Changing_the_class_count_regenerates_the_kernel()
    {
        (GeneratorDriver driver, CSharpCompilation compilation) = FirstRun();
        string before = driver.GetRunResult().GeneratedTrees.Single().ToString();
        SyntaxTree kernels = compilation.SyntaxTrees.Single(t => t.FilePath == "Kernels.cs");
        int at = kernels.ToString().IndexOf("CrossEntropyKernel(10)", StringComparison.Ordinal) + "CrossEntropyKernel(".Length;
        SyntaxTree edited = kernels.WithChangedText(kernels.GetText().Replace(at, 2, "12"));

        GeneratorDriverRunResult result = driver.RunGenerators(compilation.ReplaceSyntaxTree(kernels, edited)).GetRunResult();
        Assert.Contains(Reasons(result), r => r.Step == "Specs" && r.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(Reasons(result), r => r.Step == "CollectedSpecs" && r.Reason == IncrementalStepRunReason.Modified);
        string after = result.GeneratedTrees.Single().ToString();
        Assert.NotEqual(before, after);
        Assert.Contains("Total_Single_K12_IgnoreM100", after);
        Assert.DoesNotContain("Total_Single_K10_IgnoreM100", after);
    }

    [Fact]
    public void Step_outputs_hold_no_compilation_symbols_or_syntax()
    {
        (GeneratorDriver driver, _) = FirstRun();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var step in driver.GetRunResult().Results.Single().TrackedSteps.Where(s => TrackedSteps.Contains(s.Key)))
        {
            foreach (var output in step.Value.SelectMany(r => r.Outputs))
            {
                AssertNoRoslynObjects(output.Value, step.Key, seen);
            }
        }
    }

    private static void AssertNoRoslynObjects(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode or SemanticModel or Location or SyntaxTree, $"{path} holds a {value.GetType().Name}");
        if (value is System.Collections.IEnumerable items)
        {
            int i = 0;
            foreach (object? item in items)
            {
                AssertNoRoslynObjects(item, $"{path}[{i++}]", seen);
            }
        }

        if (value is DiagnosticDescriptor)
        {
            return; // immutable, compilation-independent data
        }

        foreach (FieldInfo field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(value), path + "." + field.Name, seen);
        }
    }

    [Fact]
    public void The_driver_does_not_keep_old_compilations_alive()
    {
        (GeneratorDriver driver, WeakReference reference) = RunAndForget();
        for (int i = 0; i < 5 && reference.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(reference.IsAlive, "the first compilation is still reachable from the driver");
        GC.KeepAlive(driver);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (GeneratorDriver, WeakReference) RunAndForget()
    {
        CSharpCompilation first = GeneratorHarness.Compilation(Kernels);
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(first);
        CSharpCompilation second = GeneratorHarness.Compilation(Kernels + "\n// edit\n");
        driver = driver.RunGenerators(second);
        return (driver, new WeakReference(first));
    }
}
