using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CeGenerators.Model
{
    /// <summary>
    /// A diagnostic as equatable data (descriptor id, arguments, file path and spans): the pipeline carries it instead of a
    /// <see cref="Diagnostic"/> or <see cref="Location"/>, which would defeat caching and keep old compilations alive.
    /// </summary>
    internal sealed record DiagnosticInfo(
        DiagnosticDescriptor Descriptor,
        string FilePath,
        TextSpan Span,
        LinePositionSpan LineSpan,
        EquatableArray<string> Arguments)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, Location location, params string[] arguments)
        {
            FileLinePositionSpan lineSpan = location.GetLineSpan();
            return new DiagnosticInfo(descriptor, lineSpan.Path ?? string.Empty, location.SourceSpan, lineSpan.Span, new EquatableArray<string>(arguments));
        }

        public Diagnostic ToDiagnostic()
        {
            Location location = Location.Create(FilePath, Span, LineSpan);
            object[] args = new object[Arguments.Count];
            for (int i = 0; i < args.Length; i++)
            {
                args[i] = Arguments[i];
            }

            return Diagnostic.Create(Descriptor, location, args);
        }
    }

    /// <summary>What parsing one attributed method produced: a spec to emit, or the diagnostics that explain why not.</summary>
    internal sealed record ParseResult(KernelSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics);
}
