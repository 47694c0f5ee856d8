namespace CeGenerators
{
    /// <summary>What the values passed as a kernel's first span are.</summary>
    public enum LossInput
    {
        /// <summary>Unnormalized scores; the kernel applies a numerically stable (log-)softmax itself.</summary>
        Logits = 0,

        /// <summary>Probabilities in [0, 1]; the kernel clamps them to [epsilon, 1 - epsilon] before the logarithm.</summary>
        Probabilities = 1,
    }
}
