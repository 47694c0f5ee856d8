using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace CeGenerators.Analyzers
{
    /// <summary>
    /// One forward data-flow pass over a method's control-flow graph: what each local, parameter and flow capture is known
    /// to be (<see cref="Sign"/>) at every point. Operations run in graph order (a value is read before the assignment
    /// that contains it writes), branch edges narrow the compared variables, every write (assignment, compound assignment,
    /// increment, out/ref argument, deconstruction) replaces what was known, and paths meet with <see cref="Signs.Join"/>.
    /// Once the entry states are stable, one last pass records the sign of every log argument, keyed by its span, and
    /// the sign of every returned value. Lambdas and local functions are analysed on their own graphs in that pass.
    /// </summary>
    internal sealed class SignFlow
    {
        private readonly SignRules _rules;
        private readonly Dictionary<TextSpan, Sign>? _logs;
        private Sign? _returned;
        private readonly Dictionary<IParameterSymbol, Sign> _exitParameters = new(SymbolEqualityComparer.Default);
        private IFieldSymbol? _field;
        private Sign? _fieldWritten;

        private SignFlow(SignRules rules, Dictionary<TextSpan, Sign>? logs)
        {
            _rules = rules;
            _logs = logs;
        }

        /// <summary>The signs of the log arguments in the graph (and its lambdas and local functions), by the argument's span.</summary>
        public static void RecordLogs(ControlFlowGraph graph, SignRules rules, Dictionary<TextSpan, Sign> logs, State? initial = null)
        {
            new SignFlow(rules, logs).Run(graph, initial ?? new State());
        }

        /// <summary>The sign every return of the graph's method has, and what its ref parameters hold at the exit.</summary>
        public static (Sign Returned, Dictionary<IParameterSymbol, Sign> RefParameters) Summarize(ControlFlowGraph graph, SignRules rules, State initial)
        {
            var flow = new SignFlow(rules, logs: null);
            flow.Run(graph, initial);
            return (flow._returned ?? Sign.None, flow._exitParameters);
        }

        /// <summary>What the graph writes into the field, joined over every write; null when it writes nothing.</summary>
        public static Sign? FieldWrites(ControlFlowGraph graph, SignRules rules, IFieldSymbol field)
        {
            var flow = new SignFlow(rules, logs: null) { _field = field };
            flow.Run(graph, new State());
            return flow._fieldWritten;
        }

        internal void RecordFieldWrite(IFieldSymbol field, Sign sign)
        {
            if (_field is not null && SymbolEqualityComparer.Default.Equals(field.OriginalDefinition, _field))
            {
                _fieldWritten = _fieldWritten is { } previous ? Signs.Join(previous, sign) : sign;
            }
        }

        private void Run(ControlFlowGraph graph, State initial)
        {
            var blocks = graph.Blocks;
            var entry = new State?[blocks.Length];
            entry[0] = initial;
            var work = new SortedSet<int> { 0 };
            int budget = 24 * blocks.Length + 64;
            var visitor = new SignVisitor(_rules, this, graph, record: false);
            while (work.Count > 0)
            {
                _rules.CancellationToken.ThrowIfCancellationRequested();
                if (--budget < 0)
                {
                    return; // did not settle: record nothing, so every log here counts as unproven
                }

                int b = work.Min;
                work.Remove(b);
                State state = entry[b]!.Copy();
                BasicBlock block = blocks[b];
                visitor.Block(block, state);
                Propagate(block, state, entry, work);
            }

            var recorder = new SignVisitor(_rules, this, graph, record: true);
            for (int b = 0; b < blocks.Length; b++)
            {
                if (entry[b] is not { } start)
                {
                    continue;
                }

                State state = start.Copy();
                recorder.Block(blocks[b], state);
                BasicBlock block = blocks[b];
                if (block.Kind == BasicBlockKind.Exit)
                {
                    foreach (KeyValuePair<object, Sign> pair in state.Values)
                    {
                        if (pair.Key is IParameterSymbol { RefKind: RefKind.Ref or RefKind.Out } parameter)
                        {
                            _exitParameters[parameter] = pair.Value;
                        }
                    }
                }
                else if (block.FallThroughSuccessor is { Semantics: ControlFlowBranchSemantics.Return } && block.BranchValue is { } returned)
                {
                    Sign value = recorder.LastBranchValue;
                    _returned = _returned is { } previous ? Signs.Join(previous, value) : value;
                }
            }

            if (_logs is not null)
            {
                foreach (IMethodSymbol local in graph.LocalFunctions)
                {
                    RecordLogs(graph.GetLocalFunctionControlFlowGraph(local, _rules.CancellationToken), _rules, _logs);
                }
            }
        }

        /// <summary>A lambda met during the recording pass: its own graph, starting from what is known where it is created.</summary>
        internal void Lambda(ControlFlowGraph owner, IFlowAnonymousFunctionOperation lambda, State state)
        {
            if (_logs is null)
            {
                return;
            }

            RecordLogs(owner.GetAnonymousFunctionControlFlowGraph(lambda, _rules.CancellationToken), _rules, _logs, state.Copy());
        }

        internal void Record(TextSpan argument, Sign sign)
        {
            if (_logs is null)
            {
                return;
            }

            _logs[argument] = _logs.TryGetValue(argument, out Sign previous) ? Signs.Join(previous, sign) : sign;
        }

        private void Propagate(BasicBlock block, State state, State?[] entry, SortedSet<int> work)
        {
            if (block.ConditionalSuccessor is { Destination: { } conditional } && block.BranchValue is { } condition
                && block.ConditionKind != ControlFlowConditionKind.None)
            {
                bool takenWhenTrue = block.ConditionKind == ControlFlowConditionKind.WhenTrue;
                Flow(conditional, _rules.Narrow(state.Copy(), condition, takenWhenTrue), entry, work);
                if (block.FallThroughSuccessor is { Destination: { } otherwise })
                {
                    Flow(otherwise, _rules.Narrow(state, condition, !takenWhenTrue), entry, work);
                }

                return;
            }

            if (block.FallThroughSuccessor is { Destination: { } next })
            {
                Flow(next, state, entry, work);
            }
        }

        private static void Flow(BasicBlock destination, State state, State?[] entry, SortedSet<int> work)
        {
            int d = destination.Ordinal;
            if (entry[d] is not { } previous)
            {
                entry[d] = state;
                work.Add(d);
            }
            else if (previous.JoinWith(state))
            {
                work.Add(d);
            }
        }

        /// <summary>What is known at one program point: a sign per local, parameter or flow capture; absent means nothing.</summary>
        internal sealed class State
        {
            public Dictionary<object, Sign> Values { get; }

            public State() => Values = new Dictionary<object, Sign>();

            private State(Dictionary<object, Sign> values) => Values = values;

            public State Copy() => new(new Dictionary<object, Sign>(Values));

            public Sign Get(object key) => Values.TryGetValue(key, out Sign s) ? s : Sign.None;

            public void Set(object key, Sign sign)
            {
                // A write to a variable, or to one element of an array, ends what was known of the elements it names.
                ForgetElements(key is ElementKey element ? element.Array : key);
                Refine(key, sign);
            }

            /// <summary>What is known of one variable changes without a write (a branch narrows it, paths meet): nothing else is dropped.</summary>
            public void Refine(object key, Sign sign)
            {
                if (sign == Sign.None)
                {
                    Values.Remove(key);
                }
                else
                {
                    Values[key] = sign;
                }
            }

            /// <summary>Drops what is known of array elements that the variable names (as the array or as the index).</summary>
            public void ForgetElements(object variable)
            {
                List<object>? stale = null;
                foreach (object known in Values.Keys)
                {
                    if (known is ElementKey element && element.Mentions(variable))
                    {
                        (stale ??= new()).Add(known);
                    }
                }

                if (stale is not null)
                {
                    foreach (object key in stale)
                    {
                        Values.Remove(key);
                    }
                }
            }

            /// <summary>Meets this state with another in place; true when this state changed.</summary>
            public bool JoinWith(State other)
            {
                List<KeyValuePair<object, Sign>>? updates = null;
                foreach (KeyValuePair<object, Sign> pair in Values)
                {
                    Sign joined = Signs.Join(pair.Value, other.Get(pair.Key));
                    if (joined != pair.Value)
                    {
                        (updates ??= new()).Add(new(pair.Key, joined));
                    }
                }

                if (updates is null)
                {
                    return false;
                }

                foreach (KeyValuePair<object, Sign> update in updates)
                {
                    Refine(update.Key, update.Value);
                }

                return true;
            }
        }
    }
}
