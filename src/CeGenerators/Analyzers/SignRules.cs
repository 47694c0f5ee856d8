using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CeGenerators.Analyzers
{
    /// <summary>
    /// The transfer rules of <see cref="SignFlow"/>: the sign of constants, arithmetic, math calls and calls of the
    /// compilation's own methods (through <see cref="MethodSummaries"/>), and what a branch condition tells about the
    /// variable it compares. One instance serves one analysis (one operation block and the summaries it asks for).
    /// </summary>
    internal sealed class SignRules
    {
        private readonly MethodSummaries _summaries;

        public SignRules(MathMethods math, MethodSummaries summaries, CancellationToken cancellationToken)
        {
            Math = math;
            _summaries = summaries;
            CancellationToken = cancellationToken;
        }

        public MathMethods Math { get; }

        public CancellationToken CancellationToken { get; }

        /// <summary>How deeply summaries of called methods nest now (bounded, which also ends recursion).</summary>
        internal int SummaryDepth { get; set; }

        /// <summary>The variable a reference names: a local, a parameter or a flow capture; null for anything else.</summary>
        public static object? Key(IOperation operation) => operation switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFlowCaptureReferenceOperation capture => capture.Id,
            IConversionOperation { IsImplicit: true } conversion => Key(conversion.Operand),
            IArrayElementReferenceOperation { Indices.Length: 1 } element => ElementKey.Of(element.ArrayReference, element.Indices[0]),
            IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance, Arguments.Length: 1 } indexer => ElementKey.Of(instance, indexer.Arguments[0].Value),
            _ => null,
        };

        public Sign Constant(IOperation operation) =>
            Signs.ToDouble(operation.ConstantValue.Value) is { } c ? Signs.OfConstant(c) : Sign.None;

        /// <summary>Values that are not variables, arithmetic or calls: sizes, readonly or private fields (what every write stores), T.Zero / T.One.</summary>
        public Sign Leaf(IOperation operation)
        {
            switch (operation)
            {
                case IPropertyReferenceOperation { Property: { } property }:
                    return property.Name switch
                    {
                        "Length" or "Count" or "LongLength" or "LongCount" when !property.IsStatic => Signs.Close(Sign.NonNegative),
                        "Zero" when property.IsStatic => Signs.Close(Sign.Zero),
                        "One" when property.IsStatic => Signs.OfConstant(1),
                        _ => Sign.None,
                    };
                case IFieldReferenceOperation { Field: { } field } when field.IsReadOnly || field.DeclaredAccessibility == Accessibility.Private:
                    return _summaries.Field(field, this);
            }

            return Sign.None;
        }

        public static Sign Unary(UnaryOperatorKind kind, Sign operand) => kind switch
        {
            UnaryOperatorKind.Plus => operand,
            UnaryOperatorKind.Minus => Signs.Close(
                (operand.Has(Sign.Positive) ? Sign.Negative : Sign.None)
                | (operand.Has(Sign.Negative) ? Sign.Positive : Sign.None)
                | (operand & (Sign.NonZero | Sign.Zero))),
            _ => Sign.None,
        };

        public static Sign Binary(BinaryOperatorKind kind, Sign left, Sign right, IOperation leftOperation, IOperation rightOperation)
        {
            switch (kind)
            {
                case BinaryOperatorKind.Add:
                    // An additive epsilon (p + 1e-7, count + 1) is read as deliberate, whatever p is.
                    if (IsPositiveConstant(leftOperation) || IsPositiveConstant(rightOperation))
                    {
                        return Signs.Close(Sign.Positive);
                    }

                    if ((left.Has(Sign.SumOfPositives) || left.Has(Sign.Zero)) && right.Has(Sign.Positive) && !IsPositiveConstant(rightOperation))
                    {
                        return Signs.Close(Sign.Positive | Sign.Accumulated);
                    }

                    if ((left.Has(Sign.Positive) && right.Has(Sign.NonNegative)) || (right.Has(Sign.Positive) && left.Has(Sign.NonNegative)))
                    {
                        return Signs.Close(Sign.Positive);
                    }

                    return left.Has(Sign.SumOfPositives) && right.Has(Sign.SumOfPositives) ? Sign.SumOfPositives
                        : left.Has(Sign.NonNegative) && right.Has(Sign.NonNegative) ? Signs.Close(Sign.NonNegative)
                        : Sign.None;

                case BinaryOperatorKind.Subtract:
                {
                    // c - p with c >= 1 and p below 1 (1 - NextDouble(), 1 - Clamp(p, eps, 1 - eps)), or p negative.
                    if (right.Has(Sign.Negative) && left.Has(Sign.NonNegative))
                    {
                        return Signs.Close(Sign.Positive);
                    }

                    double? c = Signs.ToDouble(leftOperation.ConstantValue.HasValue ? leftOperation.ConstantValue.Value : null);
                    Sign difference = Sign.None;
                    if (c is { } limit && ((limit >= 1 && right.Has(Sign.Below1)) || (limit > 1 && right.Has(Sign.AtMost1))))
                    {
                        difference |= Sign.Positive;
                    }

                    if (c is { } upper && right.Has(Sign.NonNegative))
                    {
                        difference |= upper < 1 || (upper <= 1 && right.Has(Sign.Positive)) ? Sign.Below1 : upper <= 1 ? Sign.AtMost1 : Sign.None;
                    }

                    return Signs.Close(difference);
                }

                case BinaryOperatorKind.Multiply:
                {
                    Sign s = Sign.None;
                    if (SameValue(leftOperation, rightOperation))
                    {
                        s |= Sign.NonNegative | (left & Sign.NonZero);
                    }

                    if ((left.Has(Sign.Positive) && right.Has(Sign.Positive)) || (left.Has(Sign.Negative) && right.Has(Sign.Negative)))
                    {
                        s |= Sign.Positive;
                    }

                    if (left.Has(Sign.NonNegative) && right.Has(Sign.NonNegative))
                    {
                        s |= Sign.NonNegative;
                    }

                    if (left.Has(Sign.NonZero) && right.Has(Sign.NonZero))
                    {
                        s |= Sign.NonZero;
                    }

                    return Signs.Close(s);
                }

                case BinaryOperatorKind.Divide:
                {
                    Sign s = Sign.None;
                    if (IsIntegral(leftOperation) && IsIntegral(rightOperation))
                    {
                        // Integer division rounds toward 0: 1 / 2 is 0.
                        return left.Has(Sign.NonNegative) && right.Has(Sign.NonNegative) ? Signs.Close(Sign.NonNegative) : Sign.None;
                    }

                    if (left.Has(Sign.Positive) && right.Has(Sign.NonNegative))
                    {
                        s |= Sign.Positive; // a positive count over a size that is 0 gives +inf, not -inf
                    }

                    if (left.Has(Sign.NonNegative) && right.Has(Sign.NonNegative))
                    {
                        s |= Sign.NonNegative;
                    }

                    if (left.Has(Sign.NonZero))
                    {
                        s |= Sign.NonZero;
                    }

                    if ((left.Has(Sign.Negative) && right.Has(Sign.Positive)) || (left.Has(Sign.Positive) && right.Has(Sign.Negative)))
                    {
                        s = Sign.Negative;
                    }

                    return Signs.Close(s);
                }
            }

            return Sign.None;
        }

        /// <summary>The sign of a call's result, given its arguments' signs.</summary>
        public Sign Call(IInvocationOperation invocation, Sign[] arguments, SignFlow.State state)
        {
            IMethodSymbol method = invocation.TargetMethod;
            if (Math.IsMathLike(method.ContainingType))
            {
                return MathCall(method.Name, arguments);
            }

            switch (method.Name)
            {
                // The universal convention, System.Random's and every hand-written generator's (Mersenne twisters, xorshift):
                // NextDouble/NextSingle return a uniform variate in [0, 1).
                case "NextDouble" or "NextSingle" when method.ReturnType.SpecialType is SpecialType.System_Double or SpecialType.System_Single:
                    return Signs.Close(Sign.NonNegative | Sign.Below1);
                case "Next" or "NextInt64" when method.ContainingType.Name == "Random":
                    return Signs.Close(Sign.NonNegative);
                case "Count" or "LongCount" when method.ContainingType.Name == "Enumerable":
                    return Signs.Close(Sign.NonNegative);
                case "Sum" when method.ContainingType.Name == "Enumerable" && invocation.Arguments.Length == 2:
                    // A sum of positive terms: positive unless the sequence is empty.
                    return LambdaReturns(invocation.Arguments[1].Value, state).Has(Sign.Positive) ? Sign.SumOfPositives : Sign.None;
            }

            // Only a number can say anything about a log's argument: calls returning anything else are not summarized.
            return IsNumber(method.ReturnType) ? _summaries.Returned(method, this, ByParameter(invocation, arguments)) : Sign.None;
        }

        private static bool IsNumber(ITypeSymbol type) =>
            type.SpecialType is >= SpecialType.System_SByte and <= SpecialType.System_Double or SpecialType.System_Decimal
            || type is ITypeParameterSymbol
            || type.Name is "Half" or "NFloat" or "Vector64" or "Vector128" or "Vector256" or "Vector512" or "Vector";

        /// <summary>The arguments' signs by parameter ordinal, for a summary specialized to the call.</summary>
        private static Sign[]? ByParameter(IInvocationOperation invocation, Sign[] arguments)
        {
            if (invocation.TargetMethod.DeclaringSyntaxReferences.Length != 1 || arguments.Length == 0)
            {
                return null;
            }

            var byOrdinal = new Sign[invocation.TargetMethod.Parameters.Length];
            for (int i = 0; i < arguments.Length; i++)
            {
                if (invocation.Arguments[i].Parameter is { } parameter && parameter.Ordinal < byOrdinal.Length)
                {
                    byOrdinal[parameter.Ordinal] = arguments[i];
                }
            }

            return byOrdinal;
        }

        private static Sign MathCall(string name, Sign[] a)
        {
            switch (name)
            {
                case "Exp" or "Exp2" or "Exp10" or "Cosh":
                    return Signs.Close(Sign.Positive);
                case "Abs":
                    return a.Length == 1 ? Signs.Close(Sign.NonNegative | (a[0] & Sign.NonZero)) : Sign.None;
                case "Sqrt":
                    return a.Length == 1 ? Signs.Close(a[0].Has(Sign.Positive) ? Sign.Positive : Sign.NonNegative) : Sign.None;
                case "Pow" when a.Length == 2 && a[0].Has(Sign.Positive):
                    return Signs.Close(Sign.Positive);
                case "Max" when a.Length == 2:
                    return Signs.Close((a[0] | a[1]) & (Sign.Positive | Sign.NonNegative) | (a[0] & a[1] & (Sign.AtMost1 | Sign.Below1)));
                case "Min" when a.Length == 2:
                    return Signs.Close((a[0] & a[1] & (Sign.Positive | Sign.NonNegative)) | ((a[0] | a[1]) & (Sign.AtMost1 | Sign.Below1 | Sign.Negative)));
                case "Clamp" when a.Length == 3:
                    return Signs.Close((a[1] & (Sign.Positive | Sign.NonNegative)) | (a[2] & (Sign.AtMost1 | Sign.Below1)));
                case "Log" or "Log2" or "Log10" when a.Length == 1 && a[0].Has(Sign.Positive) && a[0].Has(Sign.Below1):
                    return Signs.Close(Sign.Negative); // the log of a value in (0, 1): -log(u) of a uniform variate is positive
                case "Create" or "CreateTruncating" or "CreateChecked" or "CreateSaturating" when a.Length == 1:
                    return a[0];
            }

            return Sign.None;
        }

        /// <summary>What the returned values of a lambda argument are (LINQ's Sum(v => Math.Exp(v - m))), from the lambda's own syntax.</summary>
        private Sign LambdaReturns(IOperation argument, SignFlow.State state)
        {
            IOperation target = argument is IDelegateCreationOperation creation ? creation.Target : argument;
            if (target is not (IFlowAnonymousFunctionOperation or IAnonymousFunctionOperation)
                || _summaries.OperationOf(target.Syntax, CancellationToken) is not IAnonymousFunctionOperation lambda)
            {
                return Sign.None;
            }

            // What the lambda returns, with what is known where it is created (its own parameters unknown).
            var visitor = new SignVisitor(this, null!, null!, record: false);
            Sign? returned = null;
            foreach (IOperation operation in lambda.Body.Descendants())
            {
                if (operation is IReturnOperation { ReturnedValue: { } value })
                {
                    Sign s = visitor.Visit(value, state.Copy());
                    returned = returned is { } r ? Signs.Join(r, s) : s;
                }
            }

            return returned ?? Sign.None;
        }

        /// <summary>What a ref or out argument holds after the call: what the callee leaves in the parameter (a ref clamp), else unknown.</summary>
        public Sign RefParameterAfterCall(IInvocationOperation invocation, Sign[] arguments, IParameterSymbol parameter) =>
            _summaries.RefParameter(invocation.TargetMethod, parameter, this, ByParameter(invocation, arguments));

        /// <summary>
        /// A call of a contract helper (Check(x &gt; 0, ...), whose body throws when the condition is false), or of
        /// Debug/Trace.Assert and Contract.Requires/Assert/Assume: the condition holds after it.
        /// </summary>
        public void ApplyAssertions(IInvocationOperation invocation, SignFlow.State state)
        {
            IMethodSymbol method = invocation.TargetMethod;
            if (method.Name is "Assert" or "Requires" or "Assume" && invocation.Arguments.Length >= 1
                && method.ContainingType is { Name: "Debug" or "Trace" or "Contract" } type
                && type.ContainingNamespace?.ToDisplayString() is "System.Diagnostics" or "System.Diagnostics.Contracts")
            {
                Narrow(state, invocation.Arguments[0].Value, whenTrue: true); // Debug.Assert(p > 0): the author states the fact
                return;
            }

            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter is { Type.SpecialType: SpecialType.System_Boolean } parameter && _summaries.Asserts(invocation.TargetMethod, parameter, CancellationToken))
                {
                    Narrow(state, argument.Value, whenTrue: true);
                }
            }
        }

        /// <summary>The state on the edge where the condition has the given value: comparisons of a variable with a bound narrow the variable.</summary>
        public SignFlow.State Narrow(SignFlow.State state, IOperation condition, bool whenTrue, int depth = 0)
        {
            if (depth > 16)
            {
                return state;
            }

            switch (condition)
            {
                case IConversionOperation conversion:
                    return Narrow(state, conversion.Operand, whenTrue, depth + 1);
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                    return Narrow(state, not.Operand, !whenTrue, depth + 1);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } both when whenTrue:
                    return Narrow(Narrow(state, both.LeftOperand, true, depth + 1), both.RightOperand, true, depth + 1);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } either when !whenTrue:
                    return Narrow(Narrow(state, either.LeftOperand, false, depth + 1), either.RightOperand, false, depth + 1);
                case IBinaryOperation comparison:
                    NarrowComparison(state, comparison.OperatorKind, comparison.LeftOperand, comparison.RightOperand, whenTrue);
                    NarrowComparison(state, Mirror(comparison.OperatorKind), comparison.RightOperand, comparison.LeftOperand, whenTrue);
                    return state;
                case IIsPatternOperation isPattern:
                    NarrowPattern(state, isPattern.Value, isPattern.Pattern, whenTrue, depth + 1);
                    return state;
            }

            return state;
        }

        /// <summary>`p is &gt; 0`, `p is not 0`, `p is &gt; 0 and &lt; 1`: the same facts as the comparisons they stand for.</summary>
        private void NarrowPattern(SignFlow.State state, IOperation value, IPatternOperation pattern, bool whenTrue, int depth)
        {
            if (depth > 16)
            {
                return;
            }

            switch (pattern)
            {
                case IRelationalPatternOperation relational:
                    NarrowComparison(state, relational.OperatorKind, value, relational.Value, whenTrue);
                    break;
                case IConstantPatternOperation constant:
                    NarrowComparison(state, BinaryOperatorKind.Equals, value, constant.Value, whenTrue);
                    break;
                case INegatedPatternOperation negated:
                    NarrowPattern(state, value, negated.Pattern, !whenTrue, depth + 1);
                    break;
                case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.And } both when whenTrue:
                    NarrowPattern(state, value, both.LeftPattern, true, depth + 1);
                    NarrowPattern(state, value, both.RightPattern, true, depth + 1);
                    break;
                case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } either when !whenTrue:
                    NarrowPattern(state, value, either.LeftPattern, false, depth + 1);
                    NarrowPattern(state, value, either.RightPattern, false, depth + 1);
                    break;
            }
        }

        private void NarrowComparison(SignFlow.State state, BinaryOperatorKind kind, IOperation variable, IOperation bound, bool whenTrue)
        {
            if (Key(variable) is not { } key)
            {
                return;
            }

            if (!whenTrue)
            {
                kind = kind switch
                {
                    BinaryOperatorKind.GreaterThan => BinaryOperatorKind.LessThanOrEqual,
                    BinaryOperatorKind.GreaterThanOrEqual => BinaryOperatorKind.LessThan,
                    BinaryOperatorKind.LessThan => BinaryOperatorKind.GreaterThanOrEqual,
                    BinaryOperatorKind.LessThanOrEqual => BinaryOperatorKind.GreaterThan,
                    BinaryOperatorKind.Equals => BinaryOperatorKind.NotEquals,
                    BinaryOperatorKind.NotEquals => BinaryOperatorKind.Equals,
                    _ => BinaryOperatorKind.None,
                };
            }

            Sign b = new SignVisitorProbe(this).Of(bound, state);
            Sign added = kind switch
            {
                BinaryOperatorKind.GreaterThan when b.Has(Sign.NonNegative) => Sign.Positive,
                BinaryOperatorKind.GreaterThanOrEqual => (b & (Sign.Positive | Sign.NonNegative)),
                BinaryOperatorKind.LessThan => (b.Has(Sign.AtMost1) ? Sign.Below1 : Sign.None) | (b.Has(Sign.Zero) || b.Has(Sign.Negative) ? Sign.Negative : Sign.None),
                BinaryOperatorKind.LessThanOrEqual => (b & (Sign.AtMost1 | Sign.Below1 | Sign.Negative)),
                BinaryOperatorKind.NotEquals when b.Has(Sign.Zero) => Sign.NonZero,
                BinaryOperatorKind.Equals => b,
                _ => Sign.None,
            };
            if (added != Sign.None)
            {
                state.Refine(key, Signs.Close(state.Get(key) | added));
            }
        }

        private static BinaryOperatorKind Mirror(BinaryOperatorKind kind) => kind switch
        {
            BinaryOperatorKind.LessThan => BinaryOperatorKind.GreaterThan,
            BinaryOperatorKind.LessThanOrEqual => BinaryOperatorKind.GreaterThanOrEqual,
            BinaryOperatorKind.GreaterThan => BinaryOperatorKind.LessThan,
            BinaryOperatorKind.GreaterThanOrEqual => BinaryOperatorKind.LessThanOrEqual,
            _ => kind,
        };

        private static bool IsIntegral(IOperation operation) => operation.Type?.SpecialType is
            SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Int16 or SpecialType.System_SByte
            or SpecialType.System_UInt32 or SpecialType.System_UInt64 or SpecialType.System_UInt16 or SpecialType.System_Byte;

        private static bool IsPositiveConstant(IOperation operation) =>
            operation.ConstantValue.HasValue && Signs.ToDouble(operation.ConstantValue.Value) is > 0;

        private static bool SameValue(IOperation a, IOperation b)
        {
            while (a is IConversionOperation ca)
            {
                a = ca.Operand;
            }

            while (b is IConversionOperation cb)
            {
                b = cb.Operand;
            }

            return Key(a) is { } ka ? Equals(ka, Key(b)) : a.Syntax.IsEquivalentTo(b.Syntax);
        }

        /// <summary>Evaluates a bound without recording or keeping its writes (a bound is read, not run, twice).</summary>
        private readonly struct SignVisitorProbe
        {
            private readonly SignRules _rules;

            public SignVisitorProbe(SignRules rules) => _rules = rules;

            public Sign Of(IOperation operation, SignFlow.State state, int depth = 0)
            {
                if (depth > 32)
                {
                    return Sign.None;
                }

                if (operation.ConstantValue.HasValue)
                {
                    return _rules.Constant(operation);
                }

                return operation switch
                {
                    IConversionOperation conversion => Of(conversion.Operand, state, depth + 1),
                    _ when Key(operation) is { } key => state.Get(key),
                    IBinaryOperation binary => Binary(binary.OperatorKind, Of(binary.LeftOperand, state, depth + 1), Of(binary.RightOperand, state, depth + 1), binary.LeftOperand, binary.RightOperand),
                    IInvocationOperation => Sign.None,
                    _ => _rules.Leaf(operation),
                };
            }
        }
    }
}
