using CeGenerators.Model;

namespace CeGenerators.Emit
{
    /// <summary>
    /// Emits the vector math the kernels inline: fused multiply-add, a NaN-agnostic max, horizontal max, e^x for
    /// non-positive x and ln x for positive normal x, for every width and element type. The built-in Vector*.Exp/Log are
    /// not used: they are out-of-line calls (and do not exist on .NET 8).
    /// </summary>
    internal static class VectorMathEmitter
    {
        private const string Inline = "[MethodImpl(MethodImplOptions.AggressiveInlining)]";

        public static void Emit(SourceWriter w, ElementType type)
        {
            ElementTraits t = ElementTraits.Of(type);
            foreach (VectorWidth width in VectorWidth.WidestFirst)
            {
                EmitMulAdd(w, width, t);
                EmitMax(w, width, t);
                EmitMaxAcross(w, width, t);
                EmitExp(w, width, t);
                EmitLog(w, width, t);
                EmitAddWidened(w, width, t);
                EmitXLogX(w, width, t);
            }
        }

        private static void EmitXLogX(SourceWriter w, VectorWidth v, ElementTraits t)
        {
            string V = v.Name, vt = V + "<" + t.Keyword + ">";
            w.Line("/// <summary>x ln x with 0 ln 0 = 0 exactly (no clamp bias) and NaN for x &lt; 0; x below the smallest normal contributes ~0.</summary>");
            w.Line(Inline);
            w.Line($"public static {vt} XLogX({vt} x) => {V}.ConditionalSelect({V}.LessThan(x, {vt}.Zero), {V}.Create({t.Keyword}.NaN), {V}.ConditionalSelect({V}.Equals(x, {vt}.Zero), {vt}.Zero, x * LogPositive(x)));");
            w.Line();
        }

        private static void EmitAddWidened(SourceWriter w, VectorWidth v, ElementTraits t)
        {
            string vt = v.Name + "<" + t.Keyword + ">", vd = v.Name + "<double>";
            w.Line("/// <summary>Adds the lanes of <paramref name=\"value\"/> to double accumulators (float lanes are widened first).</summary>");
            w.Line(Inline);
            w.Line(t.Type == ElementType.Single
                ? $"public static {vd} AddWidened({vd} sum, {vt} value) => sum + {v.Name}.WidenLower(value) + {v.Name}.WidenUpper(value);"
                : $"public static {vd} AddWidened({vd} sum, {vt} value) => sum + value;");
            w.Line();
        }

        private static void EmitMulAdd(SourceWriter w, VectorWidth v, ElementTraits t)
        {
            string vt = v.Name + "<" + t.Keyword + ">";
            string fused = v.Bits == 512
                ? "Avx512F.IsSupported ? Avx512F.FusedMultiplyAdd(a, b, c) : (a * b) + c"
                : "Fma.IsSupported ? Fma.MultiplyAdd(a, b, c) : (a * b) + c";
            w.Line("/// <summary>a * b + c, fused where the hardware has FMA.</summary>");
            w.Line(Inline);
            w.Line($"public static {vt} MulAdd({vt} a, {vt} b, {vt} c) => {fused};");
            w.Line();
        }

        private static void EmitMax(SourceWriter w, VectorWidth v, ElementTraits t)
        {
            string V = v.Name, vt = V + "<" + t.Keyword + ">";
            string isa = v.Bits == 512 ? "Avx512F" : v.Bits == 256 ? "Avx" : t.Type == ElementType.Single ? "Sse" : "Sse2";
            w.Line("/// <summary>");
            w.Line("/// Lane-wise a &gt; b ? a : b, which is exactly what (v)maxps/pd computes (b when either is NaN); compare and");
            w.Line("/// select elsewhere. NaN handling is left to the exp pass, whose NaN propagates whatever the max was.");
            w.Line("/// </summary>");
            w.Line(Inline);
            w.Line($"public static {vt} Max({vt} a, {vt} b) => {isa}.IsSupported ? {isa}.Max(a, b) : {V}.ConditionalSelect({V}.GreaterThan(a, b), a, b);");
            w.Line();
        }

        private static void EmitMaxAcross(SourceWriter w, VectorWidth v, ElementTraits t)
        {
            string vt = v.Name + "<" + t.Keyword + ">";
            w.Line("/// <summary>The largest lane.</summary>");
            w.Line(Inline);
            if (v.Bits > 128)
            {
                w.Line($"public static {t.Keyword} MaxAcross({vt} v) => MaxAcross(Max(v.GetLower(), v.GetUpper()));");
            }
            else if (t.Type == ElementType.Single)
            {
                using (w.Block($"public static float MaxAcross({vt} v)"))
                {
                    w.Line($"{vt} m = Max(v, {v.Name}.Shuffle(v, {v.Name}.Create(2, 3, 0, 1)));");
                    w.Line($"return Max(m, {v.Name}.Shuffle(m, {v.Name}.Create(1, 0, 3, 2))).ToScalar();");
                }
            }
            else
            {
                w.Line($"public static double MaxAcross({vt} v) => Max(v, {v.Name}.Shuffle(v, {v.Name}.Create(1L, 0L))).ToScalar();");
            }

            w.Line();
        }

        private static void EmitExp(SourceWriter w, VectorWidth v, ElementTraits t)
        {
            string V = v.Name, T = t.Keyword, vt = V + "<" + T + ">";
            string scale = v.Bits == 512 ? "Avx512F" : "Avx512F.VL";
            w.Line("/// <summary>");
            w.Line("/// e^x for x &lt;= 0 (and NaN, which propagates): x = n ln2 + r with |r| &lt;= ln2/2 (Cody-Waite), a degree-" + Literals.Int(t.ExpDegree) + " Chebyshev fit for e^r,");
            w.Line("/// times 2^n (vscalef where AVX-512 has it, else built in the exponent bits). Returns 0 below " + Literals.Of(t.Type, t.ExpLowerBound) + " (and for -inf).");
            w.Line("/// Within 2 ulp of the true value.");
            w.Line("/// </summary>");
            w.Line(Inline);
            using (w.Block($"public static {vt} ExpNonPositive({vt} x)"))
            {
                w.Line($"{vt} magic = {V}.Create({Literals.Of(t.Type, t.RoundingMagic)});");
                w.Line($"{vt} t = MulAdd(x, {V}.Create({Literals.Of(t.Type, 1.4426950408889634)}), magic);");
                w.Line($"{vt} n = t - magic;");
                w.Line($"{vt} r = MulAdd(n, {V}.Create({Literals.Of(t.Type, -t.Ln2High)}), x);");
                w.Line($"r = MulAdd(n, {V}.Create({Literals.Of(t.Type, -t.Ln2Low)}), r);");
                w.Line($"{vt} p = {V}.Create({Literals.Of(t.Type, t.ExpCoefficients[t.ExpDegree])});");
                for (int k = t.ExpDegree - 1; k >= 0; k--)
                {
                    w.Line($"p = MulAdd(p, r, {V}.Create({Literals.Of(t.Type, t.ExpCoefficients[k])}));");
                }

                string one = t.Type == ElementType.Single ? Literals.Int(t.ExponentBias) : Literals.Long(t.ExponentBias);
                w.Line($"{vt} e = {scale}.IsSupported");
                w.Line($"    ? {scale}.Scale(p, n)");
                w.Line($"    : p * {V}.ShiftLeft(t.{t.AsInteger}() - magic.{t.AsInteger}() + {V}.Create({one}), {Literals.Int(t.MantissaBits)}).{t.AsElement}();");
                // "Not less than" is true for NaN: as a zero-mask it lets the JIT fold the select into vscalef's {z}.
                string lower = $"{V}.Create({Literals.Of(t.Type, t.ExpLowerBound)})";
                w.Line($"return {scale}.IsSupported");
                string compare = v.Bits == 512 ? "Avx512F" : v.Bits == 256 ? "Avx" : t.Type == ElementType.Single ? "Sse" : "Sse2";
                w.Line($"    ? {V}.ConditionalSelect({compare}.CompareNotLessThan(x, {lower}), e, {vt}.Zero)");
                w.Line($"    : {V}.ConditionalSelect({V}.LessThan(x, {lower}), {vt}.Zero, e);");
            }

            w.Line();
        }

        private static void EmitLog(SourceWriter w, VectorWidth v, ElementTraits t)
        {
            string V = v.Name, T = t.Keyword, I = t.IntegerKeyword, vt = V + "<" + T + ">", vi = V + "<" + I + ">";
            bool single = t.Type == ElementType.Single;
            string mantissaMask = single ? "0x007FFFFF" : "0x000FFFFFFFFFFFFFL";
            string oneBits = single ? "0x3F800000" : "0x3FF0000000000000L";
            string bias = single ? Literals.Int(t.ExponentBias) : Literals.Long(t.ExponentBias);
            w.Line("/// <summary>");
            w.Line("/// ln x for positive normal x (and NaN, which propagates): x = 2^e m with m in [sqrt(1/2), sqrt(2)),");
            w.Line("/// ln m = 2 atanh(s) with s = (m - 1) / (m + 1), |s| &lt;= 0.1716, summed as its odd series. Within 2 ulp.");
            w.Line("/// </summary>");
            w.Line(Inline);
            using (w.Block($"public static {vt} LogPositive({vt} x)"))
            {
                w.Line($"{vi} bits = x.{t.AsInteger}();");
                w.Line($"{vi} e = {V}.ShiftRightLogical(bits, {Literals.Int(t.MantissaBits)}) - {V}.Create({bias});");
                w.Line($"{vt} m = ((bits & {V}.Create({mantissaMask})) | {V}.Create({oneBits})).{t.AsElement}();");
                w.Line($"{vt} high = {V}.GreaterThan(m, {V}.Create({Literals.Of(t.Type, 1.4142135623730951)}));");
                w.Line($"m = {V}.ConditionalSelect(high, m * {V}.Create({Literals.Of(t.Type, 0.5)}), m);");
                string exponent = single
                    ? $"{V}.ConvertToSingle(e)"
                    : $"(e + {V}.Create(0x4338000000000000L)).AsDouble() - {V}.Create({Literals.Of(t.Type, t.RoundingMagic)})";
                w.Line($"{vt} ef = {exponent} + ({vt}.One & high);");
                w.Line($"{vt} s = (m - {vt}.One) / (m + {vt}.One);");
                w.Line($"{vt} s2 = s * s;");
                int last = t.LogSeriesTerms - 1;
                w.Line($"{vt} p = {V}.Create({Literals.Of(t.Type, 2.0 / ((2 * last) + 1))});");
                for (int k = last - 1; k >= 0; k--)
                {
                    w.Line($"p = MulAdd(p, s2, {V}.Create({Literals.Of(t.Type, 2.0 / ((2 * k) + 1))}));");
                }

                w.Line($"{vt} result = MulAdd(ef, {V}.Create({Literals.Of(t.Type, t.Ln2High)}), MulAdd(ef, {V}.Create({Literals.Of(t.Type, t.Ln2Low)}), p * s));");
                w.Line($"return {V}.ConditionalSelect({V}.Equals(x, x), result, x);");
            }

            w.Line();
        }

    }
}
