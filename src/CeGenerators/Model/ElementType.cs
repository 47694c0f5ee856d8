namespace CeGenerators.Model
{
    /// <summary>The element type a kernel is specialized for (and a code fix writes an epsilon for).</summary>
    internal enum ElementType
    {
        Single,
        Double,
    }
}
