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
        double[] ExpCoefficients,
        double ExpLowerBound,
        int LogSeriesTerms)
    {
        // exp: Cody-Waite split of ln 2 (the high part has trailing zero bits so n * Ln2High is exact); the polynomial is
        // a Chebyshev fit of e^r on |r| <= ln2/2 (mpmath.chebyfit, coefficients rounded to the element type), whose
        // relative error with the rounded coefficients is 2.0e-8 for float (degree 6, 0.17 ulp) and 1.7e-17 for double
        // (degree 11, 0.08 ulp): the rounding of the Horner steps dominates. Below the lower bound e^x is under the
        // smallest normal number and the routine returns 0.
        public static readonly ElementTraits Single = new(
            ElementType.Single, "float", "int", "AsSingle", "AsInt32", 32, 23, 127, "MathF",
            RoundingMagic: 12582912d,               // 1.5 * 2^23
            Ln2High: 0.693145751953125d,            // 0x3F317200
            Ln2Low: 1.4286068203094173e-06d,
            ExpCoefficients: new[] { 1d, 1d, 0.5d, 0.16666415333747864d, 0.04166635125875473d, 0.00837512593716383d, 0.0013941108481958508d },
            ExpLowerBound: -87.33d,
            LogSeriesTerms: 5);

        public static readonly ElementTraits Double = new(
            ElementType.Double, "double", "long", "AsDouble", "AsInt64", 64, 52, 1023, "Math",
            RoundingMagic: 6755399441055744d,       // 1.5 * 2^52
            Ln2High: 0.6931471803691238d,           // 0x3FE62E42FEE00000
            Ln2Low: 1.9082149292705877e-10d,
            ExpCoefficients: new[]
            {
                1d, 1d, 0.5000000000000019d, 0.1666666666666668d, 0.0416666666664881d, 0.008333333333319601d, 0.0013888888952314775d,
                0.00019841269890047113d, 2.4801485482328494e-05d, 2.755724091857897e-06d, 2.763263963904103e-07d, 2.5110037605963777e-08d,
            },
            ExpLowerBound: -708.39d,
            LogSeriesTerms: 11);

        public int ExpDegree => ExpCoefficients.Length - 1;

        public static ElementTraits Of(ElementType type) => type == ElementType.Single ? Single : Double;
    }
}
