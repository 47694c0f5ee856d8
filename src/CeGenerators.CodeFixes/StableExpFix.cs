using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CeGenerators.CodeFixes
{
    /// <summary>
    /// CEG1003's two rewrites, written in the family of the original calls (Math, MathF, double., <c>using static</c>,
    /// generic T), equal to the original wherever it did not overflow:
    /// <list type="bullet">
    /// <item>softplus: <c>Log(1 + Exp(x))</c>, <c>Log(Exp(x) + 1)</c>, <c>LogP1(Exp(x))</c> ->
    /// <c>Max(x, 0) + Log(1 + Exp(-Abs(x)))</c>;</item>
    /// <item>sigmoid: <c>Exp(x) / (1 + Exp(x))</c> -> <c>1 / (1 + Exp(-x))</c>, and <c>e / (1 + e)</c> for a local
    /// <c>e = Exp(x)</c> -> <c>1 / (1 + 1 / e)</c> (1 when e is inf, 0 when e is 0).</item>
    /// </list>
    /// A softmax or log-sum-exp without max subtraction has no automatic fix: subtracting the max changes the value of the
    /// sum, so every later use of it (the log, each division, a returned total) would have to be rewritten to match, and
    /// the loops that fill it restructured to find the max first; that is a refactoring, not a local rewrite.
    /// </summary>
    internal static class StableExpFix
    {
        public static ExpressionSyntax? Softplus(ExpressionSyntax node, SemanticModel model)
        {
            if (node is not InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 } log
                || (log.Expression is MemberAccessExpressionSyntax access ? access.Name : log.Expression as SimpleNameSyntax) is not { } name
                || name.Identifier.ValueText is not ("Log" or "LogP1"))
            {
                return null; // an exp summed or normalized (a softmax): no automatic fix
            }

            string logName = name.Identifier.ValueText;

            ExpressionSyntax argument = FixSyntax.Unparenthesized(log.ArgumentList.Arguments[0].Expression);
            string? one = null;
            InvocationExpressionSyntax? exp;
            if (logName == "Log" && argument is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } sum)
            {
                bool expOnTheRight = AsExp(sum.Right) is not null;
                exp = AsExp(expOnTheRight ? sum.Right : sum.Left);
                one = (expOnTheRight ? sum.Left : sum.Right).WithoutTrivia().ToString();
            }
            else
            {
                exp = logName == "LogP1" ? AsExp(argument) : null;
            }

            if (exp is null)
            {
                return null;
            }

            string? logType = FixSyntax.Qualifier(log), expType = FixSyntax.Qualifier(exp);
            ExpressionSyntax x = exp.ArgumentList.Arguments[0].Expression;
            ITypeSymbol? type = model.GetTypeInfo(log).Type;
            string zero = type switch
            {
                ITypeParameterSymbol => FixSyntax.Member(logType, "Zero"),
                { SpecialType: SpecialType.System_Single } => "0f",
                _ => "0",
            };
            string tail = one is null
                ? $"{FixSyntax.Member(logType, logName)}({FixSyntax.Member(expType, "Exp")}(-{FixSyntax.Member(expType, "Abs")}({x.WithoutTrivia()})))"
                : $"{FixSyntax.Member(logType, logName)}({one} + {FixSyntax.Member(expType, "Exp")}(-{FixSyntax.Member(expType, "Abs")}({x.WithoutTrivia()})))";
            ExpressionSyntax stable = SyntaxFactory.ParseExpression($"{FixSyntax.Member(logType, "Max")}({x.WithoutTrivia()}, {zero}) + {tail}");
            return FixSyntax.ParenthesizeSumIfNeeded(node, stable);
        }

        public static ExpressionSyntax? Sigmoid(ExpressionSyntax node)
        {
            if (node is not BinaryExpressionSyntax { RawKind: (int)SyntaxKind.DivideExpression } division
                || FixSyntax.Unparenthesized(division.Right) is not BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } sum)
            {
                return null;
            }

            ExpressionSyntax numerator = FixSyntax.Unparenthesized(division.Left).WithoutTrivia();
            bool expOnTheRight = numerator is IdentifierNameSyntax
                ? sum.Right.WithoutTrivia().IsEquivalentTo(numerator, topLevel: false)
                : AsExp(sum.Right) is not null;
            string one = (expOnTheRight ? sum.Left : sum.Right).WithoutTrivia().ToString();
            string text = numerator switch
            {
                InvocationExpressionSyntax exp when AsExp(exp) is not null =>
                    $"{one} / ({one} + {FixSyntax.Member(FixSyntax.Qualifier(exp), "Exp")}({FixSyntax.Negate(exp.ArgumentList.Arguments[0].Expression)}))",
                IdentifierNameSyntax e => $"{one} / ({one} + {one} / {e})",
                _ => string.Empty,
            };
            return text.Length == 0 ? null : SyntaxFactory.ParseExpression(text);
        }

        private static InvocationExpressionSyntax? AsExp(ExpressionSyntax expression) =>
            FixSyntax.Unparenthesized(expression) is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 } call
            && (call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Exp" } || call.Expression is IdentifierNameSyntax { Identifier.ValueText: "Exp" })
                ? call
                : null;
    }
}
