using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CeGenerators.Analyzers
{
    /// <summary>
    /// Decides whether an exp's argument is bounded above, so that the exp cannot overflow: the small interval reasoning a
    /// reviewer does. An expression is bounded above when it is a constant, a value at most 0 (<c>-|x|</c>, <c>-x * x</c>,
    /// a negated count), a difference of two variables (<c>x - max</c>, <c>min - max</c>: the centred form), a log (the exp
    /// of a log is the value itself), a variable named as a log (<c>logProb</c>, never <c>logits</c>), a local every write
    /// of which is bounded, or a variable that a dominating guard bounds (<c>z &lt; 0 ? ... : ...</c>, <c>if (x &gt; 0)
    /// return ...;</c>). Bounded below is the mirror image, so <c>-z</c> is bounded above where <c>z</c> is bounded below.
    /// Every recursion is cut at <see cref="MaxDepth"/> levels, a local is followed once per question, and one question
    /// takes at most <see cref="MaxSteps"/> steps (a local with hundreds of writes cannot multiply the work).
    /// </summary>
    internal sealed class ExpBounds
    {
        private const int MaxDepth = 6;
        private const int MaxStatementsBack = 64;
        private const int MaxSteps = 4096;

        private readonly LocalWrites _writes;
        private readonly HashSet<(ILocalSymbol, Bound)> _following = new();
        private int _steps;

        public ExpBounds(LocalWrites writes) => _writes = writes;

        private enum Bound
        {
            Upper,
            Lower,
            NonNegative,
            NonPositive,
        }

        /// <summary>The exp of this value cannot overflow: it is bounded above.</summary>
        public bool IsBoundedAbove(IOperation value) => Is(value, Bound.Upper, 0);

        private bool Is(IOperation value, Bound bound, int depth)
        {
            if (depth > MaxDepth || ++_steps > MaxSteps)
            {
                return false; // unknown: the exp is reported, as one the reasoning cannot bound
            }

            value = Unwrap(value);
            if (value.ConstantValue is { HasValue: true, Value: { } constant })
            {
                double? c = ToDouble(constant);
                return c is { } v && bound switch
                {
                    Bound.NonNegative => v >= 0,
                    Bound.NonPositive => v <= 0,
                    _ => !double.IsInfinity(v) && !double.IsNaN(v),
                };
            }

            int next = depth + 1;
            switch (value)
            {
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } negation:
                    return Is(negation.Operand, Mirror(bound), next);
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Plus } plus:
                    return Is(plus.Operand, bound, next);
                case IBinaryOperation binary:
                    return Binary(binary, bound, next);
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    return Is(conditional.WhenTrue, bound, next) && Is(whenFalse, bound, next);
                case IInvocationOperation call:
                    return Call(call, bound, next);
                case IPropertyReferenceOperation { Property.Name: "Length" or "Count" or "LongLength" }:
                    return bound is Bound.NonNegative or Bound.Lower;
            }

            if (bound == Bound.Upper && IsNamedAsLog(value))
            {
                return true;
            }

            if (Variable(value) is { } variable)
            {
                if (IsGuarded(value, variable, bound, next))
                {
                    return true;
                }

                if (variable is ILocalSymbol local && _following.Add((local, bound)))
                {
                    try
                    {
                        return AllWrites(local, bound, next);
                    }
                    finally
                    {
                        _following.Remove((local, bound));
                    }
                }
            }

            return false;
        }

        private bool Binary(IBinaryOperation binary, Bound bound, int depth)
        {
            IOperation left = binary.LeftOperand, right = binary.RightOperand;
            switch (binary.OperatorKind)
            {
                case BinaryOperatorKind.Add:
                    return Is(left, bound, depth) && Is(right, bound, depth);
                case BinaryOperatorKind.Subtract:
                    // x - max, min - max, a - b: a difference of two variables is read as centred, as a reviewer reads it.
                    if (bound == Bound.Upper && !IsConstant(left) && !IsConstant(right))
                    {
                        return true;
                    }

                    return Is(left, bound, depth) && Is(right, Mirror(bound), depth);
                case BinaryOperatorKind.Multiply:
                case BinaryOperatorKind.Divide:
                    return Product(binary, bound, depth);
                default:
                    return false;
            }
        }

        /// <summary>A product or quotient: its sign from its factors' signs, where a factor written twice is a square (<c>-0.5 * d * d</c>).</summary>
        private bool Product(IBinaryOperation product, Bound bound, int depth)
        {
            var factors = new List<IOperation>();
            bool negative = Flatten(product, factors, false, 0);
            if (factors.Count > 8)
            {
                return false;
            }

            // c * x with a constant c bounds as x does (mirrored when c is negative).
            if (bound is Bound.Upper or Bound.Lower && factors.Count == 2 && product.OperatorKind == BinaryOperatorKind.Multiply)
            {
                for (int i = 0; i < 2; i++)
                {
                    if (ToDouble(Unwrap(factors[i]).ConstantValue) is { } c && !double.IsInfinity(c))
                    {
                        return Is(factors[1 - i], (c >= 0) != negative ? bound : Mirror(bound), depth);
                    }
                }
            }

            var used = new bool[factors.Count];
            for (int i = 0; i < factors.Count; i++)
            {
                if (used[i])
                {
                    continue;
                }

                int twin = -1;
                for (int j = i + 1; j < factors.Count && twin < 0; j++)
                {
                    if (!used[j] && factors[j].Syntax.IsEquivalentTo(factors[i].Syntax, topLevel: false))
                    {
                        twin = j;
                    }
                }

                if (twin >= 0)
                {
                    used[twin] = true; // x * x or x / x: not negative
                }
                else if (Is(factors[i], Bound.NonPositive, depth))
                {
                    negative = !negative;
                }
                else if (!Is(factors[i], Bound.NonNegative, depth))
                {
                    return false;
                }
            }

            return bound is Bound.NonNegative or Bound.Lower ? !negative : negative;
        }

        /// <summary>The factors of a chain of products and quotients; returns whether an odd number of negations was taken out.</summary>
        private static bool Flatten(IOperation operation, List<IOperation> factors, bool negated, int depth)
        {
            operation = Unwrap(operation);
            if (depth < 8 && operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide } binary)
            {
                negated = Flatten(binary.LeftOperand, factors, negated, depth + 1);
                return Flatten(binary.RightOperand, factors, negated, depth + 1);
            }

            if (depth < 8 && operation is IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } minus)
            {
                return Flatten(minus.Operand, factors, !negated, depth + 1);
            }

            factors.Add(operation);
            return negated;
        }

        private bool Call(IInvocationOperation call, Bound bound, int depth)
        {
            string name = call.TargetMethod.Name;
            switch (name)
            {
                case "Log" or "Log2" or "Log10" or "LogP1" or "Log2P1" or "Log10P1":
                    // exp(log(x)) is x itself: it cannot overflow where x did not.
                    return bound == Bound.Upper;
                case "Abs" or "Sqrt" or "Exp" or "Exp2" or "Exp10" or "Cosh" or "Count" or "LongCount":
                    return bound is Bound.NonNegative or Bound.Lower;
                case "Tanh" or "Sin" or "Cos" or "Sigmoid" or "Clamp":
                    return bound is Bound.Upper or Bound.Lower;
                case "Min" when call.Arguments.Length == 2:
                    return bound is Bound.Upper or Bound.NonPositive
                        ? Is(call.Arguments[0].Value, bound, depth) || Is(call.Arguments[1].Value, bound, depth)
                        : Is(call.Arguments[0].Value, bound, depth) && Is(call.Arguments[1].Value, bound, depth);
                case "Max" when call.Arguments.Length == 2:
                    return bound is Bound.Lower or Bound.NonNegative
                        ? Is(call.Arguments[0].Value, bound, depth) || Is(call.Arguments[1].Value, bound, depth)
                        : Is(call.Arguments[0].Value, bound, depth) && Is(call.Arguments[1].Value, bound, depth);
                case "Pow" when call.Arguments.Length == 2:
                    return bound is Bound.NonNegative or Bound.Lower
                        && (Is(call.Arguments[0].Value, Bound.NonNegative, depth) || ToDouble(Unwrap(call.Arguments[1].Value).ConstantValue) is { } e && e % 2 == 0);
                default:
                    // GetLogProb, LogGamma, GammaLn, GetMeanLog: a method that returns a log; its exp is the value itself.
                    return bound == Bound.Upper && (name.IndexOf("Log", StringComparison.Ordinal) >= 0 || name.EndsWith("Ln", StringComparison.Ordinal));
            }
        }

        /// <summary>Every write of the local (its initializer, assignments, compound additions) has the bound.</summary>
        private bool AllWrites(ILocalSymbol local, Bound bound, int depth)
        {
            IReadOnlyList<IOperation?>? writes = _writes.Of(local);
            if (writes is null || writes.Count == 0)
            {
                return false;
            }

            foreach (IOperation? write in writes)
            {
                if (write is null || !Is(write, bound, depth))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// A condition that dominates the use bounds the variable: the use sits in a branch of an if or a conditional
        /// expression, or follows an <c>if (...)</c> that leaves the block (return, throw, continue, break).
        /// </summary>
        private bool IsGuarded(IOperation use, ISymbol variable, Bound bound, int depth)
        {
            IOperation child = use;
            for (IOperation? parent = use.Parent; parent is not null; child = parent, parent = parent.Parent)
            {
                switch (parent)
                {
                    case IConditionalOperation conditional when !ReferenceEquals(child, conditional.Condition):
                        if (Implies(conditional.Condition, ReferenceEquals(child, conditional.WhenTrue), variable, bound, depth, 0))
                        {
                            return true;
                        }

                        break;
                    case IBlockOperation block:
                        int index = block.Operations.IndexOf(child);
                        for (int i = index - 1; i >= 0 && i >= index - MaxStatementsBack; i--)
                        {
                            if (block.Operations[i] is IConditionalOperation { WhenFalse: null } exit && Leaves(exit.WhenTrue)
                                && Implies(exit.Condition, false, variable, bound, depth, 0))
                            {
                                return true;
                            }
                        }

                        break;
                    case IAnonymousFunctionOperation or ILocalFunctionOperation or IMethodBodyOperation:
                        return false;
                }
            }

            return false;
        }

        private static bool Leaves(IOperation operation) => operation switch
        {
            IReturnOperation or IThrowOperation or IBranchOperation => true,
            IExpressionStatementOperation { Operation: IThrowOperation } => true,
            IBlockOperation { Operations.Length: > 0 } block => Leaves(block.Operations[block.Operations.Length - 1]),
            _ => false,
        };

        /// <summary>The condition, when it has this truth value, puts the bound on the variable.</summary>
        private bool Implies(IOperation condition, bool holds, ISymbol variable, Bound bound, int depth, int level)
        {
            condition = Unwrap(condition);
            if (level > 8)
            {
                return false;
            }

            switch (condition)
            {
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } negation:
                    return Implies(negation.Operand, !holds, variable, bound, depth, level + 1);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } both when holds:
                    return Implies(both.LeftOperand, holds, variable, bound, depth, level + 1) || Implies(both.RightOperand, holds, variable, bound, depth, level + 1);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } both when !holds:
                    return Implies(both.LeftOperand, holds, variable, bound, depth, level + 1) || Implies(both.RightOperand, holds, variable, bound, depth, level + 1);
                case IBinaryOperation comparison:
                    return Compares(comparison, holds, variable, bound, depth);
                default:
                    return false;
            }
        }

        private bool Compares(IBinaryOperation comparison, bool holds, ISymbol variable, Bound bound, int depth)
        {
            // Normalize to "variable <op> other" and then to "variable below other" (upper) or "variable above other" (lower).
            bool? below = comparison.OperatorKind switch
            {
                BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual => true,
                BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual => false,
                _ => null,
            };
            if (below is null)
            {
                return false;
            }

            IOperation other;
            if (IsSame(comparison.LeftOperand, variable))
            {
                other = comparison.RightOperand;
            }
            else if (IsSame(comparison.RightOperand, variable))
            {
                other = comparison.LeftOperand;
                below = !below;
            }
            else
            {
                return false;
            }

            if (!holds)
            {
                below = !below;
            }

            // Any other side bounds the variable; a sign needs the other side's sign.
            return bound switch
            {
                Bound.Upper => below.Value,
                Bound.Lower => !below.Value,
                Bound.NonPositive => below.Value && Is(other, Bound.NonPositive, depth),
                _ => !below.Value && Is(other, Bound.NonNegative, depth),
            };
        }

        private static bool IsSame(IOperation operation, ISymbol variable) =>
            Variable(Unwrap(operation)) is { } symbol && SymbolEqualityComparer.Default.Equals(symbol, variable);

        private static ISymbol? Variable(IOperation operation) => operation switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation { Field.IsReadOnly: true } field => field.Field,
            _ => null,
        };

        /// <summary>logProb, logLikelihood, logP[i], LogZ, lnP: a value a reviewer reads as a log, hence at most about 0. Never logits.</summary>
        private static bool IsNamedAsLog(IOperation value)
        {
            string? name = value switch
            {
                ILocalReferenceOperation local => local.Local.Name,
                IParameterReferenceOperation parameter => parameter.Parameter.Name,
                IFieldReferenceOperation field => field.Field.Name,
                IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property.Name,
                IPropertyReferenceOperation { Instance: { } instance } => NameOf(instance),
                IArrayElementReferenceOperation element => NameOf(element.ArrayReference),
                _ => null,
            };
            string trimmed = name?.TrimStart('_') ?? string.Empty;
            if (trimmed.StartsWith("ln", StringComparison.Ordinal))
            {
                return true; // lnP, lnx, lnGamma: no English word starts with "ln"
            }

            return trimmed.StartsWith("log", StringComparison.OrdinalIgnoreCase)
                && !trimmed.StartsWith("logit", StringComparison.OrdinalIgnoreCase)
                && (trimmed.Length <= 4 || !char.IsLower(trimmed[3]) || trimmed.StartsWith("logp", StringComparison.OrdinalIgnoreCase)); // log, logx, logProb, logprob; not logistic
        }

        private static string? NameOf(IOperation operation) => Unwrap(operation) switch
        {
            ILocalReferenceOperation local => local.Local.Name,
            IParameterReferenceOperation parameter => parameter.Parameter.Name,
            IFieldReferenceOperation field => field.Field.Name,
            IPropertyReferenceOperation property => property.Property.Name,
            _ => null,
        };

        private static Bound Mirror(Bound bound) => bound switch
        {
            Bound.Upper => Bound.Lower,
            Bound.Lower => Bound.Upper,
            Bound.NonNegative => Bound.NonPositive,
            _ => Bound.NonNegative,
        };

        private static bool IsConstant(IOperation operation) => Unwrap(operation).ConstantValue.HasValue;

        internal static double? ToDouble(Optional<object?> constant) => constant.HasValue && constant.Value is { } value ? ToDouble(value) : null;

        private static double? ToDouble(object value) => value switch
        {
            double d => d,
            float f => f,
            int i => i,
            long l => l,
            short s => s,
            byte b => b,
            uint u => u,
            ulong u => u,
            decimal m => (double)m,
            _ => null,
        };

        internal static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation or IParenthesizedOperation)
            {
                operation = operation is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)operation).Operand;
            }

            return operation;
        }
    }
}
