using Microsoft.CodeAnalysis.Text;

namespace CeGenerators.Tests;

/// <summary>
/// <c>Parallel = true</c>: CEG0016 without AllowUnsafeBlocks (on the argument, and the serial body is still generated so it
/// is the only error); with it, the pinned parallel driver is generated and compiles cleanly against .NET 8; without any
/// Parallel kernel no unsafe code is emitted at all.
/// </summary>
public class ParallelGeneratorTests
{
    private const string Marked = GeneratorHarness.Prelude + """
        public static partial class Host
        {
            [CrossEntropyKernel(10, [|Parallel = true|])]
            public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);

            [BinaryCrossEntropyKernel(Parallel = false)]
            public static partial float Bce(ReadOnlySpan<float> logits, ReadOnlySpan<float> targets);
        }
        """;

    private static string Source => Marked.Replace("[|", string.Empty).Replace("|]", string.Empty);

    private static GeneratorHarness.Run Run(bool allowUnsafe, string? source = null)
    {
        CSharpCompilation compilation = GeneratorHarness.Compilation(source ?? Source);
        compilation = compilation.WithOptions(compilation.Options.WithAllowUnsafe(allowUnsafe));
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        return new GeneratorHarness.Run(output, diagnostics, driver.GetRunResult(), driver);
    }

    [Fact]
    public void Without_AllowUnsafeBlocks_CEG0016_is_reported_on_the_argument_and_the_serial_body_is_generated()
    {
        GeneratorHarness.Run run = Run(allowUnsafe: false);
        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("CEG0016", diagnostic.Id);
        int start = Marked.IndexOf("[|", StringComparison.Ordinal);
        Assert.Equal(TextSpan.FromBounds(start, Marked.IndexOf("|]", StringComparison.Ordinal) - 2), diagnostic.Location.SourceSpan);
        Assert.Equal(
            "Parallel = true on 'Loss' needs unsafe code (it pins the spans for the worker threads): set <AllowUnsafeBlocks>true</AllowUnsafeBlocks> in the project, or remove Parallel",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotNull(run.Generated);
        Assert.DoesNotContain("unsafe", run.Generated);
        Assert.Empty(run.CompilationProblems); // no CS0227 or CS8795 on top of CEG0016
    }

    [Fact]
    public void With_AllowUnsafeBlocks_the_parallel_driver_compiles_against_net8_without_warnings()
    {
        GeneratorHarness.Run run = Run(allowUnsafe: true);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Contains("file sealed unsafe class ParallelChunks<T>", run.Generated);
        Assert.Contains("global::System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);", run.Generated);
        using var stream = new System.IO.MemoryStream();
        Assert.True(run.Output.Emit(stream).Success);
    }

    [Fact]
    public void Without_a_Parallel_kernel_no_unsafe_code_is_emitted_even_where_it_is_allowed()
    {
        GeneratorHarness.Run run = Run(allowUnsafe: true, Source.Replace("Parallel = true", "Parallel = false"));
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.DoesNotContain("unsafe", run.Generated);
        Assert.DoesNotContain("Parallel.For", run.Generated);
    }

    [Fact]
    public void Turning_AllowUnsafeBlocks_on_in_the_same_driver_clears_CEG0016_and_emits_the_parallel_driver()
    {
        CSharpCompilation compilation = GeneratorHarness.Compilation(Source);
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        Assert.Contains(driver.GetRunResult().Diagnostics, d => d.Id == "CEG0016");

        driver = driver.RunGenerators(compilation.WithOptions(compilation.Options.WithAllowUnsafe(true)));
        GeneratorDriverRunResult result = driver.GetRunResult();
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CEG0016");
        Assert.Contains("ParallelChunks<T>", result.GeneratedTrees.Single().ToString());
    }

    [Fact]
    public void The_Parallel_flag_is_per_method_and_shares_the_kernel_body()
    {
        string source = GeneratorHarness.Prelude + """
            public static partial class Host
            {
                [CrossEntropyKernel(10, Parallel = true)] public static partial float A(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
                [CrossEntropyKernel(10)] public static partial float B(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
            }
            """;
        string generated = Run(allowUnsafe: true, source).Generated!;
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(generated, @"public static double Total_Single_K10_IgnoreM100\("));
        Assert.Contains("nameof(logits), nameof(labels), \"\", \"\", \"\", true);", generated);
        Assert.Contains("nameof(logits), nameof(labels), \"\", \"\", \"\", false);", generated);
    }
}
