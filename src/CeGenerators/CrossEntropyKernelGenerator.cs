using System.Collections.Immutable;
using CeGenerators.Emit;
using CeGenerators.Model;
using CeGenerators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace CeGenerators
{
    /// <summary>
    /// Writes the bodies of partial methods marked <c>[CrossEntropyKernel]</c>. Pipeline:
    /// attribute lookup (ForAttributeWithMetadataName) -> <see cref="KernelParser"/> (symbols in, equatable model out)
    /// -> <see cref="KernelFileEmitter"/> (model in, text out).
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class CrossEntropyKernelGenerator : IIncrementalGenerator
    {
        internal const string CrossEntropyAttribute = "CeGenerators.CrossEntropyKernelAttribute";
        internal const string BinaryCrossEntropyAttribute = "CeGenerators.BinaryCrossEntropyKernelAttribute";
        internal const string EntropyAttribute = "CeGenerators.EntropyKernelAttribute";

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            // Stage 1: one ParseResult per attributed method. The transform runs again only for syntax trees that changed
            // (or when the compilation's references change); its output is plain equatable data, so an edit that does not
            // change a method's facts compares equal and everything downstream is Cached.
            IncrementalValuesProvider<ParseResult> crossEntropy = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    CrossEntropyAttribute,
                    static (node, _) => node is MethodDeclarationSyntax,
                    static (ctx, ct) => KernelParser.ParseCrossEntropy(ctx, ct))
                .WithTrackingName(StepNames.CrossEntropyKernels);

            // Kernel kinds whose attributes ship before their kernels: a clear diagnostic, never silence.
            IncrementalValuesProvider<ParseResult> binary = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    BinaryCrossEntropyAttribute,
                    static (node, _) => node is MethodDeclarationSyntax,
                    static (ctx, _) => KernelParser.ParseNotYetSupported(ctx, "BinaryCrossEntropyKernel"))
                .WithTrackingName(StepNames.BinaryCrossEntropyKernels);

            IncrementalValuesProvider<ParseResult> entropy = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    EntropyAttribute,
                    static (node, _) => node is MethodDeclarationSyntax,
                    static (ctx, _) => KernelParser.ParseNotYetSupported(ctx, "EntropyKernel"))
                .WithTrackingName(StepNames.EntropyKernels);

            // Diagnostics are reported per method, from data; they do not feed the source output.
            context.RegisterSourceOutput(crossEntropy, static (spc, result) => Report(spc, result));
            context.RegisterSourceOutput(binary, static (spc, result) => Report(spc, result));
            context.RegisterSourceOutput(entropy, static (spc, result) => Report(spc, result));

            // Stage 2: the valid specs, collected; the file is rewritten only when some spec changed.
            IncrementalValueProvider<ImmutableArray<KernelSpec>> specs = crossEntropy
                .Where(static r => r.Spec is not null)
                .Select(static (r, _) => r.Spec!)
                .WithTrackingName(StepNames.Specs)
                .Collect()
                .WithTrackingName(StepNames.CollectedSpecs);

            context.RegisterSourceOutput(specs, static (spc, all) =>
            {
                if (all.IsEmpty)
                {
                    return;
                }

                string text = KernelFileEmitter.Emit(all, spc.CancellationToken);
                spc.AddSource(KernelFileEmitter.HintName, SourceText.From(text, System.Text.Encoding.UTF8));
            });
        }

        private static void Report(SourceProductionContext context, ParseResult result)
        {
            foreach (DiagnosticInfo info in result.Diagnostics)
            {
                context.ReportDiagnostic(info.ToDiagnostic());
            }
        }
    }
}
