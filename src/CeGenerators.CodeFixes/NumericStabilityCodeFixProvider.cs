using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CeGenerators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CeGenerators.CodeFixes
{
    /// <summary>
    /// Fixes CEG1001 (clamp the log's argument with an epsilon of its type; for 1 - p, clamp p), CEG1002 (write the
    /// smallest safe epsilon) and CEG1003 (rewrite log(1 + exp(x)) as the stable softplus). Fix All works in document,
    /// project and solution scope. The epsilons come from .editorconfig when set:
    /// <c>cegenerators_log_epsilon_float</c> (default 1e-7) and <c>cegenerators_log_epsilon_double</c> (default 1e-15).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NumericStabilityCodeFixProvider)), Shared]
    public sealed class NumericStabilityCodeFixProvider : CodeFixProvider
    {
        public const string FloatEpsilonKey = "cegenerators_log_epsilon_float";
        public const string DoubleEpsilonKey = "cegenerators_log_epsilon_double";

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

                ExpressionSyntax? replacement = diagnostic.Id switch
                {
                    DiagnosticIds.UnstableLog => ClampArgument(node, diagnostic, model, context.Document, context.CancellationToken),
                    DiagnosticIds.EpsilonTooSmall => ReplaceEpsilon(node, diagnostic),
                    DiagnosticIds.OverflowingExp => StableSoftplus(node, model, context.CancellationToken),
                    _ => null,
                };
                if (replacement is null)
                {
                    continue;
                }

                string title = diagnostic.Id switch
                {
                    DiagnosticIds.UnstableLog => "Clamp the argument with an epsilon",
                    DiagnosticIds.EpsilonTooSmall => "Use the smallest safe epsilon",
                    _ => "Use the stable softplus",
                };
                context.RegisterCodeFix(
                    CodeAction.Create(
                        title,
                        ct => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(node, replacement.WithTriviaFrom(node)))),
                        equivalenceKey: diagnostic.Id),
                    diagnostic);
            }
        }

        private static ExpressionSyntax? ClampArgument(ExpressionSyntax argument, Diagnostic diagnostic, SemanticModel model, Document document, CancellationToken cancellationToken)
        {
            ITypeSymbol? type = model.GetTypeInfo(argument, cancellationToken).ConvertedType;
            bool single = type?.SpecialType == SpecialType.System_Single;
            if (type?.SpecialType is not (SpecialType.System_Single or SpecialType.System_Double))
            {
                return null; // vectors and generic T: no one-size clamp to offer
            }

            string epsilon = Epsilon(document, argument.SyntaxTree, single);
            string max = single ? "MathF.Max" : "Math.Max";
            if (diagnostic.Properties.TryGetValue(DiagnosticIds.FixKind, out string? kind) && kind == "complement"
                && Unparenthesized(argument) is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.SubtractExpression } complement)
            {
                string one = single ? "1f" : "1";
                ExpressionSyntax clamped = SyntaxFactory.ParseExpression($"Math.Clamp({complement.Right.WithoutTrivia()}, {epsilon}, {one} - {epsilon})");
                return complement.WithRight(clamped);
            }

            return SyntaxFactory.ParseExpression($"{max}({argument.WithoutTrivia()}, {epsilon})");
        }

        private static ExpressionSyntax? ReplaceEpsilon(ExpressionSyntax node, Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticIds.Replacement, out string? replacement) || replacement is null)
            {
                return null;
            }

            ExpressionSyntax epsilon = SyntaxFactory.ParseExpression(replacement);
            return node is BinaryExpressionSyntax subtraction ? subtraction.WithRight(epsilon.WithTriviaFrom(subtraction.Right)) : epsilon;
        }

        /// <summary>Log(1 + Exp(x)) becomes Max(x, 0) + Log(1 + Exp(-Abs(x))), in the call's own class (Math or MathF).</summary>
        private static ExpressionSyntax? StableSoftplus(ExpressionSyntax node, SemanticModel model, CancellationToken cancellationToken)
        {
            if (node is not InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 } log
                || Unparenthesized(log.ArgumentList.Arguments[0].Expression) is not BinaryExpressionSyntax sum)
            {
                return null;
            }

            InvocationExpressionSyntax? exp = (Unparenthesized(sum.Right) as InvocationExpressionSyntax) ?? (Unparenthesized(sum.Left) as InvocationExpressionSyntax);
            if (exp is not { ArgumentList.Arguments.Count: 1 } || log.Expression is not MemberAccessExpressionSyntax access)
            {
                return null;
            }

            string math = access.Expression.ToString();
            string x = exp.ArgumentList.Arguments[0].Expression.WithoutTrivia().ToString();
            bool single = model.GetTypeInfo(log, cancellationToken).Type?.SpecialType == SpecialType.System_Single;
            string zero = single ? "0f" : "0";
            return SyntaxFactory.ParseExpression($"{math}.Max({x}, {zero}) + {math}.Log(1 + {math}.Exp(-{math}.Abs({x})))");
        }

        private static ExpressionSyntax Unparenthesized(ExpressionSyntax expression) =>
            expression is ParenthesizedExpressionSyntax parenthesized ? Unparenthesized(parenthesized.Expression) : expression;

        private static string Epsilon(Document document, SyntaxTree tree, bool single)
        {
            AnalyzerConfigOptions options = document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree);
            if (options.TryGetValue(single ? FloatEpsilonKey : DoubleEpsilonKey, out string? configured)
                && double.TryParse(configured.TrimEnd('f', 'F', 'd', 'D'), NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
                && value > 0 && value < 0.5)
            {
                return single
                    ? ((float)value).ToString("R", CultureInfo.InvariantCulture) + "f"
                    : value.ToString("R", CultureInfo.InvariantCulture);
            }

            return single ? "1e-7f" : "1e-15";
        }
    }
}
