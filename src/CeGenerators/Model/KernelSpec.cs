namespace CeGenerators.Model
{
    /// <summary>The element type a kernel is specialized for.</summary>
    internal enum ElementType
    {
        Single,
        Double,
    }

    /// <summary>One type that contains a kernel method, outermost first: what the partial declaration must repeat.</summary>
    /// <param name="Keywords">"partial class", "partial struct", "partial record", "partial record struct", or "ref partial struct".</param>
    /// <param name="Name">The name with its type parameter list, such as <c>Outer&lt;T&gt;</c>.</param>
    internal sealed record ContainingTypeSpec(string Keywords, string Name);

    /// <summary>
    /// Everything the emitter needs to write one kernel method, as plain equatable data: no symbols, syntax nodes or
    /// locations, so an edit elsewhere leaves it equal and the driver reuses the generated text.
    /// </summary>
    internal sealed record KernelSpec(
        string? Namespace,
        EquatableArray<ContainingTypeSpec> ContainingTypes,
        string Modifiers,
        string MethodName,
        ElementType ElementType,
        int Classes,
        LossReduction Reduction,
        int IgnoreIndex,
        string InputParameter,
        string LabelsParameter,
        string? LossesParameter)
    {
        /// <summary>The shape that decides the implementation: methods that agree on it share one kernel body.</summary>
        public KernelShape Shape => new(ElementType, Classes, Reduction == LossReduction.None, IgnoreIndex);
    }

    /// <summary>The facts a kernel body is specialized for.</summary>
    /// <param name="ElementType">float or double.</param>
    /// <param name="Classes">The class count K.</param>
    /// <param name="WritesLosses">true for <see cref="LossReduction.None"/> (one loss per row), false for a total.</param>
    /// <param name="IgnoreIndex">The label value whose rows are skipped.</param>
    internal readonly record struct KernelShape(ElementType ElementType, int Classes, bool WritesLosses, int IgnoreIndex);
}
