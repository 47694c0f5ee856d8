using System.Collections.Immutable;
using CeGenerators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CeGenerators.Analyzers
{
    /// <summary>
    /// CEG1003: exps of raw inputs that overflow: log(1 + exp(x)) (a naive softplus), exps summed into a running total or
    /// normalized by a sum (a softmax or log-sum-exp without max subtraction). Kept apart from
    /// <see cref="NumericStabilityAnalyzer"/>, which owns the log-argument rules (CEG1001, CEG1002).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ExpOverflowAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.OverflowingExp);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var math = new MathMethods(start.Compilation);
                start.RegisterOperationAction(c => AnalyzeInvocation(c, math), OperationKind.Invocation);
            });
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, MathMethods math)
        {
            var invocation = (IInvocationOperation)context.Operation;
            IMethodSymbol method = invocation.TargetMethod;
            if (!math.IsMathLike(method.ContainingType) || invocation.Arguments.Length != 1)
            {
                return;
            }

            if (math.IsLog(method)
                && Unwrap(invocation.Arguments[0].Value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum
                && (IsExpOfRaw(sum.RightOperand) || IsExpOfRaw(sum.LeftOperand)))
            {
                // log(1 + exp(x)) with x not known to be <= 0: the stable softplus is max(x, 0) + log(1 + exp(-|x|)).
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.OverflowingExp,
                    invocation.Syntax.GetLocation(),
                    invocation.Syntax.ToString(),
                    "exp(x) is +inf beyond x = 88 (float) or 709 (double); use the stable softplus max(x, 0) + log(1 + exp(-|x|))"));
            }
            else if (method.Name == "Exp" && (IsAccumulated(invocation) || IsNormalized(invocation)) && IsExpOfRaw(invocation))
            {
                // sum += exp(x), a LINQ Sum of exps, or exp(x) / sum over raw inputs: a softmax or log-sum-exp without
                // max subtraction.
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.OverflowingExp,
                    invocation.Syntax.GetLocation(),
                    invocation.Syntax.ToString(),
                    "an exp of a raw input is +inf once the input passes 88 (float) or 709 (double), and the softmax it feeds is NaN; subtract the maximum first (exp(x - max))"));
            }
        }

        /// <summary>The exp is divided by something: exp(x) / sum, a softmax normalization.</summary>
        private static bool IsNormalized(IInvocationOperation exp)
        {
            IOperation child = exp;
            IOperation? parent = exp.Parent;
            while (parent is IConversionOperation)
            {
                child = parent;
                parent = parent.Parent;
            }

            return parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } division && ReferenceEquals(division.LeftOperand, child);
        }

        /// <summary>The exp is added into a running sum (s += exp(..)) or is the body of a LINQ Sum.</summary>
        private static bool IsAccumulated(IInvocationOperation exp)
        {
            IOperation? parent = exp.Parent;
            while (parent is IConversionOperation)
            {
                parent = parent.Parent;
            }

            if (parent is ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add })
            {
                return true;
            }

            return parent is IReturnOperation { Parent: IBlockOperation { Parent: IAnonymousFunctionOperation { Parent: IDelegateCreationOperation { Parent: IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Sum" } } } } } };
        }

        private static bool IsExpOfRaw(IOperation operation)
        {
            if (Unwrap(operation) is not IInvocationOperation { TargetMethod.Name: "Exp" } exp || exp.Arguments.Length != 1)
            {
                return false;
            }

            // exp(-|x|), exp(-x) with x >= 0, exp(x - max) and constants are bounded; anything else is raw.
            IOperation x = Unwrap(exp.Arguments[0].Value);
            return x.ConstantValue is not { HasValue: true }
                && x is not IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus }
                && x is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract };
        }

        private static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }
    }
}
