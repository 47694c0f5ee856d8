using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace CeGenerators.Analyzers
{
    /// <summary>
    /// Decides, from the operation tree, whether a value is certainly positive where it is used: constants above 0,
    /// clamps with a positive lower bound, additive epsilons, exps and 1 + exp, sums that start at 0 or an epsilon and only
    /// add positive terms, dominating guards (if / ternary / early exit), the last assignment before the use, and helper
    /// methods of the same compilation whose every return is positive. Anything it cannot prove is "not positive".
    /// </summary>
    internal sealed class Positivity
    {
        private const int MaxDepth = 6;

        /// <summary>
        /// Bounds on the whole proof of one log: how deeply proofs may nest (guards call back into the proof of their bounds,
        /// assignments into the proof of their values, so the depth parameter alone does not bound them) and how many
        /// steps a proof may take. Past either bound the value is "not proven".
        /// </summary>
        private const int MaxNesting = 24, MaxSteps = 4000;
        private int _nesting, _steps;
        private readonly MathMethods _math;
        private readonly CancellationToken _cancellationToken;
        private readonly HashSet<IMethodSymbol> _visiting = new(SymbolEqualityComparer.Default);

        public Positivity(MathMethods math, CancellationToken cancellationToken)
        {
            _math = math;
            _cancellationToken = cancellationToken;
        }

        public bool IsPositive(IOperation operation, IOperation use, int depth = 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (depth > MaxDepth || _nesting >= MaxNesting || ++_steps > MaxSteps)
            {
                return false;
            }

            _nesting++;
            try
            {
                return IsPositiveCore(operation, use, depth);
            }
            finally
            {
                _nesting--;
            }
        }

        private bool IsPositiveCore(IOperation operation, IOperation use, int depth)
        {

            if (operation.ConstantValue is { HasValue: true, Value: { } constant })
            {
                return ToDouble(constant) is > 0;
            }

            switch (operation)
            {
                case IConversionOperation conversion:
                    return IsPositive(conversion.Operand, use, depth + 1);

                case IInvocationOperation invocation:
                    return IsPositiveCall(invocation, use, depth);

                case IBinaryOperation binary:
                    return IsPositiveBinary(binary, use, depth);

                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    return IsPositive(conditional.WhenTrue, use, depth + 1) && IsPositive(whenFalse, use, depth + 1);

                case ILocalReferenceOperation or IParameterReferenceOperation or IArrayElementReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation:
                    return IsPositiveReference(operation, use, depth);
            }

            return false;
        }

        /// <summary>
        /// A variable or element at its use: proven on the control-flow graph when one can be built (guards on every path,
        /// the values assigned on the way), else by the structural checks; sums of positive terms and epsilon fields
        /// have their own rules.
        /// </summary>
        private bool IsPositiveReference(IOperation reference, IOperation use, int depth)
        {
            ISymbol? variable = reference switch
            {
                ILocalReferenceOperation local => local.Local,
                IParameterReferenceOperation parameter => parameter.Parameter,
                _ => null,
            };
            // Guards must dominate the reference itself (a ternary inside the log's argument guards it too).
            if (reference.Syntax.SyntaxTree == use.Syntax.SyntaxTree && use.Syntax.Span.Contains(reference.Syntax.Span))
            {
                use = reference;
            }

            // Fast paths that need no graph: a guard on a variable the method never reassigns, and sums of positive terms.
            if (variable is null || !IsReassigned(variable, use))
            {
                if (IsGuarded(reference, use))
                {
                    return true;
                }
            }
            else if (IsPositiveVariable(reference, use, depth, structural: false))
            {
                return true;
            }

            // Values met in the graph are lowered copies; judge them as the original operations at the same syntax, so
            // their own guards (an epsilon checked at the top of the method) still count.
            SemanticModel? model = use.SemanticModel ?? reference.SemanticModel;
            IOperation Original(IOperation lowered) => model?.GetOperation(lowered.Syntax, _cancellationToken) ?? lowered;
            bool? flow = depth > MaxDepth - 2 ? null : GuardFlow.IsPositiveAtUse(
                reference,
                variable,
                use,
                (condition, whenTrue) => Implies(condition, reference, whenTrue),
                (value, at) => IsPositive(Original(value), Original(at), depth + 1),
                _cancellationToken);
            if (flow == true)
            {
                return true;
            }

            if (flow is null && IsGuarded(reference, use))
            {
                return true;
            }

            return IsPositiveVariable(reference, use, depth, structural: flow is null);
        }

        /// <summary>Whether the method assigns the variable anywhere (its declaration's initializer does not count).</summary>
        private static bool IsReassigned(ISymbol variable, IOperation use)
        {
            IOperation root = use;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            return root.Descendants().Any(o => o switch
            {
                ISimpleAssignmentOperation simple => Refers(simple.Target, variable),
                ICompoundAssignmentOperation compound => Refers(compound.Target, variable),
                IIncrementOrDecrementOperation increment => Refers(increment.Target, variable),
                _ => false,
            });
        }

        /// <summary>Below c (a positive constant): a clamp or min with an upper bound under c, or Random.NextDouble() for c &gt;= 1.</summary>
        public bool IsBelow(IOperation operation, double c, int depth = 0)
        {
            if (operation.ConstantValue is { HasValue: true, Value: { } constant })
            {
                return ToDouble(constant) is { } v && v < c;
            }

            if (operation is IConversionOperation conversion)
            {
                return IsBelow(conversion.Operand, c, depth + 1);
            }

            // c' - e with c' <= c and e provably positive (1 - eps with an epsilon guarded above 0).
            if (operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } difference
                && difference.LeftOperand.ConstantValue is { HasValue: true, Value: { } start } && ToDouble(start) is double s0 && s0 <= c
                && IsPositive(difference.RightOperand, operation, depth + 1))
            {
                return true;
            }

            ISymbol? variable = operation switch
            {
                ILocalReferenceOperation local => local.Local,
                IParameterReferenceOperation parameter => parameter.Parameter,
                _ => null,
            };
            if (depth < MaxDepth && variable is not null && LastAssignmentBefore(variable, operation) is { } last)
            {
                return IsBelow(last, c, depth + 1);
            }

            if (operation is IInvocationOperation invocation)
            {
                IMethodSymbol method = invocation.TargetMethod;
                if (method.Name == "NextDouble" && c >= 1)
                {
                    return true;
                }

                if (_math.Is(method, "Clamp") && invocation.Arguments.Length == 3)
                {
                    return IsBelow(invocation.Arguments[2].Value, c, depth + 1);
                }

                if (_math.Is(method, "Min") && invocation.Arguments.Length == 2)
                {
                    return IsBelow(invocation.Arguments[0].Value, c, depth + 1) || IsBelow(invocation.Arguments[1].Value, c, depth + 1);
                }
            }

            return false;
        }

        private bool IsPositiveCall(IInvocationOperation invocation, IOperation use, int depth)
        {
            IMethodSymbol method = invocation.TargetMethod;
            var args = invocation.Arguments;
            if (_math.IsExp(method))
            {
                return true;
            }

            if (_math.Is(method, "Max") && args.Length == 2)
            {
                return IsPositive(args[0].Value, use, depth + 1) || IsPositive(args[1].Value, use, depth + 1);
            }

            if (_math.Is(method, "Min") && args.Length == 2)
            {
                return IsPositive(args[0].Value, use, depth + 1) && IsPositive(args[1].Value, use, depth + 1);
            }

            if (_math.Is(method, "Clamp") && args.Length == 3)
            {
                return IsPositive(args[1].Value, use, depth + 1);
            }

            if (method.Name == "Create" && args.Length == 1 && _math.IsMathLike(method.ContainingType))
            {
                return IsPositive(args[0].Value, use, depth + 1);
            }

            // LINQ's Sum(x => positive), e.g. a sum of exps after max subtraction.
            if (method.Name == "Sum" && method.ContainingType.Name == "Enumerable" && args.Length == 2
                && args[1].Value is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda })
            {
                var returns = lambda.Body.Descendants().OfType<IReturnOperation>().Where(r => r.ReturnedValue is not null).ToList();
                return returns.Count > 0 && returns.All(r => IsPositive(r.ReturnedValue!, r, depth + 1));
            }

            // A helper of this compilation that returns a positive value on every path.
            if (method.DeclaringSyntaxReferences.Length == 1 && _visiting.Add(method.OriginalDefinition))
            {
                try
                {
                    SyntaxNode body = method.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken);
                    SemanticModel? model = invocation.SemanticModel?.Compilation.GetSemanticModel(body.SyntaxTree);
                    if (model?.GetOperation(body, _cancellationToken) is { } operation)
                    {
                        var returns = operation.Descendants().OfType<IReturnOperation>().Where(r => r.ReturnedValue is not null).ToList();
                        return returns.Count > 0 && returns.All(r => IsPositive(r.ReturnedValue!, r, depth + 1));
                    }
                }
                finally
                {
                    _visiting.Remove(method.OriginalDefinition);
                }
            }

            return false;
        }

        private bool IsPositiveBinary(IBinaryOperation binary, IOperation use, int depth)
        {
            IOperation left = binary.LeftOperand, right = binary.RightOperand;
            switch (binary.OperatorKind)
            {
                case BinaryOperatorKind.Add:
                    // An additive epsilon (p + 1e-7), 1 + exp(x), count + 1, or two positive terms.
                    return IsPositiveConstant(left) || IsPositiveConstant(right)
                        || (IsPositive(left, use, depth + 1) && (IsPositive(right, use, depth + 1) || IsNonNegative(right)))
                        || (IsPositive(right, use, depth + 1) && IsNonNegative(left));
                case BinaryOperatorKind.Subtract:
                    // c - p is positive when p stays below c (1 - clamp(p, eps, 1 - eps), 1.0 - Random.NextDouble()).
                    return left.ConstantValue is { HasValue: true, Value: { } c } && ToDouble(c) is double limit && limit > 0 && IsBelow(right, limit);
                case BinaryOperatorKind.Multiply:
                case BinaryOperatorKind.Divide:
                    return IsPositive(left, use, depth + 1) && IsPositive(right, use, depth + 1);
            }

            return false;
        }

        private static bool IsNonNegative(IOperation operation) => operation switch
        {
            { ConstantValue: { HasValue: true, Value: { } c } } => ToDouble(c) is >= 0,
            IConversionOperation conversion => IsNonNegative(conversion.Operand),
            IInvocationOperation invocation => invocation.TargetMethod.Name is "Abs" or "Sqrt" or "Exp" or "NextDouble",
            IPropertyReferenceOperation property => property.Property.Name is "Length" or "Count",
            _ => false,
        };

        private static bool IsPositiveConstant(IOperation operation) =>
            operation.ConstantValue is { HasValue: true, Value: { } c } && ToDouble(c) is > 0;

        /// <summary>
        /// A local's value at the use: positive if the last assignment before the use in an enclosing block is positive, or
        /// if every assignment in the method is positive, or if it is a sum that starts at a constant &gt;= 0 and only adds
        /// positive terms (a sum of exps, a sum that starts at an epsilon).
        /// </summary>
        private bool IsPositiveVariable(IOperation reference, IOperation use, int depth, bool structural)
        {
            if (reference is IFieldReferenceOperation { Field: { IsReadOnly: true } or { IsConst: true } } fieldReference)
            {
                return IsPositiveField(fieldReference, depth);
            }

            ISymbol? symbol = reference switch
            {
                ILocalReferenceOperation local => local.Local,
                IParameterReferenceOperation parameter => parameter.Parameter,
                _ => null,
            };
            if (symbol is null)
            {
                return false;
            }

            IOperation root = use;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            var assigned = new List<IOperation>();
            var added = new List<IOperation>();
            foreach (IOperation operation in root.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, symbol) && declarator.Initializer is { } initializer:
                        assigned.Add(initializer.Value);
                        break;
                    case ISimpleAssignmentOperation simple when Refers(simple.Target, symbol):
                        assigned.Add(simple.Value);
                        break;
                    case ICompoundAssignmentOperation compound when Refers(compound.Target, symbol):
                        (compound.OperatorKind == BinaryOperatorKind.Add ? added : assigned).Add(compound);
                        break;
                    case IIncrementOrDecrementOperation increment when Refers(increment.Target, symbol):
                        assigned.Add(increment);
                        break;
                }
            }

            // The most recent plain assignment before the use, in a block that encloses the use (a clamp done earlier);
            // the control-flow graph already covered this when it could be built.
            if (structural && LastAssignmentBefore(symbol, use) is { } last && added.Count == 0)
            {
                return IsPositive(last, use, depth + 1);
            }

            if (symbol is IParameterSymbol || (!structural && added.Count == 0))
            {
                return false;
            }

            if (added.Count > 0)
            {
                return assigned.Count > 0
                    && assigned.All(a => IsNonNegative(a))
                    && added.Cast<ICompoundAssignmentOperation>().All(a => IsPositive(a.Value, a, depth + 1));
            }

            return assigned.Count > 0 && assigned.All(a => IsPositive(a, use, depth + 1));
        }

        /// <summary>A readonly field whose initializer (and every assignment in constructors) is positive: an epsilon field.</summary>
        private bool IsPositiveField(IFieldReferenceOperation reference, int depth)
        {
            IFieldSymbol field = reference.Field;
            Compilation? compilation = reference.SemanticModel?.Compilation;
            if (compilation is null || field.DeclaringSyntaxReferences.Length != 1)
            {
                return false;
            }

            var values = new List<IOperation>();
            SyntaxNode declarator = field.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken);
            SemanticModel model = compilation.GetSemanticModel(declarator.SyntaxTree);
            if (declarator is Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax { Initializer: { } equals }
                && model.GetOperation(equals, _cancellationToken) is IFieldInitializerOperation initializer)
            {
                values.Add(initializer.Value);
            }

            foreach (SyntaxReference typeReference in field.ContainingType.DeclaringSyntaxReferences)
            {
                SyntaxNode type = typeReference.GetSyntax(_cancellationToken);
                SemanticModel typeModel = compilation.GetSemanticModel(type.SyntaxTree);
                foreach (SyntaxNode node in type.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.AssignmentExpressionSyntax>())
                {
                    if (typeModel.GetOperation(node, _cancellationToken) is ISimpleAssignmentOperation { Target: IFieldReferenceOperation target } assignment
                        && SymbolEqualityComparer.Default.Equals(target.Field, field))
                    {
                        values.Add(assignment.Value);
                    }
                }
            }

            return values.Count > 0 && values.All(v => IsPositive(v, v, depth + 1));
        }

        private static IOperation? LastAssignmentBefore(ISymbol symbol, IOperation use)
        {
            for (IOperation? child = use, parent = use.Parent; parent is not null; child = parent, parent = parent.Parent)
            {
                if (parent is not IBlockOperation block)
                {
                    continue;
                }

                int index = block.Operations.IndexOf(child!);
                for (int i = index - 1; i >= 0; i--)
                {
                    if (block.Operations[i] is IExpressionStatementOperation { Operation: ISimpleAssignmentOperation simple } && Refers(simple.Target, symbol))
                    {
                        return simple.Value;
                    }

                    if (block.Operations[i] is IVariableDeclarationGroupOperation group)
                    {
                        foreach (IVariableDeclaratorOperation declarator in group.Declarations.SelectMany(d => d.Declarators))
                        {
                            if (SymbolEqualityComparer.Default.Equals(declarator.Symbol, symbol) && declarator.Initializer is { } initializer)
                            {
                                return initializer.Value;
                            }
                        }
                    }
                }
            }

            return null;
        }

        private static bool Refers(IOperation target, ISymbol symbol) => target switch
        {
            ILocalReferenceOperation local => SymbolEqualityComparer.Default.Equals(local.Local, symbol),
            IParameterReferenceOperation parameter => SymbolEqualityComparer.Default.Equals(parameter.Parameter, symbol),
            _ => false,
        };

        /// <summary>
        /// A guard that dominates the use: the use sits in the true branch of `v &gt; c` (c &gt;= 0) or `v &gt;= c` (c &gt; 0), or in
        /// the false branch of `v &lt;= c`, of an if or a ternary (also inside &amp;&amp; chains); or an earlier
        /// `if (v &lt;= 0) return/continue/break/throw;` in an enclosing block.
        /// </summary>
        private bool IsGuarded(IOperation value, IOperation use)
        {
            for (IOperation? child = use, parent = use.Parent; parent is not null; child = parent, parent = parent.Parent)
            {
                if (parent is IConditionalOperation conditional)
                {
                    if (ReferenceEquals(child, conditional.WhenTrue) && Implies(conditional.Condition, value, positive: true))
                    {
                        return true;
                    }

                    if (ReferenceEquals(child, conditional.WhenFalse) && Implies(conditional.Condition, value, positive: false))
                    {
                        return true;
                    }
                }

                if (parent is IBlockOperation block)
                {
                    int index = block.Operations.IndexOf(child!);
                    for (int i = index - 1; i >= 0; i--)
                    {
                        if (block.Operations[i] is IConditionalOperation { WhenFalse: null } early
                            && Exits(early.WhenTrue)
                            && Implies(early.Condition, value, positive: false))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        private static bool Exits(IOperation operation) => operation switch
        {
            IBranchOperation or IReturnOperation or IThrowOperation => true,
            IExpressionStatementOperation { Operation: IThrowOperation } => true,
            IBlockOperation block => block.Operations.Length > 0 && Exits(block.Operations[block.Operations.Length - 1]),
            _ => false,
        };

        /// <summary>
        /// positive: the condition being true proves value &gt; 0. !positive: the condition being false proves it (so the
        /// condition is a "value &lt;= c" test, or an || of tests one of which is).
        /// </summary>
        private bool Implies(IOperation condition, IOperation value, bool positive, int depth = 0)
        {
            if (depth > MaxNesting)
            {
                return false;
            }

            switch (condition)
            {
                case IConversionOperation conversion:
                    return Implies(conversion.Operand, value, positive, depth + 1);
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } negation:
                    return Implies(negation.Operand, value, !positive, depth + 1);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } both when positive:
                    return Implies(both.LeftOperand, value, true, depth + 1) || Implies(both.RightOperand, value, true, depth + 1);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } either when !positive:
                    return Implies(either.LeftOperand, value, false, depth + 1) || Implies(either.RightOperand, value, false, depth + 1);
                case IBinaryOperation comparison:
                    return ComparisonImplies(comparison, value, positive);
            }

            return false;
        }

        private bool ComparisonImplies(IBinaryOperation comparison, IOperation value, bool positive)
        {
            BinaryOperatorKind kind = comparison.OperatorKind;
            IOperation left = comparison.LeftOperand, right = comparison.RightOperand;
            // Normalize to "value OP bound".
            if (Same(right, value) && !Same(left, value))
            {
                (left, right) = (right, left);
                kind = kind switch
                {
                    BinaryOperatorKind.LessThan => BinaryOperatorKind.GreaterThan,
                    BinaryOperatorKind.LessThanOrEqual => BinaryOperatorKind.GreaterThanOrEqual,
                    BinaryOperatorKind.GreaterThan => BinaryOperatorKind.LessThan,
                    BinaryOperatorKind.GreaterThanOrEqual => BinaryOperatorKind.LessThanOrEqual,
                    _ => kind,
                };
            }

            if (!Same(left, value))
            {
                return false;
            }

            // The bound is >= 0 when it is a constant >= 0, and > 0 when it is provably positive (an epsilon field or local).
            bool positiveBound = IsPositive(right, comparison, MaxDepth - 2);
            bool nonNegativeBound = positiveBound
                || (right.ConstantValue is { HasValue: true, Value: { } c } && ToDouble(c) is >= 0)
                || right is IPropertyReferenceOperation { Property: { Name: "Zero", IsStatic: true } };

            // positive: true condition => value > 0.  !positive: false condition => value > 0.
            return positive
                ? (kind == BinaryOperatorKind.GreaterThan && nonNegativeBound) || (kind == BinaryOperatorKind.GreaterThanOrEqual && positiveBound)
                : (kind == BinaryOperatorKind.LessThanOrEqual && nonNegativeBound) || (kind == BinaryOperatorKind.LessThan && positiveBound);
        }

        private static bool Same(IOperation a, IOperation b)
        {
            while (a is IConversionOperation ca)
            {
                a = ca.Operand;
            }

            while (b is IConversionOperation cb)
            {
                b = cb.Operand;
            }

            return SyntaxFactory.AreEquivalent(a.Syntax, b.Syntax);
        }

        internal static double? ToDouble(object value) => value switch
        {
            double d => d,
            float f => f,
            int i => i,
            long l => l,
            uint u => u,
            ulong ul => ul,
            short s => s,
            byte b => b,
            decimal m => (double)m,
            _ => null,
        };
    }
}
