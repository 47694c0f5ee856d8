using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace CeGenerators.Analyzers
{
    /// <summary>
    /// Recognizes the math methods the numeric analyzers reason about. The types are resolved once per compilation, so
    /// the check every invocation pays is one set lookup.
    /// </summary>
    internal sealed class MathMethods
    {
        private static readonly string[] MetadataNames =
        {
            "System.Math", "System.MathF",
            "System.Runtime.Intrinsics.Vector64", "System.Runtime.Intrinsics.Vector128", "System.Runtime.Intrinsics.Vector256", "System.Runtime.Intrinsics.Vector512",
            "System.Numerics.Vector",
            "System.Numerics.ILogarithmicFunctions`1", "System.Numerics.IExponentialFunctions`1", "System.Numerics.IHyperbolicFunctions`1", "System.Numerics.INumber`1",
            "System.Numerics.INumberBase`1", // T.Abs, T.CreateTruncating: the generic clamp the code fix writes
        };

        private readonly HashSet<INamedTypeSymbol> _types = new(SymbolEqualityComparer.Default);

        /// <summary>System.Numerics.Tensors.TensorPrimitives, when the compilation references it.</summary>
        public INamedTypeSymbol? TensorPrimitives { get; }

        public MathMethods(Compilation compilation)
        {
            TensorPrimitives = compilation.GetTypeByMetadataName("System.Numerics.Tensors.TensorPrimitives");
            foreach (string name in MetadataNames)
            {
                if (compilation.GetTypeByMetadataName(name) is { } type)
                {
                    _types.Add(type);
                }
            }
        }

        public bool IsLog(IMethodSymbol method) =>
            method.Name is "Log" or "Log2" or "Log10" && method.Parameters.Length >= 1 && IsMathLike(method.ContainingType);

        public bool IsExp(IMethodSymbol method) =>
            method.Name is "Exp" or "Exp2" or "Exp10" or "Cosh" && IsMathLike(method.ContainingType);

        public bool Is(IMethodSymbol method, string name) => method.Name == name && IsMathLike(method.ContainingType);

        /// <summary>Math, MathF, double, float, Vector64/128/256/512, and generic math interfaces (T.Log via ILogarithmicFunctions).</summary>
        public bool IsMathLike(INamedTypeSymbol? type) =>
            type is not null
            && (type.SpecialType is SpecialType.System_Double or SpecialType.System_Single || _types.Contains(type.OriginalDefinition));

        /// <summary>The element type a math call works in (float or double), or None.</summary>
        public static SpecialType ElementType(ITypeSymbol? type) => type switch
        {
            { SpecialType: SpecialType.System_Single or SpecialType.System_Double } => type.SpecialType,
            INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named => named.TypeArguments[0].SpecialType,
            _ => SpecialType.None,
        };
    }
}
