namespace CeGenerators
{
    /// <summary>How the per-row losses of a batch are combined (the same choices as PyTorch's <c>reduction</c>).</summary>
    public enum LossReduction
    {
        /// <summary>
        /// The mean over the counted rows (rows whose label is the ignore index are not counted). The method returns
        /// the element type. With no counted row the result is NaN (0 / 0), as in PyTorch.
        /// </summary>
        Mean = 0,

        /// <summary>The sum over the rows; the method returns the element type. The sum of no rows is 0.</summary>
        Sum = 1,

        /// <summary>
        /// One loss per row, written to a <c>Span&lt;T&gt;</c> parameter after the labels; the method returns <c>void</c>.
        /// Ignored rows get 0.
        /// </summary>
        None = 2,
    }
}
