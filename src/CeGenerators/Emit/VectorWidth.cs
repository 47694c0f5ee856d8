using CeGenerators.Model;

namespace CeGenerators.Emit
{
    /// <summary>
    /// One of the vector widths a kernel is emitted for. The emitter writes each vector routine once as a template and
    /// instantiates it per width: the JIT keeps the widest accelerated branch and drops the rest.
    /// </summary>
    internal readonly record struct VectorWidth(string Name, int Bits)
    {
        public static readonly VectorWidth[] WidestFirst =
        {
            new("Vector512", 512),
            new("Vector256", 256),
            new("Vector128", 128),
        };

        public int Lanes(ElementType type) => Bits / ElementTraits.Of(type).Bits;
    }

    /// <summary>The names and constants that differ between float and double in generated code.</summary>
    internal sealed record ElementTraits(
        ElementType Type,
        string Keyword,
        string IntegerKeyword,
        string AsElement,
        string AsInteger,
        int Bits,
        int MantissaBits,
        int ExponentBias,
        string MathClass,
        double RoundingMagic,
        double Ln2High,
        double Ln2Low,
        int ExpDegree,
        double ExpLowerBound,
        int LogSeriesTerms)
    {
        // exp: Cody-Waite split of ln 2 (the high part has trailing zero bits so n * Ln2High is exact); the polynomial is
        // Taylor's, whose truncation error on |r| <= ln2/2 is below half an ulp for the chosen degree. Below the lower
        // bound e^x is under the smallest normal number and the routine returns 0.
        public static readonly ElementTraits Single = new(
            ElementType.Single, "float", "int", "AsSingle", "AsInt32", 32, 23, 127, "MathF",
            RoundingMagic: 12582912d,               // 1.5 * 2^23
            Ln2High: 0.693145751953125d,            // 0x3F317200
            Ln2Low: 1.4286068203094173e-06d,
            ExpDegree: 7,
            ExpLowerBound: -87.33d,
            LogSeriesTerms: 5);

        public static readonly ElementTraits Double = new(
            ElementType.Double, "double", "long", "AsDouble", "AsInt64", 64, 52, 1023, "Math",
            RoundingMagic: 6755399441055744d,       // 1.5 * 2^52
            Ln2High: 0.6931471803691238d,           // 0x3FE62E42FEE00000
            Ln2Low: 1.9082149292705877e-10d,
            ExpDegree: 12,
            ExpLowerBound: -708.39d,
            LogSeriesTerms: 11);

        public static ElementTraits Of(ElementType type) => type == ElementType.Single ? Single : Double;
    }
}
