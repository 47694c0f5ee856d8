using System.Reflection;

namespace CeGenerators.Kernels.Tests;

public delegate T TotalKernel<T>(ReadOnlySpan<T> logits, ReadOnlySpan<int> labels);

public delegate void LossesKernel<T>(ReadOnlySpan<T> logits, ReadOnlySpan<int> labels, Span<T> losses);

/// <summary>The Mean, Sum and None kernels generated for one class count and element type.</summary>
public sealed record KernelSet<T>(int Classes, TotalKernel<T> Mean, TotalKernel<T> Sum, LossesKernel<T> None);

/// <summary>Finds the kernels declared in <see cref="Declared"/> (one nested type K{n} per class count).</summary>
public static class KernelCatalog
{
    public static readonly IReadOnlyList<int> Classes = typeof(Declared)
        .GetNestedTypes(BindingFlags.NonPublic | BindingFlags.Public)
        .Select(t => int.Parse(t.Name.Substring(1), System.Globalization.CultureInfo.InvariantCulture))
        .OrderBy(k => k)
        .ToArray();

    public static KernelSet<float> Single(int classes) => Get<float>(classes, "F");

    public static KernelSet<double> Double(int classes) => Get<double>(classes, "D");

    public static KernelSet<T> Get<T>(int classes) =>
        typeof(T) == typeof(float) ? (KernelSet<T>)(object)Single(classes) : (KernelSet<T>)(object)Double(classes);

    private static KernelSet<T> Get<T>(int classes, string suffix)
    {
        Type type = typeof(Declared).GetNestedType("K" + classes, BindingFlags.NonPublic | BindingFlags.Public)
            ?? throw new ArgumentException("no kernels declared for K = " + classes);
        MethodInfo M(string name) => type.GetMethod(name + suffix, BindingFlags.Static | BindingFlags.Public)!;
        return new KernelSet<T>(
            classes,
            M("Mean").CreateDelegate<TotalKernel<T>>(),
            M("Sum").CreateDelegate<TotalKernel<T>>(),
            M("None").CreateDelegate<LossesKernel<T>>());
    }

    public static IEnumerable<object[]> AllClasses() => Classes.Select(k => new object[] { k });
}
