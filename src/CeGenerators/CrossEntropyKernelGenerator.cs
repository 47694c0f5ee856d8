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
        internal const string KlDivergenceAttribute = "CeGenerators.KlDivergenceKernelAttribute";

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            // Stage 1: one ParseResult per attributed method. The transform runs again only for syntax trees that changed
            // (or when the compilation's references change); its output is plain equatable data, so an edit that does not
            // change a method's facts compares equal and everything downstream is Cached.
            IncrementalValuesProvider<ParseResult> crossEntropy = Kernels(context, CrossEntropyAttribute, KernelKind.CrossEntropy, StepNames.CrossEntropyKernels);
            IncrementalValuesProvider<ParseResult> binary = Kernels(context, BinaryCrossEntropyAttribute, KernelKind.BinaryCrossEntropy, StepNames.BinaryCrossEntropyKernels);
            IncrementalValuesProvider<ParseResult> entropy = Kernels(context, EntropyAttribute, KernelKind.Entropy, StepNames.EntropyKernels);
            IncrementalValuesProvider<ParseResult> divergence = Kernels(context, KlDivergenceAttribute, KernelKind.KlDivergence, StepNames.KlDivergenceKernels);

            // Diagnostics are reported per method, from data; they do not feed the source output.
            context.RegisterSourceOutput(crossEntropy, static (spc, result) => Report(spc, result));
            context.RegisterSourceOutput(binary, static (spc, result) => Report(spc, result));
            context.RegisterSourceOutput(entropy, static (spc, result) => Report(spc, result));
            context.RegisterSourceOutput(divergence, static (spc, result) => Report(spc, result));

            // Stage 2: the valid specs of every kind, collected; the file is rewritten only when some spec changed.
            IncrementalValueProvider<ImmutableArray<KernelSpec>> specs = Specs(crossEntropy)
                .Combine(Specs(binary))
                .Combine(Specs(entropy).Combine(Specs(divergence)))
                .Select(static (all, _) => all.Left.Left.AddRange(all.Left.Right).AddRange(all.Right.Left).AddRange(all.Right.Right))
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

        /// <summary>
        /// Stage 1: one ParseResult per method carrying the attribute. The transform runs again only for syntax trees that
        /// changed (or when references change); its output is plain equatable data, so an edit that does not change a
        /// method's facts compares equal and everything downstream is Cached.
        /// </summary>
        private static IncrementalValuesProvider<ParseResult> Kernels(IncrementalGeneratorInitializationContext context, string attribute, KernelKind kind, string stepName) =>
            context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    attribute,
                    static (node, _) => node is MethodDeclarationSyntax,
                    (ctx, ct) => KernelParser.ParseKernel(ctx, kind, ct))
                .WithTrackingName(stepName);

        private static IncrementalValueProvider<ImmutableArray<KernelSpec>> Specs(IncrementalValuesProvider<ParseResult> results) =>
            results
                .Where(static r => r.Spec is not null)
                .Select(static (r, _) => r.Spec!)
                .WithTrackingName(StepNames.Specs)
                .Collect();

        private static void Report(SourceProductionContext context, ParseResult result)
        {
            foreach (DiagnosticInfo info in result.Diagnostics)
            {
                context.ReportDiagnostic(info.ToDiagnostic());
            }
        }
    }
}
