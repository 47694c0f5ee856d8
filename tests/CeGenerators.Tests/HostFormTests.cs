namespace CeGenerators.Tests;

/// <summary>Kernels in every kind of host a user can write compile without errors or warnings on .NET 8.</summary>
public class HostFormTests
{
    public static IEnumerable<object[]> Hosts() => new[]
    {
        "public static partial class H { [CrossEntropyKernel(10)] public static partial float L(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels); }",
        "public sealed partial class H { [CrossEntropyKernel(10)] internal partial float L(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels); }",
        "public abstract partial class H { [CrossEntropyKernel(10)] protected partial float L(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels); }",
        "public readonly partial struct H { [CrossEntropyKernel(10)] public partial float L(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels); }",
        "public ref partial struct H { [CrossEntropyKernel(10)] public partial float L(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels); }",
        "public readonly ref partial struct H { [CrossEntropyKernel(10)] public readonly partial float L(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels); }",
        "public partial record class H(int A) { [CrossEntropyKernel(10)] private partial float L(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels); }",
        "public readonly partial record struct H(int A) { [CrossEntropyKernel(10)] public static partial float L(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels); }",
        "internal partial class H<T1, T2> where T1 : unmanaged { private protected partial class N { [CrossEntropyKernel(10)] private protected static partial double L(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels); } }",
        "namespace A.B { namespace C { partial class H { [CrossEntropyKernel(10, Reduction = LossReduction.None)] static partial void L(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> losses); } } }",
        "namespace @class.@namespace { partial class @object { [CrossEntropyKernel(10)] public static partial float @float(ReadOnlySpan<float> @in, ReadOnlySpan<int> @out); } }",
        "partial class H { [CrossEntropyKernel(10)] public static partial float L(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels); [CrossEntropyKernel(10)] public static partial double L(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels); }",
    }.Select(s => new object[] { s });

    [Theory]
    [MemberData(nameof(Hosts))]
    public void A_kernel_in_this_host_compiles_cleanly(string declaration)
    {
        GeneratorHarness.Run run = GeneratorHarness.RunGenerator(GeneratorHarness.Prelude + declaration);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.NotNull(run.Generated);
        Assert.Empty(run.CompilationProblems);
    }
}
