namespace CeGenerators
{
    /// <summary>The range of class counts the kernel attributes accept (one place for both the generator and users).</summary>
    public static class KernelLimits
    {
        /// <summary>The smallest class count: a distribution over fewer than two classes has no information.</summary>
        public const int MinClasses = 2;

        /// <summary>The largest class count (2^24): beyond it a single row would not fit the float count exactness range.</summary>
        public const int MaxClasses = 16_777_216;

        /// <summary>The default ignore index, as in PyTorch: rows with this label contribute nothing and are not counted.</summary>
        public const int DefaultIgnoreIndex = -100;

        /// <summary>
        /// Input bytes per chunk (256 KB): every kernel reduces its batch in chunks of max(1, this / element size / K) rows,
        /// rounded down to a multiple of 64 when larger, and combines the chunk partials in order, with or without
        /// <c>Parallel</c>, so both give the same bits.
        /// </summary>
        public const int ChunkBytes = 256 * 1024;

        /// <summary>A <c>Parallel</c> kernel uses other threads only from this many chunks on (1 MB of input).</summary>
        public const int MinParallelChunks = 4;
    }
}
