using System.Globalization;
using CeGenerators.Model;

namespace CeGenerators.Emit
{
    /// <summary>
    /// Emits element-wise binary cross-entropy, vectorized over the flat input. From logits, the stable form
    /// loss = (1 - t) x + c softplus(-x) with c = 1 + (w - 1) t (PyTorch's pos_weight w), softplus(-x) = max(-x, 0) +
    /// log1p(exp(-|x|)) and an accurate log1p (log(1 + u) corrected by ((1 + u) - 1 - u) / (1 + u)); its gradient is
    /// (1 - t) - c sigmoid(-x). From probabilities clamped to [eps, 1 - eps]: -(w t log p + (1 - t) log(1 - p)), gradient
    /// -w t / p + (1 - t) / (1 - p) inside the clamp and 0 outside. Mean divides by the element count. The elements play the rows' part in the chunk contract.
    /// </summary>
    internal static class BinaryCrossEntropyEmitter
    {
        public static string MethodName(KernelShape shape)
        {
            string Bits(double value) => System.BitConverter.DoubleToInt64Bits(value).ToString("X16", CultureInfo.InvariantCulture);
            return "BinaryCrossEntropy_" + shape.ElementType + "_" + shape.Input
                + (shape.HasGradient ? "_Gradient" : string.Empty)
                + "_" + shape.Reduction
                + (shape.PositiveWeight != 1 ? "_PositiveWeight" + Bits(shape.PositiveWeight) : string.Empty)
                + (shape.Input == LossInput.Probabilities ? "_Epsilon" + Bits(shape.Epsilon) : string.Empty);
        }

        public static void Emit(SourceWriter w, KernelShape shape)
        {
            ElementTraits t = ElementTraits.Of(shape.ElementType);
            string T = t.Keyword;
            w.Line("/// <summary>");
            w.Line($"/// Binary cross-entropy, {T}, {shape.Input} input{(shape.HasGradient ? ", fused gradient" : string.Empty)}, reduction {shape.Reduction}.");
            w.Line("/// </summary>");
            using (w.Block(ParallelismContract.Signature(T, MethodName(shape))))
            {
                w.Line("int n = end;");
                w.Line($"const double PositiveWeight = {Literals.Of(ElementType.Double, shape.PositiveWeight)};");
                if (shape.Input == LossInput.Probabilities)
                {
                    double low = shape.ElementType == ElementType.Single ? (float)shape.Epsilon : shape.Epsilon;
                    double high = shape.ElementType == ElementType.Single ? 1f - (float)shape.Epsilon : 1d - shape.Epsilon;
                    w.Line($"const {T} Low = {Literals.Of(shape.ElementType, low)}, High = {Literals.Of(shape.ElementType, high)};");
                }

                w.Line($"ref {T} x = ref MemoryMarshal.GetReference(input);");
                w.Line($"ref {T} t = ref MemoryMarshal.GetReference(targets);");
                w.Line($"ref {T} o = ref MemoryMarshal.GetReference(losses);");
                w.Line($"ref {T} g = ref MemoryMarshal.GetReference(gradient);");
                if (!shape.WritesLosses)
                {
                    w.Line("double total = 0d, compensation = 0d;");
                }
                w.Line("int i = start;");
                string keyword = "if";
                foreach (VectorWidth width in VectorWidth.WidestFirst)
                {
                    using (w.Block($"{keyword} ({width.Name}.IsHardwareAccelerated)"))
                    {
                        EmitVectorLoop(w, shape, t, width);
                    }

                    keyword = "else if";
                }

                using (w.Block("for (; i < n; i++)"))
                {
                    EmitScalar(w, shape, t);
                }

                ParallelismContract.EmitReturn(w, shape.Reduction, "n - start");
            }

            w.Line();
        }

        private static void EmitVectorLoop(SourceWriter w, KernelShape shape, ElementTraits t, VectorWidth v)
        {
            string V = v.Name, T = t.Keyword, vt = V + "<" + T + ">";
            int lanes = v.Lanes(t.Type);
            bool weighted = shape.PositiveWeight != 1;
            w.Line($"{V}<double> sum = {V}<double>.Zero;");
            w.Line($"{vt} one = {vt}.One;");
            using (w.Block($"for (; i <= n - {Literals.Int(lanes)}; i += {Literals.Int(lanes)})"))
            {
                w.Line($"{vt} xv = {V}.LoadUnsafe(ref x, (nuint)i);");
                w.Line($"{vt} tv = {V}.LoadUnsafe(ref t, (nuint)i);");
                w.Line(weighted ? $"{vt} c = one + {V}.Create(({T})(PositiveWeight - 1d)) * tv;" : $"{vt} c = one;");
                if (shape.Input == LossInput.Logits)
                {
                    w.Line($"{vt} e = ExpNonPositive(-{V}.Abs(xv));");
                    w.Line($"{vt} u = one + e;");
                    w.Line($"{vt} log1p = LogPositive(u) - ((u - one) - e) / u;");
                    w.Line($"{vt} softplusNeg = Max(-xv, {vt}.Zero) + log1p;");
                    w.Line($"{vt} loss = (one - tv) * xv + c * softplusNeg;");
                    if (shape.HasGradient)
                    {
                        w.Line($"{vt} sigmoidNeg = {V}.ConditionalSelect({V}.GreaterThanOrEqual(xv, {vt}.Zero), e / u, one / u);");
                        w.Line($"(((one - tv) - c * sigmoidNeg) * {V}.Create(({T})scale)).StoreUnsafe(ref g, (nuint)i);");
                    }
                }
                else
                {
                    w.Line($"{vt} pv = {V}.LoadUnsafe(ref x, (nuint)i);");
                    w.Line($"{vt} p = {V}.ConditionalSelect({V}.LessThan(pv, {V}.Create(Low)), {V}.Create(Low), pv);");
                    w.Line($"p = {V}.ConditionalSelect({V}.GreaterThan(p, {V}.Create(High)), {V}.Create(High), p);");
                    string positive = weighted ? $"{V}.Create(({T})PositiveWeight) * tv" : "tv";
                    w.Line($"{vt} loss = -({positive} * LogPositive(p) + (one - tv) * LogPositive(one - p));");
                    if (shape.HasGradient)
                    {
                        w.Line($"{vt} inside = {V}.GreaterThanOrEqual(pv, {V}.Create(Low)) & {V}.LessThanOrEqual(pv, {V}.Create(High));");
                        w.Line($"((-({positive}) / pv + (one - tv) / (one - pv)) * {V}.Create(({T})scale) & inside).StoreUnsafe(ref g, (nuint)i);");
                    }
                }

                w.Line(shape.WritesLosses ? "loss.StoreUnsafe(ref o, (nuint)i);" : "sum = AddWidened(sum, loss);");
            }

            if (!shape.WritesLosses)
            {
                w.Line($"Accumulate(ref total, ref compensation, {V}.Sum(sum));");
            }
        }

        private static void EmitScalar(SourceWriter w, KernelShape shape, ElementTraits t)
        {
            string T = t.Keyword;
            w.Line("double xs = Unsafe.Add(ref x, i), ts = Unsafe.Add(ref t, i);");
            w.Line("double c = 1d + (PositiveWeight - 1d) * ts;");
            w.Line("double loss;");
            if (shape.Input == LossInput.Logits)
            {
                w.Line("double e = Math.Exp(-Math.Abs(xs));");
                w.Line("loss = (1d - ts) * xs + c * (Math.Max(-xs, 0d) + Log1P(e));");
                if (shape.HasGradient)
                {
                    w.Line($"Unsafe.Add(ref g, i) = ({T})(((1d - ts) - c * (xs >= 0 ? e / (1d + e) : 1d / (1d + e))) * scale);");
                }
            }
            else
            {
                w.Line("double p = Math.Clamp(xs, Low, High);");
                w.Line("loss = -(PositiveWeight * ts * Math.Log(p) + (1d - ts) * Math.Log(1d - p));");
                if (shape.HasGradient)
                {
                    w.Line($"Unsafe.Add(ref g, i) = xs >= Low && xs <= High ? ({T})((-PositiveWeight * ts / xs + (1d - ts) / (1d - xs)) * scale) : 0;");
                }
            }

            w.Line(shape.WritesLosses ? $"Unsafe.Add(ref o, i) = ({T})loss;" : "Accumulate(ref total, ref compensation, loss);");
        }
    }
}
