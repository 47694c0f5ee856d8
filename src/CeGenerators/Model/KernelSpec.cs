namespace CeGenerators.Model
{
    /// <summary>The loss a kernel computes.</summary>
    internal enum KernelKind
    {
        CrossEntropy,
        KlDivergence,
        BinaryCrossEntropy,
        Entropy,
    }

    /// <summary>What the second parameter holds.</summary>
    internal enum TargetKind
    {
        /// <summary>One class index per row (<c>ReadOnlySpan&lt;int&gt;</c>).</summary>
        Sparse,

        /// <summary>A target distribution per row, N x K (<c>ReadOnlySpan&lt;T&gt;</c>): soft or one-hot.</summary>
        Dense,
    }

    /// <summary>What a parameter is for; the parser assigns roles by position and type.</summary>
    internal enum ParameterRole
    {
        Input,
        Labels,
        Targets,
        Weights,
        Losses,
        Gradient,
    }

    /// <summary>One parameter of a kernel method: its role and its name as written (with '@' where needed).</summary>
    internal sealed record ParameterSpec(ParameterRole Role, string Name);

    /// <summary>One type that contains a kernel method, outermost first: what the partial declaration must repeat.</summary>
    /// <param name="Keywords">"partial class", "partial struct", "partial record", "partial record struct", or "ref partial struct".</param>
    /// <param name="Name">The name with its type parameter list, such as <c>Outer&lt;T&gt;</c>.</param>
    internal sealed record ContainingTypeSpec(string Keywords, string Name);

    /// <summary>
    /// Everything the emitter needs to write one kernel method, as plain equatable data: no symbols, syntax nodes or
    /// locations, so an edit elsewhere leaves it equal and the driver reuses the generated text. <paramref name="Parallel"/>
    /// is per method, not per shape: the kernel body is the same, only the call runs its chunks on the thread pool.
    /// </summary>
    internal sealed record KernelSpec(
        string? Namespace,
        EquatableArray<ContainingTypeSpec> ContainingTypes,
        string Modifiers,
        string MethodName,
        KernelShape Shape,
        EquatableArray<ParameterSpec> Parameters,
        bool Parallel = false)
    {
        public string? NameOf(ParameterRole role)
        {
            foreach (ParameterSpec parameter in Parameters)
            {
                if (parameter.Role == role)
                {
                    return parameter.Name;
                }
            }

            return null;
        }
    }

    /// <summary>
    /// The facts a kernel body is specialized for: methods that agree on all of them share one body.
    /// </summary>
    /// <param name="Kind">The loss.</param>
    /// <param name="ElementType">float or double.</param>
    /// <param name="Classes">The class count K (1 for the element-wise binary cross-entropy).</param>
    /// <param name="Input">Logits or probabilities.</param>
    /// <param name="Targets">Sparse labels or dense target rows.</param>
    /// <param name="HasWeights">Whether a class-weight span (length K) is passed.</param>
    /// <param name="HasGradient">Whether the gradient with respect to the input is written.</param>
    /// <param name="Reduction">Mean, Sum or None.</param>
    /// <param name="IgnoreIndex">The label value whose rows are skipped (sparse labels).</param>
    /// <param name="LabelSmoothing">s in [0, 1): targets become (1 - s) t + s / K.</param>
    /// <param name="Epsilon">The probability clamp, resolved to the element type's default when 0 was given.</param>
    /// <param name="PositiveWeight">Binary cross-entropy's weight of the positive term (1 elsewhere).</param>
    internal readonly record struct KernelShape(
        KernelKind Kind,
        ElementType ElementType,
        int Classes,
        LossInput Input,
        TargetKind Targets,
        bool HasWeights,
        bool HasGradient,
        LossReduction Reduction,
        int IgnoreIndex,
        double LabelSmoothing,
        double Epsilon,
        double PositiveWeight = 1)
    {
        public bool WritesLosses => Reduction == LossReduction.None;

        /// <summary>The lane layout the emitters write, decided by <see cref="KernelLayouts.Plan"/>.</summary>
        public KernelLayout Layout => KernelLayouts.Plan(this);

        /// <summary>The foundation's shape (logits, labels, nothing else), which has the most specialized kernel.</summary>
        public bool IsPlainSoftmax =>
            Kind == KernelKind.CrossEntropy && Input == LossInput.Logits && Targets == TargetKind.Sparse && !HasWeights && !HasGradient && LabelSmoothing == 0;
    }
}
