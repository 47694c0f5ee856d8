using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CeGenerators.Analyzers
{
    /// <summary>
    /// The values written to each local of one operation block (a method body with its lambdas), collected in one walk the
    /// first time a local is asked about and kept for the block's other exps. A write whose value is not an expression
    /// (<c>out</c>, <c>ref</c>, <c>++</c>, deconstruction, a pattern) is recorded as null: unknown. A <c>foreach</c>
    /// variable records its collection, so a loop over <c>logProbs</c> reads as logs.
    /// </summary>
    internal sealed class LocalWrites
    {
        private const int MaxOperations = 20000;

        private readonly IOperation _root;
        private readonly object _gate = new();
        private Dictionary<ILocalSymbol, List<IOperation?>>? _writes;
        private bool _tooLarge;

        public LocalWrites(IOperation root) => _root = root;

        /// <summary>The root of the operation tree that holds this operation: the block the driver analyses.</summary>
        public static IOperation RootOf(IOperation operation)
        {
            while (operation.Parent is { } parent)
            {
                operation = parent;
            }

            return operation;
        }

        /// <summary>Every value written to the local, null for a write of unknown value; null when the block is too large to walk.</summary>
        public IReadOnlyList<IOperation?>? Of(ILocalSymbol local)
        {
            lock (_gate)
            {
                _writes ??= Collect();
                return _tooLarge ? null : _writes.TryGetValue(local, out List<IOperation?>? writes) ? writes : null;
            }
        }

        private Dictionary<ILocalSymbol, List<IOperation?>> Collect()
        {
            var writes = new Dictionary<ILocalSymbol, List<IOperation?>>(SymbolEqualityComparer.Default);
            int count = 0;
            foreach (IOperation operation in _root.Descendants())
            {
                if (++count > MaxOperations)
                {
                    _tooLarge = true;
                    break;
                }

                switch (operation)
                {
                    case IVariableDeclaratorOperation { Initializer: { } initializer } declarator:
                        Add(writes, declarator.Symbol, initializer.Value);
                        break;
                    case IVariableDeclaratorOperation { Parent: IForEachLoopOperation loop } declarator:
                        Add(writes, declarator.Symbol, loop.Collection);
                        break;
                    case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment:
                        Add(writes, target.Local, assignment.Value);
                        break;
                    case ICompoundAssignmentOperation { Target: ILocalReferenceOperation target } compound:
                        Add(writes, target.Local, compound.OperatorKind == BinaryOperatorKind.Add ? compound.Value : null);
                        break;
                    case IIncrementOrDecrementOperation { Target: ILocalReferenceOperation target }:
                        Add(writes, target.Local, null);
                        break;
                    case IArgumentOperation { Parameter.RefKind: RefKind.Out or RefKind.Ref } argument:
                        Unknown(writes, argument.Value);
                        break;
                    case IDeconstructionAssignmentOperation deconstruction:
                        Unknown(writes, deconstruction.Target);
                        break;
                    case IDeclarationPatternOperation { DeclaredSymbol: ILocalSymbol declared }:
                        Add(writes, declared, null);
                        break;
                }
            }

            return writes;
        }

        private static void Unknown(Dictionary<ILocalSymbol, List<IOperation?>> writes, IOperation target)
        {
            if (target is ILocalReferenceOperation local)
            {
                Add(writes, local.Local, null);
            }

            foreach (IOperation operation in target.Descendants())
            {
                if (operation is ILocalReferenceOperation nested)
                {
                    Add(writes, nested.Local, null);
                }
            }
        }

        private static void Add(Dictionary<ILocalSymbol, List<IOperation?>> writes, ILocalSymbol local, IOperation? value)
        {
            if (!writes.TryGetValue(local, out List<IOperation?>? list))
            {
                writes[local] = list = new List<IOperation?>();
            }

            list.Add(value);
        }
    }
}
