using CeGenerators.Model;

namespace CeGenerators.Emit
{
    /// <summary>
    /// How a batch is cut into chunks: the chunk size depends on the class count and the element type only, never on the
    /// processor count, and the chunk partials are combined in chunk order, so a kernel gives bit-identical results with
    /// <c>Parallel</c> on or off and on any machine.
    /// </summary>
    internal static class ParallelismPlan
    {
        /// <summary>Input bytes per chunk: 256 KB (64K floats, 32K doubles), half of a typical L2.</summary>
        public const int ChunkBytes = KernelLimits.ChunkBytes;

        /// <summary>
        /// Fewer chunks than this stay on the caller's thread with no allocation (1 MB of input). Measured by
        /// benchmarks/CeGenerators.Benchmarks/ParallelBenchmarks.cs: below it the thread-pool handoff costs more than
        /// the second core saves.
        /// </summary>
        public const int MinParallelChunks = KernelLimits.MinParallelChunks;

        /// <summary>Rows per chunk a multiple of this (when a chunk holds that many): no chunk ends in a partial vector block.</summary>
        public const int RowAlignment = 64;

        /// <summary>Rows (elements for binary cross-entropy) per chunk for this shape.</summary>
        public static int ChunkRows(KernelShape shape)
        {
            int elements = ChunkBytes / ElementTraits.Of(shape.ElementType).Bits * 8;
            int rows = elements / shape.Classes;
            return rows >= RowAlignment ? rows - (rows % RowAlignment) : System.Math.Max(1, rows);
        }
    }
}
