namespace CeGenerators.Diagnostics
{
    /// <summary>The analyzer IDs and diagnostic properties the code fixes (a separate assembly) share with the analyzers.</summary>
    internal static class DiagnosticIds
    {
        public const string UnstableLog = "CEG1001";
        public const string EpsilonTooSmall = "CEG1002";
        public const string OverflowingExp = "CEG1003";

        /// <summary>CEG1001's property: "clamp" (wrap the argument) or "complement" (clamp p inside 1 - p).</summary>
        public const string FixKind = "FixKind";

        /// <summary>CEG1002's property: the epsilon literal to write instead.</summary>
        public const string Replacement = "Replacement";
    }
}
