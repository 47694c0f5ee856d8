using System.Linq;
using CeGenerators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace CeGenerators.CodeFixes
{
    /// <summary>
    /// CEG1001 on <c>TensorPrimitives.Log(x, destination)</c> (and Log2, Log10): clamp into the destination, then take the
    /// log in place, which TensorPrimitives allows for element-wise operations:
    /// <c>TensorPrimitives.Max(x, 1e-7f, destination); TensorPrimitives.Log(destination, destination);</c>.
    /// The statement becomes two; a call that is an expression body (a void method, local function or lambda) gets a
    /// block body, and an embedded statement (an if's body) gets a block. Where the call is not a statement (its result
    /// is not used, so it always is one), nothing is offered.
    /// </summary>
    internal static class TensorLogFix
    {
        public static SyntaxNode? Apply(SyntaxNode root, InvocationExpressionSyntax log, IMethodSymbol method, Document document)
        {
            if (log.ArgumentList.Arguments.Count != 2 || method.Parameters.Length != 2
                || method.Parameters[0].Type is not INamedTypeSymbol { TypeArguments.Length: 1 } span
                || span.TypeArguments[0].SpecialType is not (SpecialType.System_Single or SpecialType.System_Double))
            {
                return null;
            }

            ElementType element = span.TypeArguments[0].SpecialType == SpecialType.System_Single ? ElementType.Single : ElementType.Double;
            string tensor = FixSyntax.Qualifier(log) ?? "TensorPrimitives";
            string x = log.ArgumentList.Arguments[0].Expression.WithoutTrivia().ToString();
            string destination = log.ArgumentList.Arguments[1].Expression.WithoutTrivia().ToString();
            StatementSyntax clamp = SyntaxFactory.ParseStatement($"{tensor}.Max({x}, {FixEpsilon.Literal(document, log.SyntaxTree, element)}, {destination});");
            StatementSyntax inPlace = SyntaxFactory.ParseStatement($"{tensor}.{method.Name}({destination}, {destination});");

            switch (log.Parent)
            {
                case ExpressionStatementSyntax statement when statement.Parent is BlockSyntax or SwitchSectionSyntax:
                    SyntaxTriviaList indentation = Indentation(statement.GetLeadingTrivia());
                    SyntaxTrivia lineBreak = statement.GetTrailingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
                    return root.ReplaceNode(statement, new SyntaxNode[]
                    {
                        clamp.WithLeadingTrivia(statement.GetLeadingTrivia()).WithTrailingTrivia(lineBreak == default ? SyntaxFactory.ElasticLineFeed : lineBreak),
                        inPlace.WithLeadingTrivia(indentation).WithTrailingTrivia(statement.GetTrailingTrivia()),
                    });
                case ExpressionStatementSyntax statement:
                    return root.ReplaceNode(statement, Block(clamp, inPlace).WithTriviaFrom(statement));
                case ArrowExpressionClauseSyntax { Parent: MethodDeclarationSyntax member }:
                    return root.ReplaceNode(member, member.WithExpressionBody(null).WithSemicolonToken(default).WithBody(Block(clamp, inPlace)).WithAdditionalAnnotations(Formatter.Annotation));
                case ArrowExpressionClauseSyntax { Parent: LocalFunctionStatementSyntax function }:
                    return root.ReplaceNode(function, function.WithExpressionBody(null).WithSemicolonToken(default).WithBody(Block(clamp, inPlace)).WithAdditionalAnnotations(Formatter.Annotation));
                case LambdaExpressionSyntax lambda when lambda.ExpressionBody == log:
                    return root.ReplaceNode(lambda, lambda.WithExpressionBody(null).WithBlock(Block(clamp, inPlace)).WithAdditionalAnnotations(Formatter.Annotation));
                default:
                    return null;
            }
        }

        private static BlockSyntax Block(StatementSyntax first, StatementSyntax second) =>
            SyntaxFactory.Block(first, second).WithAdditionalAnnotations(Formatter.Annotation);

        /// <summary>The whitespace that indents the statement's line (the leading trivia after its last line break).</summary>
        private static SyntaxTriviaList Indentation(SyntaxTriviaList leading)
        {
            SyntaxTrivia last = leading.LastOrDefault();
            return last.IsKind(SyntaxKind.WhitespaceTrivia) ? SyntaxFactory.TriviaList(last) : SyntaxFactory.TriviaList();
        }
    }
}
