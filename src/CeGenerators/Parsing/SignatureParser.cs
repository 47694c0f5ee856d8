using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CeGenerators.Diagnostics;
using CeGenerators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static CeGenerators.Parsing.KernelParser;

namespace CeGenerators.Parsing
{
    /// <summary>A kernel method's parameters, assigned their roles.</summary>
    internal sealed record Signature(ElementType ElementType, TargetKind Targets, EquatableArray<ParameterSpec> Parameters)
    {
        public bool Has(ParameterRole role) => Parameters.Any(p => p.Role == role);
    }

    /// <summary>
    /// Assigns parameter roles by position and type: <c>ReadOnlySpan&lt;T&gt;</c> input; <c>ReadOnlySpan&lt;int&gt;</c>
    /// labels or <c>ReadOnlySpan&lt;T&gt;</c> targets; optional <c>ReadOnlySpan&lt;T&gt;</c> class weights; for
    /// Reduction = None a <c>Span&lt;T&gt;</c> for the losses; an optional <c>Span&lt;T&gt;</c> for the gradient.
    /// </summary>
    internal static class SignatureParser
    {
        private const string Shape =
            "expected (ReadOnlySpan<T> input, ReadOnlySpan<int> labels or ReadOnlySpan<T> targets[, ReadOnlySpan<T> classWeights][, Span<T> losses (Reduction = None)][, Span<T> gradient])";

        public static Signature? Parse(MethodDeclarationSyntax method, IMethodSymbol symbol, KernelKind kind, LossReduction reduction, List<DiagnosticInfo> diagnostics)
        {
            bool entropy = kind == KernelKind.Entropy;
            bool crossEntropy = kind == KernelKind.CrossEntropy;
            string shape = kind switch
            {
                KernelKind.CrossEntropy => Shape,
                KernelKind.Entropy => "expected (ReadOnlySpan<T> input[, Span<T> losses (Reduction = None)])",
                _ => "expected (ReadOnlySpan<T> input, ReadOnlySpan<T> targets[, Span<T> losses (Reduction = None)][, Span<T> gradient])",
            };
            int errorsBefore = diagnostics.Count;
            ImmutableArray<IParameterSymbol> parameters = symbol.Parameters;
            SeparatedSyntaxList<ParameterSyntax> syntax = method.ParameterList.Parameters;
            Location At(int i) => i < syntax.Count ? syntax[i].GetLocation() : method.ParameterList.GetLocation();
            string NameAt(int i) => i < syntax.Count ? syntax[i].Identifier.Text : parameters[i].Name;

            void Invalid(Location location, string message) =>
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidParameters, location, message));

            for (int i = 0; i < parameters.Length; i++)
            {
                if (parameters[i].RefKind != RefKind.None || parameters[i].IsParams)
                {
                    Invalid(At(i), "parameter '" + parameters[i].Name + "' must be passed by value (no ref, in, out or params)");
                }
            }

            if (parameters.Length < (entropy ? 1 : 2))
            {
                Invalid(method.ParameterList.GetLocation(), "the '" + (parameters.Length == 0 ? "input" : crossEntropy ? "labels" : "targets") + "' parameter is missing; " + shape);
            }

            var roles = new List<ParameterSpec>();
            ElementType? elementType = parameters.Length > 0 ? ElementOf(parameters[0], "ReadOnlySpan", "input", At(0), diagnostics) : null;
            roles.Add(new ParameterSpec(ParameterRole.Input, parameters.Length > 0 ? NameAt(0) : "input"));

            TargetKind targets = crossEntropy ? TargetKind.Sparse : TargetKind.Dense;
            if (parameters.Length > 1 && !entropy)
            {
                ITypeSymbol type = parameters[1].Type;
                if (crossEntropy && IsSpanOf(type, "ReadOnlySpan") && ((INamedTypeSymbol)type).TypeArguments[0].SpecialType == SpecialType.System_Int32)
                {
                    roles.Add(new ParameterSpec(ParameterRole.Labels, NameAt(1)));
                }
                else if (IsSpanOf(type, "ReadOnlySpan") && ElementTypeOf(((INamedTypeSymbol)type).TypeArguments[0]) is { } targetType)
                {
                    targets = TargetKind.Dense;
                    roles.Add(new ParameterSpec(ParameterRole.Targets, NameAt(1)));
                    CheckSame(parameters[1], targetType, elementType, At(1), diagnostics);
                }
                else
                {
                    Invalid(At(1), "parameter '" + parameters[1].Name + "' is " + Display(type) + (crossEntropy
                        ? "; the targets must be ReadOnlySpan<int> labels or ReadOnlySpan<float/double> target rows"
                        : "; the targets must be ReadOnlySpan<float> or ReadOnlySpan<double>"));
                }
            }

            for (int i = entropy ? 1 : 2; i < parameters.Length; i++)
            {
                ITypeSymbol type = parameters[i].Type;
                bool readOnly = IsSpanOf(type, "ReadOnlySpan"), writable = IsSpanOf(type, "Span");
                ParameterRole? role = null;
                if (readOnly && crossEntropy && roles.All(r => r.Role is ParameterRole.Input or ParameterRole.Labels or ParameterRole.Targets))
                {
                    role = ParameterRole.Weights;
                }
                else if (writable && reduction == LossReduction.None && roles.All(r => r.Role is not (ParameterRole.Losses or ParameterRole.Gradient)))
                {
                    role = ParameterRole.Losses;
                }
                else if (writable && !entropy && roles.All(r => r.Role != ParameterRole.Gradient) && (reduction != LossReduction.None || roles.Any(r => r.Role == ParameterRole.Losses)))
                {
                    role = ParameterRole.Gradient;
                }

                if (role is null)
                {
                    string what = type is IArrayTypeSymbol ? "is an array (declare spans; arrays convert implicitly)" : "is " + Display(type) + " where no parameter can stand";
                    Invalid(At(i), "parameter '" + parameters[i].Name + "' " + what + "; " + shape);
                    continue;
                }

                roles.Add(new ParameterSpec(role.Value, NameAt(i)));
                if (ElementTypeOf(((INamedTypeSymbol)type).TypeArguments[0]) is { } element)
                {
                    CheckSame(parameters[i], element, elementType, At(i), diagnostics);
                }
                else
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedElementType, At(i), Display(((INamedTypeSymbol)type).TypeArguments[0]), parameters[i].Name));
                }
            }

            if (reduction == LossReduction.None && parameters.Length >= (entropy ? 1 : 2) && roles.All(r => r.Role != ParameterRole.Losses))
            {
                Invalid(method.ParameterList.GetLocation(), "the 'losses' parameter is missing: Reduction = None writes one loss per row to a Span<T>; " + shape);
            }

            CheckReturnType(method, symbol, reduction, elementType, diagnostics);
            if (diagnostics.Count != errorsBefore || elementType is null)
            {
                return null;
            }

            return new Signature(elementType.Value, targets, new EquatableArray<ParameterSpec>(roles));
        }

        private static void CheckSame(IParameterSymbol parameter, ElementType actual, ElementType? expected, Location location, List<DiagnosticInfo> diagnostics)
        {
            if (expected is { } e && actual != e)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MixedElementTypes, location, parameter.Name, Keyword(actual), Keyword(e)));
            }
        }

        private static void CheckReturnType(MethodDeclarationSyntax method, IMethodSymbol symbol, LossReduction reduction, ElementType? elementType, List<DiagnosticInfo> diagnostics)
        {
            Location location = method.ReturnType.GetLocation();
            if (reduction == LossReduction.None)
            {
                if (!symbol.ReturnsVoid)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReturnTypeMismatch, location, reduction.ToString(), "void and write the per-row losses to a Span<T> parameter"));
                }

                return;
            }

            ElementType? returned = ElementTypeOf(symbol.ReturnType);
            if (elementType is null && returned is null)
            {
                return; // the input's own diagnostic already explains the element type
            }

            if (returned is null || symbol.ReturnsByRef || symbol.ReturnsByRefReadonly)
            {
                string expected = elementType is { } e ? Keyword(e) : "the element type (float or double)";
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReturnTypeMismatch, location, reduction.ToString(), expected));
            }
            else if (elementType is { } input && returned != input)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MixedElementTypes, location, "the return type", Keyword(returned.Value), Keyword(input)));
            }
        }

        private static ElementType? ElementOf(IParameterSymbol parameter, string spanName, string role, Location location, List<DiagnosticInfo> diagnostics)
        {
            ITypeSymbol type = parameter.Type;
            if (type is IArrayTypeSymbol array)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.InvalidParameters,
                    location,
                    "parameter '" + parameter.Name + "' is an array; declare the " + role + " as " + spanName + "<" + Display(array.ElementType) + "> (arrays convert implicitly)"));
                return null;
            }

            if (!IsSpanOf(type, spanName))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.InvalidParameters,
                    location,
                    "parameter '" + parameter.Name + "' is " + Display(type) + "; the " + role + " must be " + spanName + "<float> or " + spanName + "<double>"));
                return null;
            }

            ITypeSymbol element = ((INamedTypeSymbol)type).TypeArguments[0];
            ElementType? result = ElementTypeOf(element);
            if (result is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedElementType, location, Display(element), parameter.Name));
            }

            return result;
        }
    }
}
