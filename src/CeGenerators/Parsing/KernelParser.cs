using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using CeGenerators.Diagnostics;
using CeGenerators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CeGenerators.Parsing
{
    /// <summary>
    /// Symbols in, model out: turns one method carrying <c>[CrossEntropyKernel]</c> into a <see cref="KernelSpec"/> or
    /// into the diagnostics that say why it cannot be generated. Nothing here throws on user input.
    /// </summary>
    internal static class KernelParser
    {
        private static readonly SymbolDisplayFormat NamespaceFormat = new(
            globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
            miscellaneousOptions: SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

        private static readonly SymbolDisplayFormat TypeNameFormat = new(
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameOnly,
            genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
            miscellaneousOptions: SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

        public static ParseResult ParseCrossEntropy(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            var diagnostics = new List<DiagnosticInfo>();
            KernelSpec? spec = null;
            if (context.TargetNode is MethodDeclarationSyntax method && context.TargetSymbol is IMethodSymbol symbol && context.Attributes.Length > 0)
            {
                spec = Parse(method, symbol, context.Attributes[0], context.SemanticModel.Compilation, diagnostics, cancellationToken);
            }

            return new ParseResult(spec, new EquatableArray<DiagnosticInfo>(diagnostics));
        }

        /// <summary>For kernel attributes that exist but are not implemented yet: one clear diagnostic, no output.</summary>
        public static ParseResult ParseNotYetSupported(GeneratorAttributeSyntaxContext context, string attributeName)
        {
            Location location = context.TargetNode is MethodDeclarationSyntax method ? method.Identifier.GetLocation() : context.TargetNode.GetLocation();
            var info = DiagnosticInfo.Create(DiagnosticDescriptors.KernelKindNotYetSupported, location, attributeName, context.TargetSymbol.Name);
            return new ParseResult(null, new EquatableArray<DiagnosticInfo>(new[] { info }));
        }

        private static KernelSpec? Parse(
            MethodDeclarationSyntax method,
            IMethodSymbol symbol,
            AttributeData attribute,
            Compilation compilation,
            List<DiagnosticInfo> diagnostics,
            CancellationToken cancellationToken)
        {
            Location nameLocation = method.Identifier.GetLocation();
            string methodName = symbol.Name;

            if (!method.Modifiers.Any(SyntaxKind.PartialKeyword) || method.Body is not null || method.ExpressionBody is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MethodNotPartial, nameLocation, methodName));
            }

            EquatableArray<ContainingTypeSpec> containingTypes = ParseContainingTypes(method, methodName, diagnostics, cancellationToken);

            if (symbol.IsGenericMethod)
            {
                Location location = method.TypeParameterList?.GetLocation() ?? nameLocation;
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.GenericMethod, location, methodName));
            }

            AttributeSyntax? attributeSyntax = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;
            Location attributeLocation = attributeSyntax?.GetLocation() ?? nameLocation;

            // A missing or ill-typed constructor argument is already a compiler error; adding ours would only repeat it.
            if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not int classes)
            {
                return null;
            }

            if (classes < KernelLimits.MinClasses || classes > KernelLimits.MaxClasses)
            {
                Location location = attributeSyntax?.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals is null)?.GetLocation() ?? attributeLocation;
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.ClassCountOutOfRange,
                    location,
                    Format(classes),
                    Format(KernelLimits.MinClasses),
                    Format(KernelLimits.MaxClasses)));
            }

            KernelOptions options = ParseOptions(attribute, attributeSyntax, attributeLocation, classes, diagnostics);

            // Without Vector512 (before .NET 8) the signature checks would only repeat the compiler's own errors.
            if (compilation.GetTypeByMetadataName("System.Runtime.Intrinsics.Vector512`1") is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.UnsupportedTarget,
                    nameLocation,
                    methodName,
                    "the generated kernels need .NET 8 or later (System.Runtime.Intrinsics.Vector512)"));
                return null;
            }

            if (method.SyntaxTree.Options is CSharpParseOptions parseOptions && parseOptions.LanguageVersion < LanguageVersion.CSharp11)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.UnsupportedTarget,
                    nameLocation,
                    methodName,
                    "the generated kernels need C# 11 or later (LangVersion)"));
            }

            ParameterRoles? roles = ParseSignature(method, symbol, options.Reduction, nameLocation, diagnostics);

            if (roles is null || diagnostics.Any(d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error))
            {
                return null;
            }

            INamespaceSymbol ns = symbol.ContainingNamespace;
            return new KernelSpec(
                ns is null || ns.IsGlobalNamespace ? null : ns.ToDisplayString(NamespaceFormat),
                containingTypes,
                string.Join(" ", method.Modifiers.Select(m => m.Text)),
                method.Identifier.Text,
                roles.ElementType,
                classes,
                options.Reduction,
                options.IgnoreIndex,
                roles.Input,
                roles.Labels,
                roles.Losses);
        }

        private static EquatableArray<ContainingTypeSpec> ParseContainingTypes(
            MethodDeclarationSyntax method,
            string methodName,
            List<DiagnosticInfo> diagnostics,
            CancellationToken cancellationToken)
        {
            var types = new List<ContainingTypeSpec>();
            for (SyntaxNode? node = method.Parent; node is not null; node = node.Parent)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (node is not TypeDeclarationSyntax type)
                {
                    continue;
                }

                string? keyword = type switch
                {
                    RecordDeclarationSyntax r => r.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) ? "record struct" : "record",
                    ClassDeclarationSyntax => "class",
                    StructDeclarationSyntax => "struct",
                    _ => null,
                };

                if (keyword is null || !type.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.ContainingTypeNotPartial,
                        type.Identifier.GetLocation(),
                        type.Identifier.Text,
                        methodName));
                    continue;
                }

                string prefix = type.Modifiers.Any(SyntaxKind.RefKeyword) ? "ref partial " : "partial ";
                string name = type.Identifier.Text + (type.TypeParameterList is { } list
                    ? "<" + string.Join(", ", list.Parameters.Select(p => p.Identifier.Text)) + ">"
                    : string.Empty);
                types.Add(new ContainingTypeSpec(prefix + keyword, name));
            }

            types.Reverse();
            return new EquatableArray<ContainingTypeSpec>(types);
        }

        private sealed record KernelOptions(LossReduction Reduction, int IgnoreIndex);

        private static KernelOptions ParseOptions(
            AttributeData attribute,
            AttributeSyntax? attributeSyntax,
            Location attributeLocation,
            int classes,
            List<DiagnosticInfo> diagnostics)
        {
            LossReduction reduction = LossReduction.Mean;
            int ignoreIndex = KernelLimits.DefaultIgnoreIndex;

            foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
            {
                Location location = attributeSyntax?.ArgumentList?.Arguments
                    .FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == named.Key)?.GetLocation() ?? attributeLocation;
                object? value = named.Value.Value;
                switch (named.Key)
                {
                    case "Reduction" when value is int r:
                        if (r is < (int)LossReduction.Mean or > (int)LossReduction.None)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OptionOutOfRange, location, "Reduction", Format(r), "use LossReduction.Mean, Sum or None"));
                        }
                        else
                        {
                            reduction = (LossReduction)r;
                        }

                        break;

                    case "Input" when value is int input:
                        if (input is < (int)LossInput.Logits or > (int)LossInput.Probabilities)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OptionOutOfRange, location, "Input", Format(input), "use LossInput.Logits or Probabilities"));
                        }
                        else if (input != (int)LossInput.Logits)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OptionNotYetSupported, location, "Input = LossInput.Probabilities", "only logits are supported in this version"));
                        }

                        break;

                    case "Epsilon" when value is double epsilon:
                        if (double.IsNaN(epsilon) || epsilon < 0 || epsilon >= 0.5)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OptionOutOfRange, location, "Epsilon", Format(epsilon), "use 0 (the element type's default) or a value in (0, 0.5)"));
                        }
                        else if (epsilon != 0)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OptionNotYetSupported, location, "Epsilon", "it applies to probability inputs, which are not supported in this version"));
                        }

                        break;

                    case "LabelSmoothing" when value is double smoothing:
                        if (double.IsNaN(smoothing) || smoothing < 0 || smoothing >= 1)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OptionOutOfRange, location, "LabelSmoothing", Format(smoothing), "use a value in [0, 1)"));
                        }
                        else if (smoothing != 0)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OptionNotYetSupported, location, "LabelSmoothing", "label smoothing arrives with the kernel family; use 0 for now"));
                        }

                        break;

                    case "IgnoreIndex" when value is int ignore:
                        ignoreIndex = ignore;
                        if (ignore >= 0 && ignore < classes)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.IgnoreIndexIsAClass, location, Format(ignore), Format(classes)));
                        }

                        break;
                }
            }

            return new KernelOptions(reduction, ignoreIndex);
        }

        private sealed record ParameterRoles(ElementType ElementType, string Input, string Labels, string? Losses);

        private static ParameterRoles? ParseSignature(
            MethodDeclarationSyntax method,
            IMethodSymbol symbol,
            LossReduction reduction,
            Location nameLocation,
            List<DiagnosticInfo> diagnostics)
        {
            int errorsBefore = diagnostics.Count;
            ImmutableArray<IParameterSymbol> parameters = symbol.Parameters;
            SeparatedSyntaxList<ParameterSyntax> syntax = method.ParameterList.Parameters;
            bool writesLosses = reduction == LossReduction.None;
            int expected = writesLosses ? 3 : 2;
            string shape = writesLosses
                ? "Reduction = None takes (ReadOnlySpan<T> logits, ReadOnlySpan<int> labels, Span<T> losses)"
                : "Reduction = " + reduction + " takes (ReadOnlySpan<T> logits, ReadOnlySpan<int> labels)";

            Location ParameterLocation(int i) => i < syntax.Count ? syntax[i].GetLocation() : method.ParameterList.GetLocation();

            if (parameters.Length < expected)
            {
                string missing = parameters.Length == 0 ? "logits" : parameters.Length == 1 ? "labels" : "losses";
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidParameters, method.ParameterList.GetLocation(), "the '" + missing + "' parameter is missing; " + shape));
            }

            for (int i = expected; i < parameters.Length; i++)
            {
                string hint = !writesLosses && i == 2 && IsSpanOf(parameters[i].Type, "Span") ? " (for one loss per row use Reduction = LossReduction.None)" : string.Empty;
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidParameters, ParameterLocation(i), "extra parameter '" + parameters[i].Name + "'; " + shape + hint));
            }

            for (int i = 0; i < parameters.Length && i < expected; i++)
            {
                if (parameters[i].RefKind != RefKind.None || parameters[i].IsParams)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidParameters, ParameterLocation(i), "parameter '" + parameters[i].Name + "' must be passed by value (no ref, in, out or params)"));
                }
            }

            ElementType? elementType = null;
            if (parameters.Length > 0)
            {
                elementType = ElementOf(parameters[0], "ReadOnlySpan", "logits", ParameterLocation(0), diagnostics);
            }

            if (parameters.Length > 1)
            {
                ITypeSymbol labels = parameters[1].Type;
                if (!IsSpanOf(labels, "ReadOnlySpan") || ((INamedTypeSymbol)labels).TypeArguments[0].SpecialType != SpecialType.System_Int32)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.InvalidParameters,
                        ParameterLocation(1),
                        "parameter '" + parameters[1].Name + "' is " + Display(labels) + "; the labels must be ReadOnlySpan<int>"));
                }
            }

            if (writesLosses && parameters.Length > 2)
            {
                ElementType? lossesType = ElementOf(parameters[2], "Span", "losses", ParameterLocation(2), diagnostics);
                if (lossesType is { } l && elementType is { } e && l != e)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MixedElementTypes, ParameterLocation(2), parameters[2].Name, Keyword(l), Keyword(e)));
                }
            }

            CheckReturnType(method, symbol, reduction, elementType, diagnostics);

            if (diagnostics.Count != errorsBefore || elementType is null)
            {
                return null;
            }

            return new ParameterRoles(
                elementType.Value,
                syntax[0].Identifier.Text,
                syntax[1].Identifier.Text,
                writesLosses ? syntax[2].Identifier.Text : null);
        }

        private static void CheckReturnType(MethodDeclarationSyntax method, IMethodSymbol symbol, LossReduction reduction, ElementType? elementType, List<DiagnosticInfo> diagnostics)
        {
            Location location = method.ReturnType.GetLocation();
            ITypeSymbol returnType = symbol.ReturnType;
            string expectedReturn = reduction == LossReduction.None ? "void" : elementType is { } e ? Keyword(e) : "the element type (float or double)";
            if (reduction == LossReduction.None)
            {
                if (!symbol.ReturnsVoid)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReturnTypeMismatch, location, reduction.ToString(), "void and write the per-row losses to a Span<T> parameter"));
                }

                return;
            }

            ElementType? returned = ElementTypeOf(returnType);
            if (elementType is null && returned is null)
            {
                return; // the input's own diagnostic already explains the element type
            }

            if (returned is null || symbol.ReturnsByRef || symbol.ReturnsByRefReadonly)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReturnTypeMismatch, location, reduction.ToString(), expectedReturn));
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

        private static ElementType? ElementTypeOf(ITypeSymbol type) => type.SpecialType switch
        {
            SpecialType.System_Single => ElementType.Single,
            SpecialType.System_Double => ElementType.Double,
            _ => null,
        };

        private static bool IsSpanOf(ITypeSymbol type, string name) =>
            type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named
            && named.Name == name
            && named.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true };

        private static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);

        internal static string Keyword(ElementType type) => type == ElementType.Single ? "float" : "double";

        private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
    }
}
