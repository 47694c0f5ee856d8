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
    }
}
