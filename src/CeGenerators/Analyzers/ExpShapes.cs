using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CeGenerators.Analyzers
{
    /// <summary>
    /// The places an exp sits in that CEG1003 cares about: the numerator of a naive sigmoid, a running sum, a
    /// normalization, a collection that is then normalized. Shapes only; whether the exp's argument is bounded is
    /// <see cref="ExpBounds"/>'s question, asked afterwards because it costs more.
    /// </summary>
    internal static class ExpShapes
    {
        private const int MaxOperations = 20000;

        /// <summary>The operation as an exp call of one argument on a math type, else null.</summary>
        public static IInvocationOperation? AsExp(IOperation operation, MathMethods math) =>
            ExpBounds.Unwrap(operation) is IInvocationOperation { TargetMethod.Name: "Exp", Arguments.Length: 1 } exp && math.IsMathLike(exp.TargetMethod.ContainingType)
                ? exp
                : null;

        /// <summary>The constant 1, or <c>T.One</c>.</summary>
        public static bool IsOne(IOperation operation)
        {
            operation = ExpBounds.Unwrap(operation);
            return ExpBounds.ToDouble(operation.ConstantValue) == 1
                || operation is IPropertyReferenceOperation { Property: { Name: "One", IsStatic: true } };
        }

        /// <summary>exp(x) / (1 + exp(x)) or exp(x) / (exp(x) + 1), the exp being the numerator: the division, else null.</summary>
        public static IBinaryOperation? NaiveSigmoid(IInvocationOperation exp, MathMethods math)
        {
            if (Consumer(exp, out IOperation child) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } division
                || !ReferenceEquals(division.LeftOperand, child)
                || ExpBounds.Unwrap(division.RightOperand) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum)
            {
                return null;
            }

            IInvocationOperation? other = (IsOne(sum.LeftOperand) ? AsExp(sum.RightOperand, math) : null) ?? (IsOne(sum.RightOperand) ? AsExp(sum.LeftOperand, math) : null);
            return other is not null && other.Arguments[0].Value.Syntax.IsEquivalentTo(exp.Arguments[0].Value.Syntax, topLevel: false) ? division : null;
        }

        /// <summary>The local an exp initializes (<c>double e = Math.Exp(x);</c>), else null.</summary>
        public static ILocalSymbol? InitializedLocal(IInvocationOperation exp) =>
            Consumer(exp, out _) is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } ? declarator.Symbol : null;

        /// <summary>
        /// A division by a sum that holds the local e (<c>e = exp(x)</c>): <c>e / (1 + e)</c> (a naive sigmoid, fixable), or
        /// <c>a / (a + e)</c>, <c>e / (a + e)</c> (a two-way softmax through locals). Returns the division, else null.
        /// </summary>
        public static IBinaryOperation? LocalNormalization(ILocalSymbol local, IOperation root, out bool sigmoid)
        {
            sigmoid = false;
            int count = 0;
            foreach (IOperation operation in root.Descendants())
            {
                if (++count > MaxOperations)
                {
                    return null;
                }

                if (operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } division
                    && ExpBounds.Unwrap(division.RightOperand) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum
                    && (IsLocal(sum.LeftOperand, local) || IsLocal(sum.RightOperand, local)))
                {
                    IOperation other = IsLocal(sum.RightOperand, local) ? sum.LeftOperand : sum.RightOperand;
                    sigmoid = IsLocal(division.LeftOperand, local) && IsOne(other);
                    if (sigmoid || IsLocal(division.LeftOperand, local) || Symbol(division.LeftOperand) is { } numerator && Symbol(other) is { } left && SymbolEqualityComparer.Default.Equals(numerator, left))
                    {
                        return division;
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// exp(x) divided by a sum: a softmax normalization; returns the operation to report (the exp, or the whole ratio
        /// when the denominator holds the same exp), else null. The denominator is a LINQ or TensorPrimitives Sum, a sum with
        /// an exp in it (<c>exp(a) / (exp(a) + exp(b))</c>), something that holds exp(x) again (<c>exp(-z) / (s * (1 +
        /// exp(-z))^2)</c>, inf / inf), or a variable that is a running sum (named sum, total, norm or Z, or added to with
        /// +=). Other divisions (<c>exp(-x) / Gamma(a)</c>, <c>exp(a log x) / (x + 1)</c>) are not normalizations.
        /// </summary>
        public static IOperation? Normalization(IInvocationOperation exp, IOperation root)
        {
            if (Consumer(exp, out IOperation child) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } division || !ReferenceEquals(division.LeftOperand, child))
            {
                return null;
            }

            IOperation denominator = ExpBounds.Unwrap(division.RightOperand);
            switch (denominator)
            {
                case IInvocationOperation { TargetMethod.Name: "Sum" }:
                    return exp;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum when HasExp(sum.LeftOperand) || HasExp(sum.RightOperand):
                    return exp;
            }

            if (Symbol(denominator) is { } variable)
            {
                string name = variable.Name.TrimStart('_').ToLowerInvariant();
                return name.Contains("sum") || name.Contains("total") || name.Contains("norm") || name == "z" || IsRunningSum(variable, root) ? exp : null;
            }

            int count = 0;
            foreach (IOperation operation in denominator.Descendants())
            {
                if (++count > 64)
                {
                    break;
                }

                if (operation is IInvocationOperation { TargetMethod.Name: "Exp", Arguments.Length: 1 } again
                    && again.Arguments[0].Value.Syntax.IsEquivalentTo(exp.Arguments[0].Value.Syntax, topLevel: false))
                {
                    return division; // the whole ratio is the naive site: both exps overflow together
                }
            }

            return null;
        }

        private static bool HasExp(IOperation operation) => ExpBounds.Unwrap(operation) is IInvocationOperation { TargetMethod.Name: "Exp" };

        private static bool IsRunningSum(ISymbol variable, IOperation root)
        {
            int count = 0;
            foreach (IOperation operation in root.Descendants())
            {
                if (++count > MaxOperations)
                {
                    return false;
                }

                if (operation is ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } add && Symbol(add.Target) is { } target
                    && SymbolEqualityComparer.Default.Equals(target, variable))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>s += exp(x), s += w * exp(x), s = s + exp(x), or the body of a LINQ Sum or Select.</summary>
        public static bool IsAccumulated(IInvocationOperation exp)
        {
            IOperation? parent = Consumer(exp, out _);
            for (int i = 0; i < 4 && parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } weighted; i++)
            {
                parent = Consumer(weighted, out _); // s += w * exp(x): a weighted sum is a sum
            }

            switch (parent)
            {
                case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add }:
                    return true;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum
                    when Consumer(sum, out _) is ISimpleAssignmentOperation assignment
                        && (assignment.Target.Syntax.IsEquivalentTo(ExpBounds.Unwrap(sum.LeftOperand).Syntax) || assignment.Target.Syntax.IsEquivalentTo(ExpBounds.Unwrap(sum.RightOperand).Syntax)):
                    return true;
                case IReturnOperation { Parent: IBlockOperation { Parent: IAnonymousFunctionOperation { Parent: IDelegateCreationOperation { Parent: IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Sum" or "Select" } } } } } }:
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>
        /// e[i] = exp(x[i]) into an array, span or list that the same method then sums or divides (<c>sum += e[i]</c>,
        /// <c>e[i] /= sum</c>, <c>e[i] / sum</c>, <c>e.Sum()</c>): a softmax built in place.
        /// </summary>
        public static bool IsCollectedForNormalizing(IInvocationOperation exp, IOperation root)
        {
            if (Consumer(exp, out IOperation child) is not ISimpleAssignmentOperation assignment
                || !ReferenceEquals(assignment.Value, child)
                || CollectionOf(assignment.Target) is not { } collection)
            {
                return false;
            }

            int count = 0;
            foreach (IOperation operation in root.Descendants())
            {
                if (++count > MaxOperations)
                {
                    return false;
                }

                bool normalizes = operation switch
                {
                    ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } add => IsElementOf(add.Value, collection),
                    ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Divide } divide => IsElementOf(divide.Target, collection),
                    IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } divide => IsElementOf(divide.LeftOperand, collection),
                    IInvocationOperation { TargetMethod.Name: "Sum" } sum => sum.Instance is { } instance && Refers(instance, collection)
                        || sum.Arguments.Length > 0 && Refers(sum.Arguments[0].Value, collection),
                    _ => false,
                };
                if (normalizes)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The operation that consumes the value, past conversions and parentheses; child is its direct operand.</summary>
        private static IOperation? Consumer(IOperation operation, out IOperation child)
        {
            child = operation;
            IOperation? parent = operation.Parent;
            while (parent is IConversionOperation or IParenthesizedOperation)
            {
                child = parent;
                parent = parent.Parent;
            }

            return parent;
        }

        private static ISymbol? CollectionOf(IOperation element) => ExpBounds.Unwrap(element) switch
        {
            IArrayElementReferenceOperation array => Symbol(array.ArrayReference),
            IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance } => Symbol(instance),
            _ => null,
        };

        private static bool IsElementOf(IOperation operation, ISymbol collection) =>
            CollectionOf(operation) is { } symbol && SymbolEqualityComparer.Default.Equals(symbol, collection);

        private static bool Refers(IOperation operation, ISymbol collection) =>
            Symbol(operation) is { } symbol && SymbolEqualityComparer.Default.Equals(symbol, collection);

        private static ISymbol? Symbol(IOperation operation) => ExpBounds.Unwrap(operation) switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };

        private static bool IsLocal(IOperation operation, ILocalSymbol local) =>
            ExpBounds.Unwrap(operation) is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local);
    }
}
