using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using CeGenerators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CeGenerators.Analyzers
{
    /// <summary>
    /// CEG1003: exps that overflow because their argument is not bounded above (<see cref="ExpBounds"/>), in the four
    /// shapes where the overflow turns a finite answer into inf or NaN: a naive softplus <c>log(1 + exp(x))</c>, a naive
    /// sigmoid <c>exp(x) / (1 + exp(x))</c> (inf / inf), and a softmax or log-sum-exp without max subtraction (exps summed
    /// into a running total or a LINQ Sum, divided by a sum, or stored into a collection the method normalizes). The
    /// sigmoid written <c>1 / (1 + exp(-x))</c> is stable (an overflow gives 1 / inf = 0, the right limit) and is not
    /// reported. Kept apart from <see cref="NumericStabilityAnalyzer"/>, which owns the log-argument rules (CEG1001, CEG1002).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ExpOverflowAnalyzer : DiagnosticAnalyzer
    {
        private const string SoftplusReason = "exp(x) is +inf beyond x = 88 (float) or 709 (double); use the stable softplus max(x, 0) + log(1 + exp(-|x|))";
        private const string SigmoidReason = "exp(x) / (1 + exp(x)) is inf / inf = NaN beyond x = 88 (float) or 709 (double); use 1 / (1 + exp(-x))";
        private const string SoftmaxReason = "an exp of a raw input is +inf once the input passes 88 (float) or 709 (double), and the softmax it feeds is NaN; subtract the maximum first (exp(x - max))";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.OverflowingExp);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var math = new MathMethods(start.Compilation);
                var writes = new ConditionalWeakTable<IOperation, LocalWrites>();
                start.RegisterOperationAction(c => AnalyzeInvocation(c, math, writes), OperationKind.Invocation);
            });
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, MathMethods math, ConditionalWeakTable<IOperation, LocalWrites> writes)
        {
            var invocation = (IInvocationOperation)context.Operation;
            IMethodSymbol method = invocation.TargetMethod;
            if (invocation.Arguments.Length != 1 || method.Name is not ("Log" or "LogP1" or "Exp") || !math.IsMathLike(method.ContainingType))
            {
                return; // the cheap filter: one set lookup for the math calls, nothing for the rest
            }

            IOperation root = LocalWrites.RootOf(invocation);
            ExpBounds Bounds() => new(writes.GetValue(root, r => new LocalWrites(r)));

            if (method.Name != "Exp")
            {
                if (SoftplusExp(invocation, method.Name, math) is { } exp && !Bounds().IsBoundedAbove(exp.Arguments[0].Value))
                {
                    Report(context, invocation.Syntax, SoftplusReason);
                }

                return;
            }

            IOperation x = invocation.Arguments[0].Value;
            if (ExpShapes.NaiveSigmoid(invocation, math) is { } division)
            {
                if (!Bounds().IsBoundedAbove(x))
                {
                    Report(context, division.Syntax, SigmoidReason);
                }
            }
            else if ((ExpShapes.IsAccumulated(invocation) ? invocation : ExpShapes.Normalization(invocation, root) ?? (ExpShapes.IsCollectedForNormalizing(invocation, root) ? invocation : null)) is { } site)
            {
                if (!Bounds().IsBoundedAbove(x))
                {
                    Report(context, site.Syntax, SoftmaxReason);
                }
            }
            else if (ExpShapes.InitializedLocal(invocation) is { } local && !Bounds().IsBoundedAbove(x)
                && ExpShapes.LocalNormalization(local, root, out bool sigmoid) is { } localDivision)
            {
                // e / (1 + e) is reported at the ratio (its fix rewrites the ratio); a softmax through locals at the exp.
                Report(context, sigmoid ? localDivision.Syntax : invocation.Syntax, sigmoid ? SigmoidReason : SoftmaxReason);
            }
        }

        /// <summary>log(1 + exp(x)), log(exp(x) + 1) or LogP1(exp(x)): the exp, else null.</summary>
        private static IInvocationOperation? SoftplusExp(IInvocationOperation log, string name, MathMethods math)
        {
            IOperation argument = ExpBounds.Unwrap(log.Arguments[0].Value);
            if (name == "LogP1")
            {
                return ExpShapes.AsExp(argument, math);
            }

            return argument is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum
                ? (ExpShapes.IsOne(sum.LeftOperand) ? ExpShapes.AsExp(sum.RightOperand, math) : null)
                    ?? (ExpShapes.IsOne(sum.RightOperand) ? ExpShapes.AsExp(sum.LeftOperand, math) : null)
                : null;
        }

        private static void Report(OperationAnalysisContext context, SyntaxNode at, string reason) =>
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.OverflowingExp, at.GetLocation(), at.ToString(), reason));
    }
}
