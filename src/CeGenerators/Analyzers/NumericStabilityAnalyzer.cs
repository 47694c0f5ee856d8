using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Globalization;
using CeGenerators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace CeGenerators.Analyzers
{
    /// <summary>
    /// Finds numerically unstable logarithms in loss and metric code: logarithms of values that can be 0 or negative (CEG1001)
    /// and epsilons that vanish in their type (CEG1002). It registers on invocation operations only and analyzes further
    /// only calls of log, max, min and clamp. Exp overflow (CEG1003) is <see cref="ExpOverflowAnalyzer"/>'s.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class NumericStabilityAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.UnstableLog,
            DiagnosticDescriptors.EpsilonTooSmall);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var math = new MathMethods(start.Compilation);
                var summaries = new MethodSummaries(start.Compilation);
                var flows = new ConditionalWeakTable<ControlFlowGraph, Dictionary<TextSpan, Sign>>();
                start.RegisterOperationAction(c => AnalyzeInvocation(c, math, summaries, flows), OperationKind.Invocation);
            });
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, MathMethods math, MethodSummaries summaries, ConditionalWeakTable<ControlFlowGraph, Dictionary<TextSpan, Sign>> flows)
        {
            var invocation = (IInvocationOperation)context.Operation;
            IMethodSymbol method = invocation.TargetMethod;
            if (math.TensorPrimitives is { } tensor && SymbolEqualityComparer.Default.Equals(method.ContainingType, tensor))
            {
                if (method.Name is "Log" or "Log2" or "Log10" && invocation.Arguments.Length == 2)
                {
                    AnalyzeSpanLog(context, invocation, tensor);
                }

                return;
            }

            if (!math.IsMathLike(method.ContainingType))
            {
                return; // the cheap filter: everything else costs one set lookup
            }

            if (math.IsLog(method) && invocation.Arguments.Length >= 1)
            {
                AnalyzeLog(context, invocation, math, summaries, flows);
            }
            else if (method.Name is "Max" or "Clamp" or "Min")
            {
                AnalyzeEpsilon(context, invocation);
            }
        }

        /// <summary>
        /// CEG1001: the sign of the log's argument comes from one <see cref="SignFlow"/> pass over the graph of the operation
        /// block that holds the log. The driver caches that graph, and the pass's result is kept with it, so a method is
        /// analysed once however many logs it has. An argument that is not safe by <see cref="Signs.IsSafeLogArgument"/>
        /// is reported, and so is a log the pass did not reach (it did not settle).
        /// </summary>
        private static void AnalyzeLog(OperationAnalysisContext context, IInvocationOperation invocation, MathMethods math, MethodSummaries summaries, ConditionalWeakTable<ControlFlowGraph, Dictionary<TextSpan, Sign>> flows)
        {
            IOperation argument = invocation.Arguments[0].Value;
            bool strict = context.Options.AnalyzerConfigOptionsProvider.GetOptions(invocation.Syntax.SyntaxTree).TryGetValue(StrictOption, out string? value)
                && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
            var rules = new SignRules(math, summaries, context.CancellationToken);

            // The same rules with nothing known about any variable: what is safe whatever the variables hold (a constant, a
            // clamp, an exp, a helper that clamps) needs no graph. Knowing more can only add facts, so this never hides a
            // warning the pass over the graph would give.
            if (Signs.IsSafeLogArgument(new SignVisitor(rules, null!, null!, record: false).Visit(argument, new SignFlow.State()), strict))
            {
                return;
            }

            ControlFlowGraph? graph;
            try
            {
                graph = context.GetControlFlowGraph();
            }
            catch (ArgumentException)
            {
                graph = null; // an operation block without a graph (attribute arguments): nothing to prove a log with
            }

            Dictionary<TextSpan, Sign>? signs = graph is null ? null : flows.GetValue(graph, g =>
            {
                var recorded = new Dictionary<TextSpan, Sign>();
                SignFlow.RecordLogs(g, rules, recorded);
                return recorded;
            });
            if (signs is not null && signs.TryGetValue(argument.Syntax.Span, out Sign sign) && Signs.IsSafeLogArgument(sign, strict))
            {
                return;
            }

            string fix = Unwrap(argument) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } ? "complement" : "clamp";
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.UnstableLog,
                argument.Syntax.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(DiagnosticIds.FixKind, fix),
                argument.Syntax.ToString(),
                invocation.TargetMethod.ContainingType.Name + "." + invocation.TargetMethod.Name));
        }

        /// <summary>The .editorconfig key that turns on the strict rule: a log argument must be proven positive, not only non-zero.</summary>
        public const string StrictOption = "cegenerators_log_strict";

        /// <summary>
        /// TensorPrimitives.Log(x, destination): x is safe when the statement that last wrote it, in an enclosing block before
        /// the call, is a TensorPrimitives Max(_, eps, x), Add(_, eps, x) with a positive eps, or Exp(_, x) (or Max/Add in
        /// place). Otherwise the span can hold zeros and the diagnostic names it.
        /// </summary>
        private static void AnalyzeSpanLog(OperationAnalysisContext context, IInvocationOperation invocation, INamedTypeSymbol tensor)
        {
            IOperation source = Unwrap(invocation.Arguments[0].Value);
            ISymbol? variable = source switch
            {
                ILocalReferenceOperation local => local.Local,
                IParameterReferenceOperation parameter => parameter.Parameter,
                _ => null,
            };
            if (variable is not null && LastTensorWrite(invocation, variable, tensor) is { } writer && IsPositiveWrite(writer, context.CancellationToken))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.UnstableLog,
                invocation.Arguments[0].Value.Syntax.GetLocation(),
                invocation.Arguments[0].Value.Syntax.ToString(),
                "TensorPrimitives." + invocation.TargetMethod.Name));
        }

        private static IInvocationOperation? LastTensorWrite(IOperation use, ISymbol variable, INamedTypeSymbol tensor)
        {
            for (IOperation? child = use, parent = use.Parent; parent is not null; child = parent, parent = parent.Parent)
            {
                if (parent is not IBlockOperation block)
                {
                    continue;
                }

                for (int i = block.Operations.IndexOf(child!) - 1; i >= 0; i--)
                {
                    if (block.Operations[i] is IExpressionStatementOperation { Operation: IInvocationOperation call }
                        && SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, tensor)
                        && call.Arguments.Length >= 2
                        && Unwrap(call.Arguments[call.Arguments.Length - 1].Value) is { } destination
                        && (destination is ILocalReferenceOperation l && SymbolEqualityComparer.Default.Equals(l.Local, variable)
                            || destination is IParameterReferenceOperation p && SymbolEqualityComparer.Default.Equals(p.Parameter, variable)))
                    {
                        return call;
                    }
                }
            }

            return null;
        }

        private static bool IsPositiveWrite(IInvocationOperation call, System.Threading.CancellationToken cancellationToken)
        {
            switch (call.TargetMethod.Name)
            {
                case "Exp":
                    return true;
                case "Max" or "Add" when call.Arguments.Length == 3:
                    IOperation scalar = Unwrap(call.Arguments[1].Value);
                    return scalar.ConstantValue is { HasValue: true, Value: { } c } && Signs.ToDouble(c) is > 0;
                default:
                    return false;
            }
        }

        /// <summary>CEG1002: Max(p, eps) / Clamp(p, eps, hi) / Min(p, 1 - eps) whose epsilon vanishes in the call's type.</summary>
        private static void AnalyzeEpsilon(OperationAnalysisContext context, IInvocationOperation invocation)
        {
            SpecialType type = MathMethods.ElementType(invocation.Type);
            if (type is not (SpecialType.System_Single or SpecialType.System_Double))
            {
                return;
            }

            bool single = type == SpecialType.System_Single;
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                IOperation value = Unwrap(argument.Value);
                if (value.ConstantValue is not { HasValue: true, Value: { } constant } || Signs.ToDouble(constant) is not { } c)
                {
                    continue;
                }

                // A lower bound written as a positive literal that rounds to 0 (or below the smallest normal) in the type.
                if (value.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax literal && ParsesPositive(literal) && (single ? (float)c < 1.17549435e-38f : c < 2.2250738585072014e-308))
                {
                    Report(context, value, literal.ToString(), single, "it is below the smallest normal number (the log of it is -inf or far from the intended clamp)", single ? "1.1754944E-38f" : "2.2250738585072014E-308");
                }

                // An upper bound 1 - eps that rounds to 1.
                if (value.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.BinaryExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.SubtractExpression } subtraction
                    && (single ? (float)c == 1f : c == 1d))
                {
                    Report(context, value, subtraction.Right.ToString(), single, "1 - eps == 1", single ? "6e-8f" : "1.2e-16");
                }
            }
        }

        /// <summary>The literal as written is above 0 (1e-46f is written positive even though its float value is 0).</summary>
        private static bool ParsesPositive(Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax literal) =>
            double.TryParse(literal.Token.Text.TrimEnd('f', 'F', 'd', 'D', 'm', 'M'), NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) && parsed > 0;

        private static void Report(OperationAnalysisContext context, IOperation at, string epsilon, bool single, string why, string suggestion) =>
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.EpsilonTooSmall,
                at.Syntax.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(DiagnosticIds.Replacement, suggestion),
                epsilon,
                single ? "float" : "double",
                why,
                suggestion));

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
