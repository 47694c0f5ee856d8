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

        public static ParseResult ParseKernel(GeneratorAttributeSyntaxContext context, KernelKind kind, CancellationToken cancellationToken)
        {
            var diagnostics = new List<DiagnosticInfo>();
            KernelSpec? spec = null;
            if (context.TargetNode is MethodDeclarationSyntax method && context.TargetSymbol is IMethodSymbol symbol && context.Attributes.Length > 0)
            {
                spec = Parse(method, symbol, kind, context.Attributes[0], context.SemanticModel.Compilation, diagnostics, cancellationToken);
            }

            return new ParseResult(spec, new EquatableArray<DiagnosticInfo>(diagnostics));
        }

        private static KernelSpec? Parse(
            MethodDeclarationSyntax method,
            IMethodSymbol symbol,
            KernelKind kind,
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
            int classes = 1;
            if (kind != KernelKind.BinaryCrossEntropy)
            {
                if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not int count)
                {
                    return null;
                }

                classes = count;
            }

            if (kind != KernelKind.BinaryCrossEntropy && classes < KernelLimits.MinClasses || classes > KernelLimits.MaxClasses)
            {
                Location location = attributeSyntax?.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals is null)?.GetLocation() ?? attributeLocation;
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.ClassCountOutOfRange,
                    location,
                    Format(classes),
                    Format(KernelLimits.MinClasses),
                    Format(KernelLimits.MaxClasses)));
            }

            KernelOptions options = ParseOptions(attribute, attributeSyntax, attributeLocation, kind == KernelKind.Entropy ? LossInput.Probabilities : LossInput.Logits, diagnostics);

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

            Signature? signature = SignatureParser.Parse(method, symbol, kind, options.Reduction, diagnostics);
            if (signature is null)
            {
                return null;
            }

            double epsilon = CheckOptions(options, signature, classes, diagnostics);
            if (diagnostics.Any(d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error))
            {
                return null;
            }

            INamespaceSymbol ns = symbol.ContainingNamespace;
            var shape = new KernelShape(
                Kind: kind,
                ElementType: signature.ElementType,
                Classes: classes,
                Input: options.Input,
                Targets: signature.Targets,
                HasWeights: signature.Has(ParameterRole.Weights),
                HasGradient: signature.Has(ParameterRole.Gradient),
                Reduction: options.Reduction,
                IgnoreIndex: options.IgnoreIndex,
                LabelSmoothing: options.LabelSmoothing,
                Epsilon: kind == KernelKind.Entropy ? 0 : epsilon,
                PositiveWeight: options.PositiveWeight);
            return new KernelSpec(
                Namespace: ns is null || ns.IsGlobalNamespace ? null : ns.ToDisplayString(NamespaceFormat),
                ContainingTypes: containingTypes,
                Modifiers: string.Join(" ", method.Modifiers.Select(m => m.Text)),
                MethodName: method.Identifier.Text,
                Shape: shape,
                Parameters: signature.Parameters,
                Parallel: options.Parallel && AllowsParallel(compilation, options, methodName, diagnostics));
        }

        /// <summary>
        /// A Parallel kernel pins its spans with <c>fixed</c>, which needs unsafe code: without AllowUnsafeBlocks it is
        /// CEG0016, on the argument, and the body is generated serial so that this is the only error.
        /// </summary>
        private static bool AllowsParallel(Compilation compilation, KernelOptions options, string methodName, List<DiagnosticInfo> diagnostics)
        {
            if (compilation.Options is CSharpCompilationOptions { AllowUnsafe: true })
            {
                return true;
            }

            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ParallelNeedsUnsafe, options.ParallelLocation!, methodName));
            return false;
        }

        /// <summary>Checks the options against the signature; returns the epsilon to use (the type's default for 0).</summary>
        private static double CheckOptions(KernelOptions options, Signature signature, int classes, List<DiagnosticInfo> diagnostics)
        {
            string kernel = (options.Input == LossInput.Logits ? "logits" : "probabilities") + " with " + (signature.Targets == TargetKind.Sparse ? "class labels" : "targets");
            if (options.IgnoreIndexLocation is { } ignoreLocation)
            {
                if (signature.Targets == TargetKind.Dense)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OptionNotApplicable, ignoreLocation, "IgnoreIndex", "dense targets (there are no labels to ignore)"));
                }
                else if (options.IgnoreIndex >= 0 && options.IgnoreIndex < classes)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.IgnoreIndexIsAClass, ignoreLocation, Format(options.IgnoreIndex), Format(classes)));
                }
            }

            double epsilon = Epsilons.DefaultFor(signature.ElementType);
            if (options.EpsilonLocation is { } epsilonLocation && options.Epsilon != 0)
            {
                if (options.Input == LossInput.Logits)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OptionNotApplicable, epsilonLocation, "Epsilon", kernel + " (only probabilities are clamped)"));
                }
                else if (!Epsilons.IsRepresentable(signature.ElementType, options.Epsilon))
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.EpsilonNotRepresentable,
                        epsilonLocation,
                        Format(options.Epsilon),
                        Keyword(signature.ElementType),
                        Format(Epsilons.DefaultFor(signature.ElementType))));
                }
                else
                {
                    epsilon = options.Epsilon;
                }
            }

            return options.Input == LossInput.Logits ? 0 : epsilon;
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

        /// <summary>The attribute's named arguments, range-checked; locations kept for the ones that were set.</summary>
        private sealed record KernelOptions(
            LossInput Input,
            LossReduction Reduction,
            double Epsilon,
            Location? EpsilonLocation,
            double LabelSmoothing,
            int IgnoreIndex,
            Location? IgnoreIndexLocation,
            double PositiveWeight,
            bool Parallel,
            Location? ParallelLocation);

        private static KernelOptions ParseOptions(
            AttributeData attribute,
            AttributeSyntax? attributeSyntax,
            Location attributeLocation,
            LossInput defaultInput,
            List<DiagnosticInfo> diagnostics)
        {
            LossInput input = defaultInput;
            double positiveWeight = 1;
            LossReduction reduction = LossReduction.Mean;
            double epsilon = 0, smoothing = 0;
            int ignoreIndex = KernelLimits.DefaultIgnoreIndex;
            Location? epsilonLocation = null, ignoreLocation = null, parallelLocation = null;
            bool parallel = false;

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

                    case "Input" when value is int i:
                        if (i is < (int)LossInput.Logits or > (int)LossInput.Probabilities)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OptionOutOfRange, location, "Input", Format(i), "use LossInput.Logits or Probabilities"));
                        }
                        else
                        {
                            input = (LossInput)i;
                        }

                        break;

                    case "Epsilon" when value is double e:
                        epsilonLocation = location;
                        if (double.IsNaN(e) || e < 0 || e >= 0.5)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OptionOutOfRange, location, "Epsilon", Format(e), "use 0 (the element type's default) or a value in (0, 0.5)"));
                        }
                        else
                        {
                            epsilon = e;
                        }

                        break;

                    case "LabelSmoothing" when value is double smooth:
                        if (double.IsNaN(smooth) || smooth < 0 || smooth >= 1)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OptionOutOfRange, location, "LabelSmoothing", Format(smooth), "use a value in [0, 1)"));
                        }
                        else
                        {
                            smoothing = smooth;
                        }

                        break;

                    case "PositiveWeight" when value is double weight:
                        if (!(weight > 0) || double.IsInfinity(weight))
                        {
                            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OptionOutOfRange, location, "PositiveWeight", Format(weight), "use a finite value above 0 (1 is unweighted)"));
                        }
                        else
                        {
                            positiveWeight = weight;
                        }

                        break;

                    case "Parallel" when value is bool runInParallel:
                        parallel = runInParallel;
                        parallelLocation = location;
                        break;

                    case "IgnoreIndex" when value is int ignore:
                        ignoreIndex = ignore;
                        ignoreLocation = location;
                        break;
                }
            }

            return new KernelOptions(input, reduction, epsilon, epsilonLocation, smoothing, ignoreIndex, ignoreLocation, positiveWeight, parallel, parallelLocation);
        }

        internal static ElementType? ElementTypeOf(ITypeSymbol type) => type.SpecialType switch
        {
            SpecialType.System_Single => ElementType.Single,
            SpecialType.System_Double => ElementType.Double,
            _ => null,
        };

        internal static bool IsSpanOf(ITypeSymbol type, string name) =>
            type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named
            && named.Name == name
            && named.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true };

        internal static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);

        internal static string Keyword(ElementType type) => type == ElementType.Single ? "float" : "double";

        internal static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

        internal static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
    }
}
