using System.Threading;
using CeGenerators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CeGenerators.CodeFixes
{
    /// <summary>
    /// CEG1001 on a log's argument: clamp it from below with an epsilon, in the call's own family, so the output is
    /// unchanged wherever the argument was already at least eps.
    /// <list type="bullet">
    /// <item><c>Math.Log(p)</c> -> <c>Math.Log(Math.Max(p, 1e-15))</c>; <c>MathF</c>, <c>double.</c>, <c>float.</c> and
    /// <c>using static</c> calls alike.</item>
    /// <item><c>T.Log(p)</c> -> <c>T.Log(T.Max(p, T.CreateTruncating(1e-15)))</c>.</item>
    /// <item><c>Vector128.Log(v)</c> -> <c>Vector128.Log(Vector128.Max(v, Vector128.Create(1e-7f)))</c>, the epsilon in the
    /// vector's element type (Vector64/256/512 and Vector alike).</item>
    /// <item><c>Log(1 - p)</c> (FixKind "complement") on float or double: p is clamped to [eps, 1 - eps] instead. A vector's
    /// or a T's complement is clamped whole (<c>Max(T.One - p, ...)</c>): the same wherever 1 - p >= eps, and free of the
    /// question whether 1 - eps rounds to 1 in T.</item>
    /// </list>
    /// A generic T takes the double epsilon (it is positive and normal in float as well). The replacement is bound
    /// speculatively first: a fix that would not compile (T without INumber, say) is not offered.
    /// </summary>
    internal static class LogClampFix
    {
        public static ExpressionSyntax? Replacement(ExpressionSyntax argument, bool complement, SemanticModel model, Document document, CancellationToken cancellationToken)
        {
            if (argument.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax log } }
                || model.GetSymbolInfo(log, cancellationToken).Symbol is not IMethodSymbol method)
            {
                return null;
            }

            ExpressionSyntax target = argument;
            ExpressionSyntax? one = null;
            bool scalar = model.GetTypeInfo(argument, cancellationToken).ConvertedType?.SpecialType is SpecialType.System_Single or SpecialType.System_Double;
            if (complement && scalar && FixSyntax.Unparenthesized(argument) is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.SubtractExpression } subtraction
                && IsOne(subtraction.Left, model, cancellationToken))
            {
                target = subtraction.Right;
                one = subtraction.Left;
            }

            ITypeSymbol? type = model.GetTypeInfo(argument, cancellationToken).ConvertedType;
            string? text = Clamp(FixSyntax.Qualifier(log), method, type, target.WithoutTrivia().ToString(), one is not null, document, argument.SyntaxTree);
            if (text is null)
            {
                return null;
            }

            ExpressionSyntax clamped = SyntaxFactory.ParseExpression(text);
            ExpressionSyntax replacement = one is not null ? ((BinaryExpressionSyntax)FixSyntax.Unparenthesized(argument)).WithRight(clamped) : clamped;
            if (one is not null && !ReferenceEquals(FixSyntax.Unparenthesized(argument), argument))
            {
                replacement = SyntaxFactory.ParenthesizedExpression(replacement);
            }

            ITypeSymbol? bound = model.GetSpeculativeTypeInfo(argument.SpanStart, replacement, SpeculativeBindingOption.BindAsExpression).Type;
            return bound is null or IErrorTypeSymbol ? null : replacement;
        }

        /// <summary>1, 1.0, 1f, T.One, Vector128&lt;float&gt;.One: only then is a - p the complement of a probability.</summary>
        private static bool IsOne(ExpressionSyntax left, SemanticModel model, CancellationToken cancellationToken) =>
            model.GetConstantValue(left, cancellationToken) is { HasValue: true, Value: { } value } && value is int or long or float or double && System.Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture) == 1
                || FixSyntax.Unparenthesized(left) is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "One" };

        private static string? Clamp(string? qualifier, IMethodSymbol log, ITypeSymbol? type, string p, bool complement, Document document, SyntaxTree tree)
        {
            if (type is ITypeParameterSymbol)
            {
                string t = qualifier ?? type.Name;
                return $"{t}.Max({p}, {t}.CreateTruncating({FixEpsilon.Literal(document, tree, ElementType.Double)}))";
            }

            if (type?.SpecialType is SpecialType.System_Single or SpecialType.System_Double)
            {
                ElementType element = type.SpecialType == SpecialType.System_Single ? ElementType.Single : ElementType.Double;
                string eps = FixEpsilon.Literal(document, tree, element);
                if (complement)
                {
                    string clamp = qualifier is "double" or "float" or "Double" or "Single" ? qualifier + ".Clamp" : "Math.Clamp";
                    string oneLiteral = element == ElementType.Single ? "1f" : "1";
                    return $"{clamp}({p}, {eps}, {oneLiteral} - {eps})";
                }

                return $"{FixSyntax.Member(qualifier, "Max")}({p}, {eps})";
            }

            if (qualifier is not null && log.ContainingType.Name is "Vector64" or "Vector128" or "Vector256" or "Vector512" or "Vector"
                && type is INamedTypeSymbol { TypeArguments.Length: 1 } vector
                && vector.TypeArguments[0].SpecialType is SpecialType.System_Single or SpecialType.System_Double)
            {
                ElementType element = vector.TypeArguments[0].SpecialType == SpecialType.System_Single ? ElementType.Single : ElementType.Double;
                string eps = FixEpsilon.Literal(document, tree, element);
                return $"{qualifier}.Max({p}, {qualifier}.Create({eps}))";
            }

            return null;
        }
    }
}
