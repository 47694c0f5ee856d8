using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using CeGenerators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CeGenerators.CodeFixes
{
    /// <summary>
    /// Fixes CEG1001 (<see cref="LogClampFix"/>, and <see cref="TensorLogFix"/> for TensorPrimitives spans), CEG1002 (write
    /// the smallest safe epsilon) and CEG1003 (<see cref="StableExpFix"/>: the stable softplus and sigmoid). Fix All works in
    /// document, project and solution scope (the batch fixer: the edits of different diagnostics never overlap). The
    /// epsilons come from .editorconfig when set, else the generator's defaults (<see cref="FixEpsilon"/>).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NumericStabilityCodeFixProvider)), Shared]
    public sealed class NumericStabilityCodeFixProvider : CodeFixProvider
    {
        public const string FloatEpsilonKey = FixEpsilon.FloatKey;
        public const string DoubleEpsilonKey = FixEpsilon.DoubleKey;

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(DiagnosticIds.UnstableLog, DiagnosticIds.EpsilonTooSmall, DiagnosticIds.OverflowingExp);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax node)
                {
                    continue;
                }

                (SyntaxNode? fixedRoot, string title) = Fix(root, node, diagnostic, model, context.Document, context.CancellationToken);
                if (fixedRoot is null)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(title, _ => Task.FromResult(context.Document.WithSyntaxRoot(fixedRoot)), equivalenceKey: diagnostic.Id),
                    diagnostic);
            }
        }

        private static (SyntaxNode? Root, string Title) Fix(SyntaxNode root, ExpressionSyntax node, Diagnostic diagnostic, SemanticModel model, Document document, CancellationToken cancellationToken)
        {
            switch (diagnostic.Id)
            {
                case DiagnosticIds.UnstableLog:
                    if (node.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax log } }
                        && model.GetSymbolInfo(log, cancellationToken).Symbol is IMethodSymbol { ContainingType.Name: "TensorPrimitives" } tensorLog)
                    {
                        return (TensorLogFix.Apply(root, log, tensorLog, document), "Clamp into the destination, then take the log in place");
                    }

                    bool complement = diagnostic.Properties.TryGetValue(DiagnosticIds.FixKind, out string? kind) && kind == "complement";
                    return (Replace(root, node, LogClampFix.Replacement(node, complement, model, document, cancellationToken)), "Clamp the argument with an epsilon");
                case DiagnosticIds.EpsilonTooSmall:
                    return (Replace(root, node, ReplaceEpsilon(node, diagnostic)), "Use the smallest safe epsilon");
                case DiagnosticIds.OverflowingExp when node is BinaryExpressionSyntax:
                    return (Replace(root, node, StableExpFix.Sigmoid(node)), "Use the stable sigmoid 1 / (1 + exp(-x))");
                case DiagnosticIds.OverflowingExp:
                    return (Replace(root, node, StableExpFix.Softplus(node, model)), "Use the stable softplus");
                default:
                    return (null, string.Empty);
            }
        }

        private static SyntaxNode? Replace(SyntaxNode root, ExpressionSyntax node, ExpressionSyntax? replacement) =>
            replacement is null ? null : root.ReplaceNode(node, replacement.WithTriviaFrom(node));

        private static ExpressionSyntax? ReplaceEpsilon(ExpressionSyntax node, Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticIds.Replacement, out string? replacement) || replacement is null)
            {
                return null;
            }

            ExpressionSyntax epsilon = SyntaxFactory.ParseExpression(replacement);
            return node is BinaryExpressionSyntax subtraction ? subtraction.WithRight(epsilon.WithTriviaFrom(subtraction.Right)) : epsilon;
        }
    }
}
