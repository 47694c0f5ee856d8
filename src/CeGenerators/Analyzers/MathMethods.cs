using Microsoft.CodeAnalysis;

namespace CeGenerators.Analyzers
{
    /// <summary>Recognizes the math methods the numeric analyzers reason about, by containing type and name.</summary>
    internal static class MathMethods
    {
        public static bool IsLog(IMethodSymbol method) =>
            method.Name is "Log" or "Log2" or "Log10" && IsMathLike(method.ContainingType) && method.Parameters.Length >= 1;

        public static bool IsExp(IMethodSymbol method) =>
            method.Name is "Exp" or "Exp2" or "Exp10" or "Cosh" && IsMathLike(method.ContainingType);

        public static bool Is(IMethodSymbol method, string name) => method.Name == name && IsMathLike(method.ContainingType);

        /// <summary>Math, MathF, double, float, Vector64/128/256/512, and generic math interfaces (T.Log via ILogarithmicFunctions).</summary>
        public static bool IsMathLike(INamedTypeSymbol? type)
        {
            if (type is null)
            {
                return false;
            }

            switch (type.SpecialType)
            {
                case SpecialType.System_Double:
                case SpecialType.System_Single:
                    return true;
            }

            string ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
            return (ns == "System" && type.Name is "Math" or "MathF")
                || (ns == "System.Runtime.Intrinsics" && type.Name is "Vector64" or "Vector128" or "Vector256" or "Vector512")
                || (ns == "System.Numerics" && type.Name is "ILogarithmicFunctions" or "IExponentialFunctions" or "IHyperbolicFunctions" or "INumber" or "Vector");
        }

        /// <summary>The element type a math call works in (float or double), or null.</summary>
        public static SpecialType ElementType(ITypeSymbol? type) => type switch
        {
            { SpecialType: SpecialType.System_Single or SpecialType.System_Double } => type.SpecialType,
            INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named => named.TypeArguments[0].SpecialType,
            _ => SpecialType.None,
        };
    }
}
