using Microsoft.CodeAnalysis;

namespace CeGenerators.Diagnostics
{
    /// <summary>
    /// Every diagnostic the generator reports: one property each, the only place their IDs, titles and messages live.
    /// Each ID has a help page at docs/diagnostics/ID.md.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "CeGenerators";
        private const string HelpLinkBase = "https://github.com/cegenerators/cegenerators/blob/main/docs/diagnostics/";

        /// <summary>CEG0001: "The kernel method '{0}' must be declared 'partial' with no body: the generator writes the body".</summary>
        public static DiagnosticDescriptor MethodNotPartial { get; } = Error(
            "CEG0001",
            "Kernel method must be a partial method without a body",
            "The kernel method '{0}' must be declared 'partial' with no body: the generator writes the body");

        /// <summary>CEG0002: "The type '{0}' that contains kernel method '{1}' must be a partial class, struct or record".</summary>
        public static DiagnosticDescriptor ContainingTypeNotPartial { get; } = Error(
            "CEG0002",
            "Containing type must be partial",
            "The type '{0}' that contains kernel method '{1}' must be a partial class, struct or record");

        /// <summary>CEG0003: "The class count {0} is outside the supported range [{1}, {2}]".</summary>
        public static DiagnosticDescriptor ClassCountOutOfRange { get; } = Error(
            "CEG0003",
            "Class count out of range",
            "The class count {0} is outside the supported range [{1}, {2}]");

        /// <summary>CEG0004: "The element type '{0}' of parameter '{1}' is not supported: use float or double".</summary>
        public static DiagnosticDescriptor UnsupportedElementType { get; } = Error(
            "CEG0004",
            "Unsupported element type",
            "The element type '{0}' of parameter '{1}' is not supported: use float or double");

        /// <summary>CEG0005: "'{0}' uses '{1}' but the input uses '{2}': a kernel computes in one element type".</summary>
        public static DiagnosticDescriptor MixedElementTypes { get; } = Error(
            "CEG0005",
            "Mixed element types",
            "'{0}' uses '{1}' but the input uses '{2}': a kernel computes in one element type");

        /// <summary>CEG0006: "The kernel method '{0}' must not be generic: the element type is fixed by its parameters".</summary>
        public static DiagnosticDescriptor GenericMethod { get; } = Error(
            "CEG0006",
            "Kernel method must not be generic",
            "The kernel method '{0}' must not be generic: the element type is fixed by its parameters");

        /// <summary>CEG0007: "Invalid kernel parameters: {0}".</summary>
        public static DiagnosticDescriptor InvalidParameters { get; } = Error(
            "CEG0007",
            "Invalid kernel parameters",
            "Invalid kernel parameters: {0}");

        /// <summary>CEG0008: "With Reduction = {0} the kernel method must return {1}".</summary>
        public static DiagnosticDescriptor ReturnTypeMismatch { get; } = Error(
            "CEG0008",
            "Return type does not match the reduction",
            "With Reduction = {0} the kernel method must return {1}");

        /// <summary>CEG0009: "The option {0} is not supported yet by this kernel: {1}".</summary>
        public static DiagnosticDescriptor OptionNotYetSupported { get; } = Error(
            "CEG0009",
            "Option not supported yet",
            "The option {0} is not supported yet by this kernel: {1}");

        /// <summary>CEG0010: "The option {0} = {1} is out of range: {2}".</summary>
        public static DiagnosticDescriptor OptionOutOfRange { get; } = Error(
            "CEG0010",
            "Option out of range",
            "The option {0} = {1} is out of range: {2}");

        /// <summary>CEG0011: "[{0}] is not supported yet: no body is generated for '{1}'".</summary>
        public static DiagnosticDescriptor KernelKindNotYetSupported { get; } = Error(
            "CEG0011",
            "Kernel kind not supported yet",
            "[{0}] is not supported yet: no body is generated for '{1}'");

        /// <summary>CEG0012: "Kernel '{0}' cannot be generated for this project: {1}".</summary>
        public static DiagnosticDescriptor UnsupportedTarget { get; } = Error(
            "CEG0012",
            "Target framework or language version not supported",
            "Kernel '{0}' cannot be generated for this project: {1}");

        /// <summary>CEG0013: "IgnoreIndex = {0} is a valid class index in [0, {1}): rows of that class will be ignored".</summary>
        public static DiagnosticDescriptor IgnoreIndexIsAClass { get; } = new(
            "CEG0013",
            "IgnoreIndex is a class index",
            "IgnoreIndex = {0} is a valid class index in [0, {1}): rows of that class will be ignored",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + "CEG0013.md");

        /// <summary>CEG0014: "The option {0} does not apply to {1}: remove it".</summary>
        public static DiagnosticDescriptor OptionNotApplicable { get; } = Error(
            "CEG0014",
            "Option does not apply to this kernel",
            "The option {0} does not apply to {1}: remove it");

        /// <summary>CEG0015: "Epsilon = {0} vanishes in {1} (1 - eps == 1, or eps is below the smallest normal number): use at least {2}".</summary>
        public static DiagnosticDescriptor EpsilonNotRepresentable { get; } = Error(
            "CEG0015",
            "Epsilon not representable in the element type",
            "Epsilon = {0} vanishes in {1} (1 - eps == 1, or eps is below the smallest normal number): use at least {2}");

        /// <summary>CEG0016: "Parallel = true on '{0}' needs unsafe code (it pins the spans for the worker threads): set &lt;AllowUnsafeBlocks&gt;true&lt;/AllowUnsafeBlocks&gt; in the project, or remove Parallel".</summary>
        public static DiagnosticDescriptor ParallelNeedsUnsafe { get; } = Error(
            "CEG0016",
            "Parallel kernels need AllowUnsafeBlocks",
            "Parallel = true on '{0}' needs unsafe code (it pins the spans for the worker threads): set <AllowUnsafeBlocks>true</AllowUnsafeBlocks> in the project, or remove Parallel");

        /// <summary>CEG1001: "The argument '{0}' of {1} can be 0 or negative here: the log is -inf or NaN. Clamp it with an epsilon or guard it".</summary>
        public static DiagnosticDescriptor UnstableLog { get; } = Warning(
            DiagnosticIds.UnstableLog,
            "Logarithm of a value that can be 0 or negative",
            "The argument '{0}' of {1} can be 0 or negative here: the log is -inf or NaN. Clamp it with an epsilon or guard it");

        /// <summary>CEG1002: "The epsilon {0} vanishes in {1}: {2}, so this guard does nothing. Use at least {3}".</summary>
        public static DiagnosticDescriptor EpsilonTooSmall { get; } = Warning(
            DiagnosticIds.EpsilonTooSmall,
            "Epsilon too small for its type",
            "The epsilon {0} vanishes in {1}: {2}, so this guard does nothing. Use at least {3}");

        /// <summary>CEG1003: "{0} overflows for large inputs: {1}".</summary>
        public static DiagnosticDescriptor OverflowingExp { get; } = Warning(
            DiagnosticIds.OverflowingExp,
            "Exp of raw inputs overflows",
            "{0} overflows for large inputs: {1}");

        private static DiagnosticDescriptor Warning(string id, string title, string message) =>
            new(id, title, message, "Numerics", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");

        private static DiagnosticDescriptor Error(string id, string title, string message) =>
            new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");
    }
}
