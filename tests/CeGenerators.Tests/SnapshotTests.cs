using System.IO;

namespace CeGenerators.Tests;

/// <summary>
/// The generated text of representative inputs, compared with baselines under Snapshots/. To re-accept on purpose after
/// a deliberate change: CEGENERATORS_ACCEPT_SNAPSHOTS=1 dotnet test, then review the diff before committing.
/// </summary>
public class SnapshotTests
{
    public const string Basic = GeneratorHarness.Prelude + """
        namespace Demo;

        public static partial class LossFunctions
        {
            [CrossEntropyKernel(10)]                                  // mean over rows
            public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);

            [CrossEntropyKernel(10, Reduction = LossReduction.Sum)]   // sum over rows
            public static partial double Loss(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels);

            [CrossEntropyKernel(10, Reduction = LossReduction.None)]  // one loss per row
            public static partial void Losses(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);
        }
        """;

    public const string Shapes = GeneratorHarness.Prelude + """
        namespace Demo.Models
        {
            internal partial struct Head<T> where T : struct
            {
                public partial class Wide
                {
                    [CrossEntropyKernel(1000, IgnoreIndex = -1)]
                    internal partial double Loss(ReadOnlySpan<double> @event, ReadOnlySpan<int> labels);
                }
            }
        }

        partial record struct GlobalHost
        {
            [CrossEntropyKernel(3, Reduction = LossReduction.None)]
            static partial void Losses(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses);

            // Same shape as Demo.Losses.Loss(float) would be: shares its kernel body with nothing else here.
            [CrossEntropyKernel(17)]
            private static partial float Loss17(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
        }
        """;

    public const string Family = GeneratorHarness.Prelude + """
        namespace Demo.Training;

        public static partial class Objectives
        {
            [CrossEntropyKernel(10, LabelSmoothing = 0.1)]   // weighted, smoothed, with the fused gradient
            public static partial float Train(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, ReadOnlySpan<float> classWeights, Span<float> gradient);

            [CrossEntropyKernel(3, Input = LossInput.Probabilities, Reduction = LossReduction.None)]   // soft targets
            public static partial void Soft(ReadOnlySpan<double> probabilities, ReadOnlySpan<double> targets, Span<double> losses, Span<double> gradient);

            [BinaryCrossEntropyKernel(PositiveWeight = 2)]
            public static partial float Binary(ReadOnlySpan<float> logits, ReadOnlySpan<float> targets, Span<float> gradient);

            [EntropyKernel(4)]
            public static partial float Entropy(ReadOnlySpan<float> probabilities);

            [KlDivergenceKernel(5)]
            public static partial double Distill(ReadOnlySpan<double> studentLogits, ReadOnlySpan<double> teacher, Span<double> gradient);
        }
        """;

    [Theory]
    [InlineData(nameof(Basic))]
    [InlineData(nameof(Shapes))]
    [InlineData(nameof(Family))]
    public void Generated_source_matches_its_baseline(string name)
    {
        string source = name switch { nameof(Basic) => Basic, nameof(Shapes) => Shapes, _ => Family };
        GeneratorHarness.Run run = GeneratorHarness.RunGenerator(source);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems);
        string actual = Normalize(run.Generated!);

        string path = Path.Combine(GeneratorHarness.SourceDirectory(), "Snapshots", name + ".g.cs.txt");
        if (Environment.GetEnvironmentVariable("CEGENERATORS_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"no baseline at {path}; run with CEGENERATORS_ACCEPT_SNAPSHOTS=1 to create it");
        string expected = File.ReadAllText(path).Replace("\r\n", "\n");
        if (expected != actual)
        {
            string[] e = expected.Split('\n'), a = actual.Split('\n');
            int line = Enumerable.Range(0, Math.Min(e.Length, a.Length)).FirstOrDefault(i => e[i] != a[i], Math.Min(e.Length, a.Length));
            Assert.Fail($"{name}: generated source differs from {path} at line {line + 1}:\n- {(line < e.Length ? e[line] : "<end>")}\n+ {(line < a.Length ? a[line] : "<end>")}");
        }
    }

    /// <summary>The version in [GeneratedCode] changes with every release; baselines hold a placeholder.</summary>
    public static string Normalize(string generated) =>
        generated.Replace("\r\n", "\n").Replace("\"" + typeof(CrossEntropyKernelGenerator).Assembly.GetName().Version + "\"", "\"{VERSION}\"");
}
