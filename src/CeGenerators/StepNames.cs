namespace CeGenerators
{
    /// <summary>Tracking names of the pipeline steps; tests assert these are Cached/Unchanged after unrelated edits.</summary>
    internal static class StepNames
    {
        public const string CrossEntropyKernels = nameof(CrossEntropyKernels);
        public const string BinaryCrossEntropyKernels = nameof(BinaryCrossEntropyKernels);
        public const string EntropyKernels = nameof(EntropyKernels);
        public const string KlDivergenceKernels = nameof(KlDivergenceKernels);
        public const string Specs = nameof(Specs);
        public const string CollectedSpecs = nameof(CollectedSpecs);
    }
}
