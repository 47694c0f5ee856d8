namespace CeGenerators.Kernels.Tests;

public delegate T FamilyInvoke<T>(ReadOnlySpan<T> input, ReadOnlySpan<int> labels, ReadOnlySpan<T> targets, ReadOnlySpan<T> weights, Span<T> losses, Span<T> gradient);

/// <summary>One generated family kernel with the options it was declared with.</summary>
public sealed record FamilyKernel<T>(
    string Name,
    int Classes,
    LossInput Input,
    bool Dense,
    bool Weighted,
    double Smoothing,
    bool Gradient,
    LossReduction Reduction,
    FamilyInvoke<T> Invoke)
{
    public override string ToString() => Name;
}
