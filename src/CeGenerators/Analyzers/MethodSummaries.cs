using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CeGenerators.Analyzers
{
    /// <summary>
    /// Cheap, bounded summaries of the compilation's own methods, one per compilation: the sign every return has (a helper
    /// that clamps or returns an exp), what a ref parameter holds at the exit (a ref clamp), whether a bool parameter is
    /// asserted (the body throws when it is false), and the sign of a readonly field's initializer. A summary is computed
    /// on the method's own graph with <see cref="SignFlow"/>. Nesting is limited (which also ends recursion), and a summary
    /// is kept per method, argument pattern and nesting level, so each is computed once and every answer is the same
    /// whatever order the methods are analysed in.
    /// </summary>
    internal sealed class MethodSummaries
    {
        private const int MaxNesting = 3;
        private readonly Compilation _compilation;
        private readonly ConcurrentDictionary<(ISymbol Symbol, string Arguments, int Depth), Summary> _summaries = new(new KeyComparer());
        private readonly ConcurrentDictionary<ISymbol, bool> _asserts = new(SymbolEqualityComparer.Default);

        public MethodSummaries(Compilation compilation) => _compilation = compilation;

        /// <summary>
        /// The facts every return of the method has, given what is known of each argument at the call (by parameter
        /// ordinal; null when nothing is): `ClampProb(p, 1e-10)` is positive when the helper returns eps for p &lt;= eps.
        /// </summary>
        public Sign Returned(IMethodSymbol method, SignRules rules, Sign[]? arguments = null) => Get(method, rules, arguments)?.Returned ?? Sign.None;

        public Sign RefParameter(IMethodSymbol method, IParameterSymbol parameter, SignRules rules, Sign[]? arguments = null) =>
            Get(method, rules, arguments) is { } summary && summary.RefParameters.TryGetValue(parameter.OriginalDefinition, out Sign s) ? s : Sign.None;

        public Sign Field(IFieldSymbol field, SignRules rules) => Get(field, rules, null)?.Returned ?? Sign.None;

        /// <summary>Whether the method's first statement is `if (!b) throw ...;` (or `if (b == false)`) for this parameter.</summary>
        public bool Asserts(IMethodSymbol method, IParameterSymbol parameter, System.Threading.CancellationToken cancellationToken)
        {
            IParameterSymbol original = parameter.OriginalDefinition;
            return _asserts.GetOrAdd(original, _ =>
            {
                if (method.OriginalDefinition.DeclaringSyntaxReferences is not { Length: 1 } references
                    || references[0].GetSyntax(cancellationToken) is not MethodDeclarationSyntax { Body.Statements: { Count: > 0 } statements }
                    || statements[0] is not IfStatementSyntax { Else: null } check)
                {
                    return false;
                }

                bool throws = check.Statement is ThrowStatementSyntax
                    || (check.Statement is BlockSyntax { Statements: { Count: > 0 } inner } && inner[inner.Count - 1] is ThrowStatementSyntax);
                string? negated = check.Condition switch
                {
                    PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression, Operand: IdentifierNameSyntax name } => name.Identifier.ValueText,
                    BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression, Left: IdentifierNameSyntax name, Right: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.FalseLiteralExpression } } => name.Identifier.ValueText,
                    _ => null,
                };
                return throws && negated == original.Name;
            });
        }

        private Summary? Get(ISymbol symbol, SignRules rules, Sign[]? arguments)
        {
            ISymbol original = symbol.OriginalDefinition;
            if (rules.SummaryDepth >= MaxNesting || original.DeclaringSyntaxReferences.Length != 1)
            {
                return null; // too deep (this also ends recursion): nothing is known
            }

            // A summary depends only on the method, what is known of its arguments and how much nesting is left, so it is
            // computed once per key and kept, whatever order the methods are analysed in; that bounds the work by
            // (methods x argument patterns x MaxNesting), with no re-computation in loops or recursion.
            string argumentKey = arguments is null || System.Array.TrueForAll(arguments, a => a == Sign.None) ? string.Empty : string.Join(",", arguments);
            var key = (original, argumentKey, rules.SummaryDepth);
            if (_summaries.TryGetValue(key, out Summary? known))
            {
                return known;
            }

            rules.SummaryDepth++;
            try
            {
                Summary summary = Compute(original, rules, argumentKey.Length == 0 ? null : arguments) ?? Summary.Unknown;
                return _summaries.GetOrAdd(key, summary);
            }
            finally
            {
                rules.SummaryDepth--;
            }
        }

        private Summary? Compute(ISymbol symbol, SignRules rules, Sign[]? arguments)
        {
            SyntaxNode syntax = symbol.DeclaringSyntaxReferences[0].GetSyntax(rules.CancellationToken);
            if (!_compilation.ContainsSyntaxTree(syntax.SyntaxTree))
            {
                return null;
            }

            if (symbol is IFieldSymbol field)
            {
                return ComputeField(field, syntax, rules) is { } value ? new Summary(value, new Dictionary<IParameterSymbol, Sign>(SymbolEqualityComparer.Default)) : null;
            }

            SemanticModel model = _compilation.GetSemanticModel(syntax.SyntaxTree);
            SyntaxNode body = syntax;
            if (body is BaseMethodDeclarationSyntax { Body: null, ExpressionBody: null })
            {
                return null; // abstract, extern, interface or partial definition: nothing to summarize
            }

            ControlFlowGraph? graph = model.GetOperation(body, rules.CancellationToken) is IMethodBodyOperation method && (method.BlockBody is not null || method.ExpressionBody is not null)
                ? ControlFlowGraph.Create(method, rules.CancellationToken)
                : null;
            if (graph is null)
            {
                return null;
            }

            var initial = new SignFlow.State();
            if (arguments is not null && symbol is IMethodSymbol called)
            {
                for (int i = 0; i < arguments.Length && i < called.Parameters.Length; i++)
                {
                    initial.Set(called.Parameters[i], arguments[i]);
                }
            }

            (Sign returned, Dictionary<IParameterSymbol, Sign> refs) = SignFlow.Summarize(graph, rules, initial);

            var byOriginal = new Dictionary<IParameterSymbol, Sign>(SymbolEqualityComparer.Default);
            foreach (KeyValuePair<IParameterSymbol, Sign> pair in refs)
            {
                byOriginal[pair.Key.OriginalDefinition] = pair.Value;
            }

            return new Summary(returned, byOriginal);
        }

        /// <summary>
        /// A readonly or private field: the join of its initializer and of every value its type writes into it, each taken
        /// at the write on the writing member's graph (a value validated in the constructor or a setter, then stored).
        /// Null (unknown) when it is written where that cannot be followed: through ref, by ++/--, inside a lambda or a
        /// local function, or outside a method, constructor or accessor; or when nothing writes it.
        /// </summary>
        private Sign? ComputeField(IFieldSymbol field, SyntaxNode declarator, SignRules rules)
        {
            if (!field.IsReadOnly && field.DeclaredAccessibility != Accessibility.Private)
            {
                return null;
            }

            Sign? joined = null;
            if (declarator is VariableDeclaratorSyntax { Initializer: { } initializer }
                && _compilation.GetSemanticModel(declarator.SyntaxTree).GetOperation(initializer, rules.CancellationToken) is IFieldInitializerOperation operation)
            {
                joined = SignFlow.FieldWrites(ControlFlowGraph.Create(operation, rules.CancellationToken), rules, field);
                if (joined is null)
                {
                    return null;
                }
            }

            var members = new HashSet<SyntaxNode>();
            foreach (SyntaxReference type in field.ContainingType.DeclaringSyntaxReferences)
            {
                foreach (SyntaxNode node in type.GetSyntax(rules.CancellationToken).DescendantNodes())
                {
                    ExpressionSyntax? written = node switch
                    {
                        AssignmentExpressionSyntax assignment => assignment.Left,
                        PostfixUnaryExpressionSyntax postfix => postfix.Operand,
                        PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression } prefix => prefix.Operand,
                        ArgumentSyntax { RefKindKeyword.RawKind: not (int)SyntaxKind.None } argument => argument.Expression,
                        _ => null,
                    };
                    string? name = written switch
                    {
                        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                        _ => null,
                    };
                    if (name != field.Name)
                    {
                        continue;
                    }

                    if (node is not AssignmentExpressionSyntax
                        || node.Ancestors().Any(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)
                        || node.Ancestors().FirstOrDefault(a => a is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax) is not { } owner)
                    {
                        return null;
                    }

                    members.Add(owner);
                }
            }

            foreach (SyntaxNode member in members.OrderBy(m => m.SyntaxTree.FilePath, System.StringComparer.Ordinal).ThenBy(m => m.SpanStart))
            {
                ControlFlowGraph? graph = _compilation.GetSemanticModel(member.SyntaxTree).GetOperation(member, rules.CancellationToken) switch
                {
                    IMethodBodyOperation body => ControlFlowGraph.Create(body, rules.CancellationToken),
                    IConstructorBodyOperation constructor => ControlFlowGraph.Create(constructor, rules.CancellationToken),
                    _ => null,
                };
                if (graph is null || SignFlow.FieldWrites(graph, rules, field) is not { } value)
                {
                    return null;
                }

                joined = joined is { } previous ? Signs.Join(previous, value) : value;
            }

            return joined;
        }

        /// <summary>The operation of a syntax node of this compilation (a lambda met in a graph), or null.</summary>
        public IOperation? OperationOf(SyntaxNode syntax, System.Threading.CancellationToken cancellationToken) =>
            _compilation.ContainsSyntaxTree(syntax.SyntaxTree) ? _compilation.GetSemanticModel(syntax.SyntaxTree).GetOperation(syntax, cancellationToken) : null;

        private sealed class KeyComparer : IEqualityComparer<(ISymbol Symbol, string Arguments, int Depth)>
        {
            public bool Equals((ISymbol Symbol, string Arguments, int Depth) x, (ISymbol Symbol, string Arguments, int Depth) y) =>
                SymbolEqualityComparer.Default.Equals(x.Symbol, y.Symbol) && x.Arguments == y.Arguments && x.Depth == y.Depth;

            public int GetHashCode((ISymbol Symbol, string Arguments, int Depth) key) =>
                (((SymbolEqualityComparer.Default.GetHashCode(key.Symbol) * 31) + key.Arguments.GetHashCode()) * 31) + key.Depth;
        }

        private sealed class Summary
        {
            /// <summary>Nothing known: a method with nothing to summarize, or one too deeply nested.</summary>
            public static readonly Summary Unknown = new(Sign.None, new Dictionary<IParameterSymbol, Sign>(SymbolEqualityComparer.Default));

            public Summary(Sign returned, Dictionary<IParameterSymbol, Sign> refParameters)
            {
                Returned = returned;
                RefParameters = refParameters;
            }

            public Sign Returned { get; }

            public Dictionary<IParameterSymbol, Sign> RefParameters { get; }
        }
    }
}
