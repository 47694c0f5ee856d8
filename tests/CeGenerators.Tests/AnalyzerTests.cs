using System.IO;
using Microsoft.CodeAnalysis.Text;

namespace CeGenerators.Tests;

public class AnalyzerTests
{
    public static IEnumerable<object[]> Cases() => EvaluationSet.Cases.Select(c => new object[] { c.Name });

    /// <summary>Every case of the evaluation set: no diagnostic on safe code, one at the exact span of each unsafe argument.</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void Unstable_logs_are_flagged_at_their_argument_and_guarded_ones_are_not(string name)
    {
        AssertSpans(EvaluationSet.Cases.Single(c => c.Name == name).Source, "CEG1001");
    }

    [Fact]
    public void Precision_and_recall_on_the_evaluation_set_are_at_least_0_9()
    {
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        foreach ((string _, string marked) in EvaluationSet.Cases)
        {
            (string source, IReadOnlyList<TextSpan> expected) = AnalyzerHarness.Unmark(marked);
            var actual = AnalyzerHarness.Analyze(source).Where(d => d.Id == "CEG1001").Select(d => d.Location.SourceSpan).ToHashSet();
            truePositives += expected.Count(actual.Contains);
            falseNegatives += expected.Count(s => !actual.Contains(s));
            falsePositives += actual.Count(s => !expected.Contains(s));
        }

        double precision = (double)truePositives / (truePositives + falsePositives);
        double recall = (double)truePositives / (truePositives + falseNegatives);
        Assert.True(precision >= 0.9 && recall >= 0.9, $"precision {precision:F3}, recall {recall:F3} (TP {truePositives}, FP {falsePositives}, FN {falseNegatives})");
    }

    [Fact]
    public void Epsilons_that_vanish_in_their_type_are_flagged()
    {
        string source = "using System;\npublic static class C\n{\n" +
            "public static float A(float p) => MathF.Log(Math.Clamp(p, 1e-7f, [|1f - 1e-8f|]));\n" +
            "public static float B(float p) => MathF.Log(MathF.Max(p, [|1e-46f|]));\n" +
            "public static double D(double p) => Math.Log(Math.Clamp(p, 1e-15, [|1 - 1e-17|]));\n" +
            "public static float Ok(float p) => MathF.Log(Math.Clamp(p, 1e-7f, 1f - 1e-7f));\n" +
            "public static double Ok2(double p) => Math.Log(Math.Clamp(p, 1e-15, 1 - 1e-15));\n}\n";
        AssertSpans(source, "CEG1002");
    }

    [Fact]
    public void Log_of_one_plus_exp_of_a_raw_input_is_flagged_and_the_stable_softplus_is_not()
    {
        string source = "using System;\npublic static class C\n{\n" +
            "public static double A(double x) => [|Math.Log(1 + Math.Exp(x))|];\n" +
            "public static float B(float x) => [|MathF.Log(MathF.Exp(x) + 1)|];\n" +
            "public static double Ok(double x) => Math.Max(x, 0) + Math.Log(1 + Math.Exp(-Math.Abs(x)));\n" +
            "public static double Ok2(double x, double m) => Math.Log(1 + Math.Exp(x - m));\n" +
            "public static double Lse(double[] x) { double s = 0; foreach (var v in x) s += [|Math.Exp(v)|]; return Math.Log(s); }\n" +
            "public static double Lse2(double[] x) => Math.Log(System.Linq.Enumerable.Sum(x, v => [|Math.Exp(v)|]));\n" +
            "public static double Ok3(double[] x, double m) { double s = 0; foreach (var v in x) s += Math.Exp(v - m); return m + Math.Log(s); }\n" +
            "public static double Softmax(double x, double sum) => [|Math.Exp(x)|] / sum;\n" +
            "public static double Ok4(double x, double max, double sum) => Math.Exp(x - max) / sum;\n}\n";
        AssertSpans(source, "CEG1003");
    }

    [Fact]
    public void TensorPrimitives_logs_need_a_clamped_or_exp_span()
    {
        string source = "using System;\nusing System.Numerics.Tensors;\npublic static class C\n{\n" +
            "public static void A(ReadOnlySpan<float> p, Span<float> d) => TensorPrimitives.Log([|p|], d);\n" +
            "public static void B(ReadOnlySpan<float> p, Span<float> t, Span<float> d) { TensorPrimitives.Max(p, 1e-7f, t); TensorPrimitives.Log(t, d); }\n" +
            "public static void E(ReadOnlySpan<float> x, Span<float> t, Span<float> d) { TensorPrimitives.Exp(x, t); TensorPrimitives.Log2(t, d); }\n" +
            "public static void Z(ReadOnlySpan<float> p, Span<float> t, Span<float> d) { TensorPrimitives.Max(p, 0f, t); TensorPrimitives.Log([|t|], d); }\n" +
            "public static void S(ReadOnlySpan<float> p, Span<float> t, Span<float> d) { TensorPrimitives.Add(p, 1e-9f, t); TensorPrimitives.Log10(t, d); }\n}\n";
        AssertSpans(source, "CEG1001", AnalyzerHarness.RuntimeWithTensors);
    }

    /// <summary>The diagnostics with this ID sit exactly at the [|...|] spans of the source, and nowhere else.</summary>
    private static void AssertSpans(string marked, string id, IReadOnlyList<MetadataReference>? references = null)
    {
        (string code, IReadOnlyList<TextSpan> expected) = AnalyzerHarness.Unmark(marked);
        TextSpan[] actual = AnalyzerHarness.Analyze(code, references).Where(d => d.Id == id).Select(d => d.Location.SourceSpan).OrderBy(s => s.Start).ToArray();
        Assert.Equal(expected.OrderBy(s => s.Start).ToArray(), actual);
    }
}
