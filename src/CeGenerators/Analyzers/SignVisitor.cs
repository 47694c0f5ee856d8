using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CeGenerators.Analyzers
{
    /// <summary>
    /// Runs the operations of one basic block over a <see cref="SignFlow.State"/> in evaluation order: computes the sign of
    /// each value, applies each write after the value it writes has been computed, and (in the recording pass) records the
    /// sign of every log argument and hands lambdas to their own graphs. Expression depth is bounded: past it a value is
    /// unknown and the writes nested deeper are treated as unknown too.
    /// </summary>
    internal sealed class SignVisitor
    {
        // _flow is null when the visitor only evaluates a value (no recording, no lambdas).
        private const int MaxDepth = 200;
        private readonly SignRules _rules;
        private readonly SignFlow _flow;
        private readonly ControlFlowGraph _graph;
        private readonly bool _record;
        private int _depth;
        private Dictionary<CaptureId, IFieldSymbol>? _capturedFields;

        public SignVisitor(SignRules rules, SignFlow flow, ControlFlowGraph graph, bool record)
        {
            _rules = rules;
            _flow = flow;
            _graph = graph;
            _record = record;
        }

        /// <summary>The sign of the block's branch value (its returned value), after <see cref="Block"/>.</summary>
        public Sign LastBranchValue { get; private set; }

        public void Block(BasicBlock block, SignFlow.State state)
        {
            foreach (IOperation operation in block.Operations)
            {
                Visit(operation, state);
            }

            LastBranchValue = block.BranchValue is { } branch ? Visit(branch, state) : Sign.None;
        }

        public Sign Visit(IOperation operation, SignFlow.State state)
        {
            if (_depth >= MaxDepth)
            {
                Forget(operation, state);
                return Sign.None;
            }

            _depth++;
            try
            {
                return VisitCore(operation, state);
            }
            finally
            {
                _depth--;
            }
        }

        private Sign VisitCore(IOperation operation, SignFlow.State state)
        {
            switch (operation)
            {
                case ISimpleAssignmentOperation assignment:
                {
                    VisitTargetParts(assignment.Target, state);
                    Sign value = Visit(assignment.Value, state);
                    Write(assignment.Target, value, state);
                    return value;
                }

                case ICompoundAssignmentOperation compound:
                {
                    VisitTargetParts(compound.Target, state);
                    Sign before = SignRules.Key(compound.Target) is { } key ? state.Get(key) : Sign.None;
                    Sign value = Visit(compound.Value, state);
                    Sign after = SignRules.Binary(compound.OperatorKind, before, value, compound.Target, compound.Value);
                    Write(compound.Target, after, state);
                    return after;
                }

                case IIncrementOrDecrementOperation increment:
                {
                    VisitTargetParts(increment.Target, state);
                    Sign before = SignRules.Key(increment.Target) is { } key ? state.Get(key) : Sign.None;
                    Sign after = increment.Kind == OperationKind.Increment && before.Has(Sign.NonNegative) ? Signs.Close(Sign.Positive) : Sign.None;
                    Write(increment.Target, after, state);
                    return increment.IsPostfix ? before : after;
                }

                case IDeconstructionAssignmentOperation deconstruction:
                    Visit(deconstruction.Value, state);
                    foreach (IOperation element in deconstruction.Target.DescendantsAndSelf())
                    {
                        if (SignRules.Key(element) is { } written)
                        {
                            state.Set(written, Sign.None);
                        }
                    }

                    return Sign.None;

                case IFlowCaptureOperation capture:
                    if (capture.Value is IFieldReferenceOperation capturedField)
                    {
                        // The graph captures a field that is the target of an assignment whose value branches.
                        (_capturedFields ??= new Dictionary<CaptureId, IFieldSymbol>())[capture.Id] = capturedField.Field;
                    }

                    state.Set(capture.Id, Visit(capture.Value, state));
                    return Sign.None;

                case IFlowCaptureReferenceOperation captured:
                    return state.Get(captured.Id);

                case IInvocationOperation invocation:
                    return Invocation(invocation, state);

                case IFlowAnonymousFunctionOperation lambda:
                    if (_record)
                    {
                        _flow.Lambda(_graph, lambda, state);
                    }

                    return Sign.None;

                case IConversionOperation conversion:
                    return Visit(conversion.Operand, state);

                case IBinaryOperation binary:
                {
                    Sign left = Visit(binary.LeftOperand, state);
                    Sign right = Visit(binary.RightOperand, state);
                    return operation.ConstantValue.HasValue ? _rules.Constant(operation) : SignRules.Binary(binary.OperatorKind, left, right, binary.LeftOperand, binary.RightOperand);
                }

                case IUnaryOperation unary:
                    return SignRules.Unary(unary.OperatorKind, Visit(unary.Operand, state));

                case IConditionalOperation conditional:
                {
                    Visit(conditional.Condition, state);
                    Sign whenTrue = Visit(conditional.WhenTrue, state);
                    return conditional.WhenFalse is { } whenFalse ? Signs.Join(whenTrue, Visit(whenFalse, state)) : Sign.None;
                }
            }

            if (operation.ConstantValue.HasValue)
            {
                return _rules.Constant(operation);
            }

            if (SignRules.Key(operation) is { } variable)
            {
                return state.Get(variable);
            }

            foreach (IOperation child in operation.ChildOperations)
            {
                Visit(child, state);
            }

            return _rules.Leaf(operation);
        }

        private Sign Invocation(IInvocationOperation invocation, SignFlow.State state)
        {
            if (invocation.Instance is { } instance)
            {
                Visit(instance, state);
            }

            var arguments = invocation.Arguments;
            var signs = new Sign[arguments.Length];
            for (int i = 0; i < arguments.Length; i++)
            {
                signs[i] = Visit(arguments[i].Value, state);
            }

            if (_record && arguments.Length >= 1 && _rules.Math.IsLog(invocation.TargetMethod))
            {
                _flow.Record(arguments[0].Value.Syntax.Span, signs[0]);
            }

            Sign result = _rules.Call(invocation, signs, state);
            foreach (IArgumentOperation argument in arguments)
            {
                if (SignRules.Key(argument.Value) is { } collection and not ElementKey)
                {
                    state.ForgetElements(collection); // the callee may write the elements of an array, span or list it is given
                }

                if (argument.Parameter is { RefKind: RefKind.Ref or RefKind.Out } parameter)
                {
                    Write(argument.Value, _rules.RefParameterAfterCall(invocation, signs, parameter), state);
                }
            }

            _rules.ApplyAssertions(invocation, state);
            return result;
        }

        /// <summary>Array indexes and instances inside a write's target are evaluated (they can hold writes of their own).</summary>
        private void VisitTargetParts(IOperation target, SignFlow.State state)
        {
            if (SignRules.Key(target) is null)
            {
                foreach (IOperation child in target.ChildOperations)
                {
                    Visit(child, state);
                }
            }
        }

        private void Write(IOperation target, Sign value, SignFlow.State state)
        {
            if (_record && target is IFlowCaptureReferenceOperation reference && _capturedFields is not null && _capturedFields.TryGetValue(reference.Id, out IFieldSymbol? captured))
            {
                _flow.RecordFieldWrite(captured, value);
            }

            if (SignRules.Key(target) is { } key)
            {
                state.Set(key, value);
            }
            else if (_record && target is IFieldReferenceOperation field)
            {
                _flow.RecordFieldWrite(field.Field, value);
            }
        }

        /// <summary>Every tracked variable written anywhere inside the operation becomes unknown.</summary>
        private static void Forget(IOperation operation, SignFlow.State state)
        {
            foreach (IOperation node in operation.DescendantsAndSelf())
            {
                IOperation? target = node switch
                {
                    IAssignmentOperation assignment => assignment.Target,
                    IIncrementOrDecrementOperation increment => increment.Target,
                    IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument => argument.Value,
                    _ => null,
                };
                if (node is IFlowCaptureOperation flowCapture)
                {
                    state.Set(flowCapture.Id, Sign.None);
                }

                if (target is not null && SignRules.Key(target) is { } key)
                {
                    state.Set(key, Sign.None);
                }
                else if (node is ILocalReferenceOperation { IsDeclaration: true } declaration)
                {
                    state.Set(declaration.Local, Sign.None);
                }
            }
        }
    }
}
