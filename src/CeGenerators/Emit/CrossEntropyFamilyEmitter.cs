using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CeGenerators.Model;

namespace CeGenerators.Emit
{
    /// <summary>
    /// Emits cross-entropy kernels beyond the plain softmax one: probabilities as input, dense (soft) targets, class
    /// weights, label smoothing and the fused gradient. One formula covers them all:
    /// loss_i = -sum_k w_k q_ik log p_ik with q = (1 - s) t + s / K (t the one-hot or dense target, s the smoothing),
    /// log p = x - logsumexp(x) for logits (computed as (max - x) + log(sum exp(x - max))) or log(clamp(p, eps, 1 - eps)).
    /// The row weight is sum_k w_k t_ik (w_label for labels, 1 without weights) and Mean divides by the sum of the row
    /// weights of the counted rows: sparse and one-hot forms of the same data give the same number.
    /// The gradient with respect to the input is written row by row: for logits softmax * W_i - w q (W_i = sum_k w_k q_ik),
    /// for probabilities -w q / p where p lies in [eps, 1 - eps] and 0 where the clamp cut it; Mean scales it by
    /// 1 / (sum of row weights), which the batch entry finds by a pre-pass over the labels or targets and passes in.
    /// Each row is vectorized across its classes with the widest accelerated width not wider than K, the last partial
    /// vector overlapping the previous one under a constant mask; the scalar loop works in double.
    /// </summary>
    internal static partial class CrossEntropyFamilyEmitter
    {
        public static string MethodName(KernelShape shape)
        {
            string Bits(double value) => BitConverter.DoubleToInt64Bits(value).ToString("X16", CultureInfo.InvariantCulture);
            string ignore = shape.IgnoreIndex < 0 ? "M" + (-(long)shape.IgnoreIndex).ToString(CultureInfo.InvariantCulture) : Literals.Int(shape.IgnoreIndex);
            return shape.Kind + "_" + shape.ElementType + "_K" + Literals.Int(shape.Classes)
                + "_" + shape.Input + "_" + shape.Targets
                + (shape.HasWeights ? "_Weighted" : string.Empty)
                + (shape.HasGradient ? "_Gradient" : string.Empty)
                + "_" + shape.Reduction
                + (shape.Targets == TargetKind.Sparse ? "_Ignore" + ignore : string.Empty)
                + (shape.LabelSmoothing != 0 ? "_Smoothing" + Bits(shape.LabelSmoothing) : string.Empty)
                + (shape.Input == LossInput.Probabilities ? "_Epsilon" + Bits(shape.Epsilon) : string.Empty);
        }

        public static void Emit(SourceWriter w, KernelShape shape)
        {
            ElementTraits t = ElementTraits.Of(shape.ElementType);
            string T = t.Keyword;
            bool sparse = shape.Targets == TargetKind.Sparse;
            w.Line("/// <summary>");
            w.Line($"/// Cross-entropy, {T}, K = {Literals.Int(shape.Classes)}, {shape.Input} input, {(sparse ? "class labels" : "target rows")}" +
                   $"{(shape.HasWeights ? ", class weights" : string.Empty)}{(shape.LabelSmoothing != 0 ? ", label smoothing " + Literals.Of(ElementType.Double, shape.LabelSmoothing) : string.Empty)}" +
                   $"{(shape.HasGradient ? ", fused gradient" : string.Empty)}, reduction {shape.Reduction}.");
            w.Line("/// </summary>");
            using (w.Block(ParallelismContract.Signature(T, MethodName(shape))))
            {
                EmitPrologue(w, shape, t);
                if (!shape.WritesLosses)
                {
                    w.Line("double total = 0d, compensation = 0d, denominator = 0d;");
                }
                w.Line("int row = start;");
                if (shape.Layout == KernelLayout.RowsAcrossLanes)
                {
                    foreach (VectorWidth width in VectorWidth.WidestFirst)
                    {
                        EmitAcrossRows(w, shape, t, width);
                    }
                }

                w.Line();
                w.Line("// Rows one at a time: all rows for K > 16, the last few otherwise.");
                using (w.Block("for (; row < rows; row++)"))
                {
                    EmitRowStart(w, shape, t);
                    string keyword = "if";
                    foreach (VectorWidth width in VectorWidth.WidestFirst.Where(v => v.Lanes(t.Type) <= shape.Classes))
                    {
                        using (w.Block($"{keyword} ({width.Name}.IsHardwareAccelerated)"))
                        {
                            EmitRow(w, shape, t, width);
                        }

                        keyword = "else if";
                    }

                    using (w.Block(keyword == "if" ? "// No vector fits K: scalar." : "else"))
                    {
                        EmitRow(w, shape, t, null);
                    }

                    EmitRowEnd(w, shape, t);
                }

                ParallelismContract.EmitReturn(w, shape.Reduction, "denominator");
            }

            w.Line();
        }

        /// <summary>The chunk's constants and references; the batch entry has validated every length and weight.</summary>
        private static void EmitPrologue(SourceWriter w, KernelShape shape, ElementTraits t)
        {
            string T = t.Keyword;
            w.Line($"const int K = {Literals.Int(shape.Classes)};");
            if (shape.Targets == TargetKind.Sparse)
            {
                w.Line($"const int IgnoreIndex = {Literals.Int(shape.IgnoreIndex)};");
            }

            w.Line("int rows = end;");
            w.Line($"ref {T} x = ref MemoryMarshal.GetReference(input);");
            if (shape.Kind != KernelKind.Entropy)
            {
                w.Line(shape.Targets == TargetKind.Sparse ? "ref int y = ref MemoryMarshal.GetReference(labels);" : $"ref {T} t = ref MemoryMarshal.GetReference(targets);");
            }

            if (shape.HasGradient)
            {
                w.Line($"ref {T} g = ref MemoryMarshal.GetReference(gradient);");
            }

            if (shape.HasWeights)
            {
                w.Line($"ref {T} wv = ref MemoryMarshal.GetReference(weights);");
            }

            // The smoothing term of logits rows is the only reader of the weight sum.
            if (shape.Input == LossInput.Logits && shape.Kind != KernelKind.Entropy)
            {
                w.Line(shape.HasWeights ? "double weightSum = classWeightSum;" : "const double weightSum = K;");
            }

            if (shape.Kind == KernelKind.Entropy)
            {
                return; // no targets to smooth, and probabilities are not clamped
            }

            w.Line($"const double Smoothing = {Literals.Of(ElementType.Double, shape.LabelSmoothing)};");
            if (shape.Input == LossInput.Probabilities)
            {
                double low = shape.ElementType == ElementType.Single ? (float)shape.Epsilon : shape.Epsilon;
                double high = shape.ElementType == ElementType.Single ? 1f - (float)shape.Epsilon : 1d - shape.Epsilon;
                w.Line($"const {T} Low = {Literals.Of(shape.ElementType, low)}, High = {Literals.Of(shape.ElementType, high)};");
            }
        }

        private static void EmitRowStart(SourceWriter w, KernelShape shape, ElementTraits t)
        {
            string T = t.Keyword;
            w.Line($"ref {T} r = ref Unsafe.Add(ref x, (nint)row * K);");
            if (shape.HasGradient)
            {
                w.Line($"ref {T} gr = ref Unsafe.Add(ref g, (nint)row * K);");
            }

            if (shape.Targets == TargetKind.Sparse)
            {
                w.Line("int label = Unsafe.Add(ref y, row);");
                using (w.Block("if (label == IgnoreIndex)"))
                {
                    if (shape.WritesLosses)
                    {
                        w.Line("Unsafe.Add(ref MemoryMarshal.GetReference(losses), row) = 0;");
                    }

                    if (shape.HasGradient)
                    {
                        w.Line("gradient.Slice(row * K, K).Clear();");
                    }

                    w.Line("continue;");
                }

                w.Line("if ((uint)label >= (uint)K) ThrowHelper.InvalidLabel(labels, row, K, IgnoreIndex, labelsName);");
                w.Line(shape.HasWeights ? "double labelWeight = Unsafe.Add(ref wv, label);" : "const double labelWeight = 1d;");
            }
            else if (shape.Kind != KernelKind.Entropy)
            {
                w.Line($"ref {T} tr = ref Unsafe.Add(ref t, (nint)row * K);");
            }

            // Per-row sums, in double: A = sum w t (m - x) or sum w t log p; B = sum w t; C = sum w (m - x) or sum w log p.
            // D = sum t ln t (KL divergence), H = sum e (m - x) (entropy of a softmax).
            // Only what the row code reads is declared (sums it assigns from vectors count as read: no CS0219).
            string sums = shape.Input == LossInput.Logits ? ", sumA = 0d, sumB = 0d, sumC = 0d, sumD = 0d, sumH = 0d"
                : shape.Kind == KernelKind.Entropy ? string.Empty
                : shape.Targets == TargetKind.Dense || shape.LabelSmoothing != 0 ? ", sumA = 0d, sumB = 0d, sumC = 0d, sumD = 0d"
                : ", sumC = 0d";
            w.Line("double loss" + (shape.WritesLosses ? string.Empty : ", rowWeight") + sums + ";");
            if (shape.HasGradient)
            {
                w.Line("double rowScale = " + (shape.WritesLosses ? "1d" : "scale") + ";");
            }
        }

        /// <summary>The row's weight, the denominator's share; None has no denominator and declares no row weight.</summary>
        private static void RowWeight(SourceWriter w, KernelShape shape, string value)
        {
            if (!shape.WritesLosses)
            {
                w.Line("rowWeight = " + value + ";");
            }
        }

        private static void EmitRowEnd(SourceWriter w, KernelShape shape, ElementTraits t)
        {
            if (shape.WritesLosses)
            {
                w.Line($"Unsafe.Add(ref MemoryMarshal.GetReference(losses), row) = ({t.Keyword})loss;");
            }
            else
            {
                w.Line("Accumulate(ref total, ref compensation, loss);");
                w.Line("denominator += rowWeight;");
            }
        }

        private static string Masked(string expression, string? mask) => mask is null ? expression : $"(({expression}) & {mask})";

        /// <summary>Walks a row of K values: full vectors, then one overlapping masked vector; or a scalar loop.</summary>
        private sealed class RowLoop
        {
            private readonly KernelShape _shape;
            private readonly ElementTraits _traits;
            private readonly VectorWidth? _width;

            public RowLoop(KernelShape shape, ElementTraits traits, VectorWidth? width)
            {
                _shape = shape;
                _traits = traits;
                _width = width;
            }

            public string VectorType => _width!.Value.Name + "<" + _traits.Keyword + ">";

            public string Load(string reference, string offset) => _width is { } v
                ? $"{v.Name}.LoadUnsafe(ref {reference}, {offset})"
                : $"Unsafe.Add(ref {reference}, {offset})";

            /// <summary>body(offset, mask): mask is null for full vectors, a lane mask for the overlapping tail.</summary>
            public void Emit(SourceWriter w, Action<string, string?> body)
            {
                int k = _shape.Classes;
                if (_width is not { } v)
                {
                    using (w.Block("for (int k = 0; k < K; k++)"))
                    {
                        body("k", null);
                    }

                    return;
                }

                int lanes = v.Lanes(_traits.Type);
                using (w.Block($"for (nuint i = 0; i <= {Literals.Int(k - lanes)}; i += {Literals.Int(lanes)})"))
                {
                    body("i", null);
                }

                int tail = k % lanes;
                if (tail != 0)
                {
                    string suffix = _traits.Type == ElementType.Single ? string.Empty : "L";
                    string mask = string.Join(", ", Enumerable.Range(0, lanes).Select(j => (j >= lanes - tail ? "-1" : "0") + suffix));
                    using (w.Block("// The last vector overlaps the previous one; the mask keeps only its new lanes."))
                    {
                        w.Line($"const nuint last = {Literals.Int(k - lanes)};");
                        w.Line($"{VectorType} tailMask = {v.Name}.Create({mask}).{_traits.AsElement}();");
                        body("last", "tailMask");
                    }
                }
            }
        }
    }
}
