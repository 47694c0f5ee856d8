using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CeGenerators.Analyzers
{
    /// <summary>
    /// Must-analysis over Roslyn's control-flow graph: is a value provably positive on every path that reaches a use?
    /// Branch edges whose condition implies value &gt; 0 make it positive; an assignment to the variable sets it to what
    /// the assigned expression proves. Paths meet with AND. Returns null when no graph can be built (lambdas, field
    /// initializers), so the caller can fall back to the structural checks. The graph is built once per body and cached;
    /// every edge evaluated is charged to the caller's proof budget, and running out also answers null.
    /// </summary>
    internal static class GuardFlow
    {
        /// <summary>Larger graphs (generated tables, thousands of statements) get the structural checks only.</summary>
        private const int MaxBlocks = 2000;

        public static bool? IsPositiveAtUse(
            IOperation value,
            ISymbol? variable,
            IOperation use,
            Func<IOperation, bool, bool> implies,
            Func<IOperation, IOperation, bool> isPositive,
            Func<bool> step,
            System.Runtime.CompilerServices.ConditionalWeakTable<IOperation, ControlFlowGraph> graphs,
            CancellationToken cancellationToken)
        {
            IOperation root = use;
            while (root.Parent is not null)
            {
                if (root is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return null;
                }

                root = root.Parent;
            }

            if (root is not (IMethodBodyOperation or IBlockOperation or IConstructorBodyOperation))
            {
                return null;
            }

            ControlFlowGraph? graph;
            try
            {
                graph = graphs.GetValue(root, r => r switch
                {
                    IMethodBodyOperation body => ControlFlowGraph.Create(body, cancellationToken),
                    IBlockOperation block => ControlFlowGraph.Create(block, cancellationToken),
                    _ => ControlFlowGraph.Create((IConstructorBodyOperation)r, cancellationToken),
                });
            }
            catch (ArgumentException)
            {
                return null;
            }

            if (graph is null || graph.Blocks.Length > MaxBlocks)
            {
                return null;
            }

            var blocks = graph.Blocks;
            int target = -1;
            for (int b = 0; b < blocks.Length && target < 0; b++)
            {
                if (OperationsOf(blocks[b]).Any(o => o.Syntax.Span.Contains(use.Syntax.Span) && o.Syntax.SyntaxTree == use.Syntax.SyntaxTree))
                {
                    target = b;
                }
            }

            if (target < 0)
            {
                return null;
            }

            // in[b]: positive on entry to block b along every path. Optimistic start, entry block false; iterate down.
            var entry = new bool[blocks.Length];
            for (int b = 0; b < blocks.Length; b++)
            {
                entry[b] = blocks[b].Kind != BasicBlockKind.Entry;
            }

            bool changed = true;
            for (int round = 0; changed && round < 50; round++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                changed = false;
                for (int b = 0; b < blocks.Length; b++)
                {
                    BasicBlock block = blocks[b];
                    if (block.Kind == BasicBlockKind.Entry || block.Predecessors.Length == 0)
                    {
                        if (block.Kind != BasicBlockKind.Entry && entry[b])
                        {
                            entry[b] = false; // unreachable blocks prove nothing
                            changed = true;
                        }

                        continue;
                    }

                    bool state = true;
                    foreach (ControlFlowBranch branch in block.Predecessors)
                    {
                        if (!step())
                        {
                            return null;
                        }

                        state &= EdgeState(branch, entry[branch.Source.Ordinal], value, variable, implies, isPositive, stopAt: null);
                    }

                    if (state != entry[b])
                    {
                        entry[b] = state;
                        changed = true;
                    }
                }
            }

            // Inside the target block: assignments before the use.
            return Transfer(blocks[target], entry[target], variable, isPositive, stopAt: use.Syntax.SpanStart);
        }

        private static IEnumerable<IOperation> OperationsOf(BasicBlock block) =>
            block.BranchValue is null ? block.Operations : block.Operations.Append(block.BranchValue);

        private static bool EdgeState(ControlFlowBranch branch, bool sourceEntry, IOperation value, ISymbol? variable, Func<IOperation, bool, bool> implies, Func<IOperation, IOperation, bool> isPositive, int? stopAt)
        {
            BasicBlock source = branch.Source;
            bool state = Transfer(source, sourceEntry, variable, isPositive, stopAt);
            if (source.BranchValue is { } condition && source.ConditionKind != ControlFlowConditionKind.None)
            {
                bool conditional = branch.IsConditionalSuccessor;
                // The conditional successor is taken when the condition equals ConditionKind.
                bool takenWhenTrue = conditional == (source.ConditionKind == ControlFlowConditionKind.WhenTrue);
                state |= implies(condition, takenWhenTrue);
            }

            return state;
        }

        private static bool Transfer(BasicBlock block, bool state, ISymbol? variable, Func<IOperation, IOperation, bool> isPositive, int? stopAt)
        {
            if (variable is null)
            {
                return state;
            }

            foreach (IOperation operation in block.Operations)
            {
                if (stopAt is { } end && operation.Syntax.SpanStart >= end)
                {
                    break;
                }

                foreach (IOperation node in operation.DescendantsAndSelf())
                {
                    switch (node)
                    {
                        case ISimpleAssignmentOperation simple when Refers(simple.Target, variable):
                            state = isPositive(simple.Value, simple);
                            break;
                        case ICompoundAssignmentOperation compound when Refers(compound.Target, variable):
                            state = state && compound.OperatorKind == BinaryOperatorKind.Add && isPositive(compound.Value, compound);
                            break;
                        case IIncrementOrDecrementOperation increment when Refers(increment.Target, variable):
                            state = state && increment.Kind == OperationKind.Increment;
                            break;
                    }
                }
            }

            return state;
        }

        private static bool Refers(IOperation target, ISymbol symbol) => target switch
        {
            ILocalReferenceOperation local => SymbolEqualityComparer.Default.Equals(local.Local, symbol),
            IParameterReferenceOperation parameter => SymbolEqualityComparer.Default.Equals(parameter.Parameter, symbol),
            _ => false,
        };
    }
}
