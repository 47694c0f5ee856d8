using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CeGenerators.CodeFixes
{
    /// <summary>Small syntax helpers the fixes share: qualifiers, negation, and parentheses where precedence needs them.</summary>
    internal static class FixSyntax
    {
        public static ExpressionSyntax Unparenthesized(ExpressionSyntax expression) =>
            expression is ParenthesizedExpressionSyntax parenthesized ? Unparenthesized(parenthesized.Expression) : expression;

        /// <summary>The type a call is qualified with, as written (<c>Math</c>, <c>MathF</c>, <c>T</c>, <c>Vector128</c>), or null for a call through <c>using static</c>.</summary>
        public static string? Qualifier(InvocationExpressionSyntax call) =>
            call.Expression is MemberAccessExpressionSyntax access ? access.Expression.WithoutTrivia().ToString() : null;

        /// <summary>"Q.Name", or "Name" for an unqualified call.</summary>
        public static string Member(string? qualifier, string name) => qualifier is null ? name : qualifier + "." + name;

        /// <summary>The text of -x, with parentheses when x is not a primary expression; -(-x) becomes x (exact in IEEE arithmetic).</summary>
        public static string Negate(ExpressionSyntax expression)
        {
            ExpressionSyntax x = expression.WithoutTrivia();
            if (x is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression } minus)
            {
                return IsPrimary(minus.Operand) ? minus.Operand.WithoutTrivia().ToString() : "(" + minus.Operand.WithoutTrivia() + ")";
            }

            return IsPrimary(x) ? "-" + x : "-(" + x + ")";
        }

        private static bool IsPrimary(ExpressionSyntax x) =>
            x is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax
                or ParenthesizedExpressionSyntax or LiteralExpressionSyntax or GenericNameSyntax;

        /// <summary>
        /// The replacement, parenthesized when it is a sum that takes the place of an operand that binds tighter
        /// (<c>-Math.Log(1 + Math.Exp(x))</c>, <c>a * Math.Log(...)</c>).
        /// </summary>
        public static ExpressionSyntax ParenthesizeSumIfNeeded(ExpressionSyntax original, ExpressionSyntax sum)
        {
            bool safe = original.Parent switch
            {
                ArgumentSyntax or EqualsValueClauseSyntax or ArrowExpressionClauseSyntax or ReturnStatementSyntax or ParenthesizedExpressionSyntax
                    or ExpressionStatementSyntax or InitializerExpressionSyntax or ConditionalExpressionSyntax => true,
                AssignmentExpressionSyntax assignment => assignment.Right == original,
                BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } add => add.Left == original,
                BinaryExpressionSyntax { RawKind: (int)SyntaxKind.SubtractExpression } subtract => subtract.Left == original,
                _ => false,
            };
            return safe ? sum : SyntaxFactory.ParenthesizedExpression(sum);
        }
    }
}
