using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
    /// document, project and solution scope (one pass over each document's tree). The
    /// epsilons come from .editorconfig when set, else the generator's defaults (<see cref="FixEpsilon"/>).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NumericStabilityCodeFixProvider)), Shared]
    public sealed class NumericStabilityCodeFixProvider : CodeFixProvider
    {
        public const string FloatEpsilonKey = FixEpsilon.FloatKey;
        public const string DoubleEpsilonKey = FixEpsilon.DoubleKey;

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(DiagnosticIds.UnstableLog, DiagnosticIds.EpsilonTooSmall, DiagnosticIds.OverflowingExp);

        /// <summary>
        /// Fix All rewrites each document in one pass over its tree (the nodes tracked, each fix applied to its node's
        /// current version), so fixes on neighbouring lines all apply; the batch fixer merges text diffs and drops changes
        /// that touch, which left most of an array initializer of logs unfixed under `dotnet format`.
        /// </summary>
        public override FixAllProvider GetFixAllProvider() =>
            FixAllProvider.Create(async (context, document, diagnostics) => await FixDocumentAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

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
                if (Plan(root, diagnostic, model, context.Document, context.CancellationToken) is not { } plan
                    || plan.Apply(root, plan.Node) is not { } fixedRoot)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(plan.Title, _ => Task.FromResult(context.Document.WithSyntaxRoot(fixedRoot)), equivalenceKey: diagnostic.Id),
                    diagnostic);
            }
        }

        private static async Task<Document?> FixDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return document;
            }

            var plans = new List<FixPlan>();
            foreach (Diagnostic diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
            {
                if (Plan(root, diagnostic, model, document, cancellationToken) is { } plan)
                {
                    plans.Add(plan);
                }
            }

            SyntaxNode fixedRoot = root.TrackNodes(plans.Select(p => p.Node));
            foreach (FixPlan plan in plans)
            {
                // A node inside one an earlier fix replaced (a log inside a rewritten softplus) is gone: skip it.
                if (fixedRoot.GetCurrentNode(plan.Node) is { } current && plan.Apply(fixedRoot, current) is { } next)
                {
                    fixedRoot = next;
                }
            }

            return document.WithSyntaxRoot(fixedRoot);
        }

        /// <summary>What one diagnostic's fix does: worked out on the original tree and its semantic model, applied to any version of the tree that still holds the node.</summary>
        private sealed class FixPlan
        {
            public FixPlan(ExpressionSyntax node, string title, Func<SyntaxNode, SyntaxNode, SyntaxNode?> apply)
            {
                Node = node;
                Title = title;
                Apply = apply;
            }

            public ExpressionSyntax Node { get; }

            public string Title { get; }

            /// <summary>(root, the node in that root) -> the new root, or null.</summary>
            public Func<SyntaxNode, SyntaxNode, SyntaxNode?> Apply { get; }
        }

        private static FixPlan? Plan(SyntaxNode root, Diagnostic diagnostic, SemanticModel model, Document document, CancellationToken cancellationToken)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax node)
            {
                return null;
            }

            switch (diagnostic.Id)
            {
                case DiagnosticIds.UnstableLog:
                    if (node.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax log } }
                        && model.GetSymbolInfo(log, cancellationToken).Symbol is IMethodSymbol { ContainingType.Name: "TensorPrimitives" } tensorLog)
                    {
                        return new FixPlan(node, "Clamp into the destination, then take the log in place", (r, current) =>
                            current.Parent?.Parent?.Parent is InvocationExpressionSyntax call ? TensorLogFix.Apply(r, call, tensorLog, document) : null);
                    }

                    bool complement = diagnostic.Properties.TryGetValue(DiagnosticIds.FixKind, out string? kind) && kind == "complement";
                    return Replace(node, "Clamp the argument with an epsilon", LogClampFix.Replacement(node, complement, model, document, cancellationToken));
                case DiagnosticIds.EpsilonTooSmall:
                    return Replace(node, "Use the smallest safe epsilon", ReplaceEpsilon(node, diagnostic));
                case DiagnosticIds.OverflowingExp when node is BinaryExpressionSyntax:
                    return Replace(node, "Use the stable sigmoid 1 / (1 + exp(-x))", StableExpFix.Sigmoid(node));
                case DiagnosticIds.OverflowingExp:
                    return Replace(node, "Use the stable softplus", StableExpFix.Softplus(node, model));
                default:
                    return null;
            }
        }

        private static FixPlan? Replace(ExpressionSyntax node, string title, ExpressionSyntax? replacement) =>
            replacement is null ? null : new FixPlan(node, title, (r, current) => r.ReplaceNode(current, replacement.WithTriviaFrom(current)));

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
