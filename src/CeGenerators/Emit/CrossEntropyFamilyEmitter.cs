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
    internal static class CrossEntropyFamilyEmitter
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

        /// <summary>
        /// Small K: W rows per iteration, one per lane, fully unrolled over the classes (as the plain softmax kernel):
        /// per-row sums become trees of class vectors, and the gradient goes back to row-major order through the inverse
        /// transpose.
        /// </summary>
        private static void EmitAcrossRows(SourceWriter w, KernelShape shape, ElementTraits t, VectorWidth width)
        {
            string V = width.Name, T = t.Keyword, I = t.IntegerKeyword, vt = V + "<" + T + ">";
            int lanes = width.Lanes(t.Type), k = shape.Classes;
            bool sparse = shape.Targets == TargetKind.Sparse && shape.Kind == KernelKind.CrossEntropy;
            bool dense = shape.Kind is KernelKind.CrossEntropy or KernelKind.KlDivergence && !sparse;
            bool entropy = shape.Kind == KernelKind.Entropy;
            bool smoothing = shape.LabelSmoothing != 0;
            IEnumerable<int> classes = Enumerable.Range(0, k);
            string C(int c) => Literals.Int(c);
            string Sum(Func<int, string> term) => SoftmaxCrossEntropyEmitter.Tree(classes.Select(term).ToList(), (a, b) => $"({a} + {b})");
            string Or(Func<int, string> term) => SoftmaxCrossEntropyEmitter.Tree(classes.Select(term).ToList(), (a, b) => $"({a} | {b})");
            string Weight(int c) => shape.HasWeights ? "w" + C(c) : "one";
            string Splat(string expression) => $"{V}.Create(({T})({expression}))";

            w.Line();
            w.Line($"// {V}: {Literals.Int(lanes)} rows per iteration, one per lane.");
            using (w.Block($"if ({V}.IsHardwareAccelerated && rows - row >= {Literals.Int(lanes)})"))
            {
                w.Line($"{V}<double> lossSum = {V}<double>.Zero, weightTotal = {V}<double>.Zero;");
                w.Line($"{vt} one = {vt}.One;");
                if (shape.HasWeights)
                {
                    foreach (int c in classes)
                    {
                        w.Line($"{vt} w{C(c)} = {V}.Create(Unsafe.Add(ref wv, {C(c)}));");
                    }
                }

                if (shape.HasGradient)
                {
                    w.Line("double rowScale = " + (shape.WritesLosses ? "1d" : "scale") + ";");
                    w.Line($"{vt} uniform = {Splat("Smoothing / K * rowScale")}, target = {Splat("(1d - Smoothing) * rowScale")};");
                }

                using (w.Block($"for (; row <= rows - {Literals.Int(lanes)}; row += {Literals.Int(lanes)})"))
                {
                    w.Line($"ref {T} b = ref Unsafe.Add(ref x, (nint)row * K);");
                    if (sparse)
                    {
                        SoftmaxCrossEntropyEmitter.EmitLabelVector(w, t, width, ParallelismContract.LabelsName);
                        foreach (int c in classes)
                        {
                            w.Line($"{vt} eq{C(c)} = {V}.Equals(label, {V}.Create(({I}){C(c)})).{t.AsElement}();");
                        }

                        w.Line($"{vt} labelWeight = {(shape.HasWeights ? Or(c => $"(w{C(c)} & eq{C(c)})") : "one")};");
                    }

                    Layouts.ClassVectors.EmitLoad(w, t, width, k, "b", "x");
                    if (dense)
                    {
                        w.Line($"ref {T} tb = ref Unsafe.Add(ref t, (nint)row * K);");
                        Layouts.ClassVectors.EmitLoad(w, t, width, k, "tb", "tc");
                        foreach (int c in classes)
                        {
                            w.Line($"{vt} wt{C(c)} = {(shape.HasWeights ? $"w{C(c)} * tc{C(c)}" : $"tc{C(c)}")};");
                        }
                    }

                    w.Line($"{vt} loss, rowWeight = one, mass = one;");
                    if (shape.Input == LossInput.Logits)
                    {
                        w.Line($"{vt} max = {SoftmaxCrossEntropyEmitter.Tree(classes.Select(c => "x" + C(c)).ToList(), (a, b2) => $"Max({a}, {b2})")};");
                        foreach (int c in classes)
                        {
                            w.Line($"{vt} e{C(c)} = ExpNonPositive(x{C(c)} - max);");
                        }

                        w.Line($"{vt} sumExp = {Sum(c => "e" + C(c))};");
                        w.Line($"{vt} logSum = LogPositive(sumExp);");
                        string smoothTerm = smoothing ? $" + {Splat("Smoothing / K")} * {Sum(c => $"{Weight(c)} * (max - x{C(c)})")}" : string.Empty;
                        if (entropy)
                        {
                            w.Line($"loss = logSum + {Sum(c => $"e{C(c)} * (max - x{C(c)})")} / sumExp;");
                        }
                        else if (sparse)
                        {
                            w.Line($"mass = {Splat("1d - Smoothing")} * labelWeight + {Splat("Smoothing / K * weightSum")};");
                            w.Line($"loss = mass * logSum + {Splat("1d - Smoothing")} * labelWeight * (max - {Or(c => $"(x{C(c)} & eq{C(c)})")}){smoothTerm};");
                            w.Line("rowWeight = labelWeight;");
                        }
                        else
                        {
                            w.Line($"{vt} targetMass = {Sum(c => "wt" + C(c))};");
                            w.Line($"mass = {Splat("1d - Smoothing")} * targetMass + {Splat("Smoothing / K * weightSum")};");
                            string kl = shape.Kind == KernelKind.KlDivergence ? $" + {Sum(c => $"XLogX(wt{C(c)})")}" : string.Empty;
                            w.Line($"loss = mass * logSum + {Splat("1d - Smoothing")} * {Sum(c => $"wt{C(c)} * (max - x{C(c)})")}{smoothTerm}{kl};");
                            if (shape.HasWeights)
                            {
                                w.Line("rowWeight = targetMass;");
                            }
                        }

                        if (shape.HasGradient)
                        {
                            w.Line($"{vt} factor = mass / sumExp * {Splat("rowScale")};");
                            foreach (int c in classes)
                            {
                                string q = sparse ? $"(uniform + (target & eq{C(c)}))" : $"(tc{C(c)} * target + uniform)";
                                w.Line($"{vt} g{C(c)} = e{C(c)} * factor - {Weight(c)} * {q};");
                            }
                        }
                    }
                    else if (entropy)
                    {
                        w.Line($"loss = -{Sum(c => $"XLogX(x{C(c)})")};");
                    }
                    else
                    {
                        foreach (int c in classes)
                        {
                            w.Line($"{vt} lp{C(c)} = LogPositive({V}.ConditionalSelect({V}.GreaterThan(x{C(c)}, {V}.Create(High)), {V}.Create(High), {V}.ConditionalSelect({V}.LessThan(x{C(c)}, {V}.Create(Low)), {V}.Create(Low), x{C(c)})));");
                        }

                        string smoothTerm = smoothing ? $" + {Splat("Smoothing / K")} * {Sum(c => $"{Weight(c)} * lp{C(c)}")}" : string.Empty;
                        if (sparse)
                        {
                            w.Line($"loss = -({Splat("1d - Smoothing")} * labelWeight * {Or(c => $"(lp{C(c)} & eq{C(c)})")}{smoothTerm});");
                            w.Line("rowWeight = labelWeight;");
                        }
                        else
                        {
                            string kl = shape.Kind == KernelKind.KlDivergence ? $" + {Sum(c => $"XLogX(wt{C(c)})")}" : string.Empty;
                            w.Line($"loss = -({Splat("1d - Smoothing")} * {Sum(c => $"wt{C(c)} * lp{C(c)}")}{smoothTerm}){kl};");
                            if (shape.HasWeights)
                            {
                                w.Line($"rowWeight = {Sum(c => "wt" + C(c))};");
                            }
                        }

                        if (shape.HasGradient)
                        {
                            foreach (int c in classes)
                            {
                                string q = sparse ? $"(uniform + (target & eq{C(c)}))" : $"(tc{C(c)} * target + uniform)";
                                string inside = $"({V}.GreaterThanOrEqual(x{C(c)}, {V}.Create(Low)) & {V}.LessThanOrEqual(x{C(c)}, {V}.Create(High)))";
                                w.Line($"{vt} g{C(c)} = (-({Weight(c)} * {q}) / x{C(c)}) & {inside};");
                            }
                        }
                    }

                    if (sparse)
                    {
                        w.Line($"loss = {V}.AndNot(loss, skip.{t.AsElement}());");
                        w.Line($"rowWeight = {V}.AndNot(rowWeight, skip.{t.AsElement}());");
                    }

                    if (shape.HasGradient)
                    {
                        if (sparse)
                        {
                            foreach (int c in classes)
                            {
                                w.Line($"g{C(c)} = {V}.AndNot(g{C(c)}, skip.{t.AsElement}());");
                            }
                        }

                        w.Line($"ref {T} gb = ref Unsafe.Add(ref g, (nint)row * K);");
                        Layouts.ClassVectors.EmitStore(w, t, width, k, "gb", "g");
                    }

                    if (shape.WritesLosses)
                    {
                        w.Line("loss.StoreUnsafe(ref MemoryMarshal.GetReference(losses), (nuint)row);");
                    }
                    else
                    {
                        w.Line("lossSum = AddWidened(lossSum, loss);");
                        w.Line("weightTotal = AddWidened(weightTotal, rowWeight);");
                    }
                }

                if (!shape.WritesLosses)
                {
                    w.Line($"Accumulate(ref total, ref compensation, {V}.Sum(lossSum));");
                    w.Line($"denominator += {V}.Sum(weightTotal);");
                }
            }
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

        /// <summary>One row with vectors of <paramref name="width"/>, or in scalar code when it is null.</summary>
        private static void EmitRow(SourceWriter w, KernelShape shape, ElementTraits t, VectorWidth? width)
        {
            if (shape.Input == LossInput.Logits)
            {
                EmitLogitsRow(w, shape, t, width);
            }
            else
            {
                EmitProbabilitiesRow(w, shape, t, width);
            }
        }

        private static void EmitLogitsRow(SourceWriter w, KernelShape shape, ElementTraits t, VectorWidth? width)
        {
            string T = t.Keyword;
            bool sparse = shape.Targets == TargetKind.Sparse;
            bool smoothing = shape.LabelSmoothing != 0;
            var loop = new RowLoop(shape, t, width);

            // Pass 1: the row's max.
            if (width is { } v)
            {
                string vt = loop.VectorType;
                w.Line($"{vt} m = {v.Name}.LoadUnsafe(ref r);");
                loop.Emit(w, (offset, _) => w.Line($"m = Max(m, {v.Name}.LoadUnsafe(ref r, {offset}));"));
                w.Line($"{T} max = MaxAcross(m);");
                w.Line($"{vt} shift = {v.Name}.Create(max);");
                w.Line($"{v.Name}<double> exps = {v.Name}<double>.Zero, a = {v.Name}<double>.Zero, b = {v.Name}<double>.Zero, c = {v.Name}<double>.Zero, d = {v.Name}<double>.Zero, h = {v.Name}<double>.Zero;");
            }
            else
            {
                w.Line($"{T} max = r;");
                using (w.Block("for (int k = 1; k < K; k++)"))
                {
                    w.Line($"{T} value = Unsafe.Add(ref r, k);");
                    w.Line("max = value > max ? value : max;");
                }

                w.Line("double exps = 0d, a = 0d, b = 0d, c = 0d, d = 0d, h = 0d;");
            }

            // Pass 2: sum of exps (kept in the gradient row for pass 3), and the target and smoothing sums.
            loop.Emit(w, (offset, mask) =>
            {
                string xv = loop.Load("r", offset);
                if (width is { } v)
                {
                    string vt = loop.VectorType;
                    w.Line($"{vt} xv = {xv};");
                    w.Line($"{vt} e = ExpNonPositive(xv - shift);");
                    if (shape.HasGradient)
                    {
                        w.Line($"e.StoreUnsafe(ref gr, {offset});");
                    }

                    w.Line($"exps = AddWidened(exps, {Masked("e", mask)});");
                    if (shape.Kind == KernelKind.Entropy)
                    {
                        w.Line($"h = AddWidened(h, {Masked("e * (shift - xv)", mask)});");
                    }
                    else
                    {
                        EmitTargetSums(w, shape, t, width, offset, mask, "(shift - xv)");
                    }
                }
                else
                {
                    w.Line($"double gap = (double)max - {xv};");
                    w.Line($"{T} e = {t.MathClass}.Exp({xv} - max);");
                    if (shape.HasGradient)
                    {
                        w.Line("Unsafe.Add(ref gr, k) = e;");
                    }

                    w.Line("exps += e;");
                    if (shape.Kind == KernelKind.Entropy)
                    {
                        w.Line("h += e * gap;");
                    }
                    else
                    {
                        EmitTargetSums(w, shape, t, null, offset, null, "gap");
                    }
                }
            });

            string reduce = width is { } vw ? $"{vw.Name}.Sum" : string.Empty;
            w.Line($"double sumExp = {reduce}(exps);");
            w.Line($"sumA = {reduce}(a); sumB = {reduce}(b); sumC = {reduce}(c); sumD = {reduce}(d); sumH = {reduce}(h);");
            w.Line("double logSum = Math.Log(Math.Max(sumExp, double.Epsilon)); // sumExp >= 1 (the max contributes exp(0)); Max keeps NaN");
            if (shape.Kind == KernelKind.Entropy)
            {
                // H(softmax(x)) = log S + sum e (m - x) / S.
                w.Line("loss = logSum + sumH / sumExp;");
                RowWeight(w, shape, "1d");
                return;
            }

            if (sparse)
            {
                w.Line("double labelGap = (double)max - Unsafe.Add(ref r, label);");
                w.Line("double mass = (1d - Smoothing) * labelWeight + (Smoothing / K) * weightSum;");
                w.Line("loss = mass * logSum + (1d - Smoothing) * labelWeight * labelGap + (Smoothing / K) * sumC;");
                RowWeight(w, shape, "labelWeight");
            }
            else
            {
                w.Line("double mass = (1d - Smoothing) * sumB + (Smoothing / K) * weightSum;");
                w.Line("loss = mass * logSum + (1d - Smoothing) * sumA + (Smoothing / K) * sumC" + (shape.Kind == KernelKind.KlDivergence ? " + sumD;" : ";"));
                RowWeight(w, shape, shape.HasWeights ? "sumB" : "1d");
            }

            if (!shape.HasGradient)
            {
                return;
            }

            // Pass 3: gradient = softmax * mass - w q, times the reduction's scale.
            w.Line("double factor = mass / sumExp * rowScale;");
            w.Line("double uniform = Smoothing / K * rowScale;");
            w.Line("double target = (1d - Smoothing) * rowScale;");
            loop.Emit(w, (offset, mask) =>
            {
                if (width is { } v)
                {
                    string vt = loop.VectorType;
                    string weight = shape.HasWeights ? $"{v.Name}.LoadUnsafe(ref wv, {offset})" : $"{vt}.One";
                    string q = sparse
                        ? $"{v.Name}.Create(({T})uniform)"
                        : $"({v.Name}.LoadUnsafe(ref tr, {offset}) * {v.Name}.Create(({T})target) + {v.Name}.Create(({T})uniform))";
                    // Full vectors rescale the exps pass 2 left in the row; the overlapping tail recomputes its exps, since
                    // some of its lanes were already rescaled (it writes them again with the same values).
                    string exps = mask is null ? $"{v.Name}.LoadUnsafe(ref gr, {offset})" : $"ExpNonPositive({v.Name}.LoadUnsafe(ref r, {offset}) - shift)";
                    w.Line($"({exps} * {v.Name}.Create(({T})factor) - {weight} * {q}).StoreUnsafe(ref gr, {offset});");
                }
                else
                {
                    string weight = shape.HasWeights ? "(double)Unsafe.Add(ref wv, k)" : "1d";
                    string q = sparse ? "uniform" : "(Unsafe.Add(ref tr, k) * target + uniform)";
                    w.Line($"Unsafe.Add(ref gr, k) = ({T})(Unsafe.Add(ref gr, k) * factor - {weight} * {q});");
                }
            });

            if (sparse)
            {
                w.Line($"Unsafe.Add(ref gr, label) = ({T})(Unsafe.Add(ref gr, label) - labelWeight * target);");
            }
        }

        private static void EmitProbabilitiesRow(SourceWriter w, KernelShape shape, ElementTraits t, VectorWidth? width)
        {
            string T = t.Keyword;
            bool sparse = shape.Targets == TargetKind.Sparse;
            bool smoothing = shape.LabelSmoothing != 0;
            var loop = new RowLoop(shape, t, width);

            if (sparse)
            {
                w.Line($"{T} picked = Unsafe.Add(ref r, label);");
                w.Line("double labelLog = Math.Log(Math.Clamp(picked, Low, High));");
            }

            if (shape.Kind == KernelKind.Entropy)
            {
                // H(P) = -sum p ln p, with 0 ln 0 = 0 and no clamp.
                w.Line(width is { } ve ? $"{ve.Name}<double> d = {ve.Name}<double>.Zero;" : "double d = 0d;");
                loop.Emit(w, (offset, mask) => w.Line(width is not null
                    ? $"d = AddWidened(d, {Masked($"XLogX({loop.Load("r", offset)})", mask)});"
                    : $"d += XLogX(Unsafe.Add(ref r, k));"));
                w.Line($"loss = -{(width is { } vr ? vr.Name + ".Sum" : string.Empty)}(d);");
                RowWeight(w, shape, "1d");
                return;
            }

            if (!sparse || smoothing)
            {
                // One pass: log(clamp(p)) against the target and uniform weights.
                if (width is { } v)
                {
                    w.Line($"{v.Name}<double> a = {v.Name}<double>.Zero, b = {v.Name}<double>.Zero, c = {v.Name}<double>.Zero, d = {v.Name}<double>.Zero;");
                }
                else
                {
                    w.Line("double a = 0d, b = 0d, c = 0d, d = 0d;");
                }

                loop.Emit(w, (offset, mask) =>
                {
                    if (width is { } v)
                    {
                        string vt = loop.VectorType;
                        w.Line($"{vt} pv = {loop.Load("r", offset)};");
                        w.Line($"{vt} clamped = {v.Name}.ConditionalSelect({v.Name}.LessThan(pv, {v.Name}.Create(Low)), {v.Name}.Create(Low), pv);");
                        w.Line($"clamped = {v.Name}.ConditionalSelect({v.Name}.GreaterThan(clamped, {v.Name}.Create(High)), {v.Name}.Create(High), clamped);");
                        w.Line($"{vt} lp = LogPositive(clamped);");
                        EmitTargetSums(w, shape, t, width, offset, mask, "lp");
                    }
                    else
                    {
                        w.Line($"{T} pk = {loop.Load("r", offset)};");
                        w.Line("double lp = Math.Log(Math.Clamp(pk, Low, High));");
                        EmitTargetSums(w, shape, t, null, offset, null, "lp");
                    }
                });

                string reduce = width is { } vw ? $"{vw.Name}.Sum" : string.Empty;
                w.Line($"sumA = {reduce}(a); sumB = {reduce}(b); sumC = {reduce}(c); sumD = {reduce}(d);");
            }

            if (sparse)
            {
                w.Line("loss = -((1d - Smoothing) * labelWeight * labelLog + (Smoothing / K) * sumC);");
                RowWeight(w, shape, "labelWeight");
            }
            else
            {
                w.Line("loss = -((1d - Smoothing) * sumA + (Smoothing / K) * sumC)" + (shape.Kind == KernelKind.KlDivergence ? " + sumD;" : ";"));
                RowWeight(w, shape, shape.HasWeights ? "sumB" : "1d");
            }

            if (!shape.HasGradient)
            {
                return;
            }

            // d loss / d p_k = -w_k q_k / p_k inside [eps, 1 - eps]; 0 where the clamp cut p (its derivative is 0 there).
            w.Line("double uniform = Smoothing / K * rowScale;");
            w.Line("double target = (1d - Smoothing) * rowScale;");
            if (sparse && !smoothing)
            {
                w.Line("gradient.Slice(row * K, K).Clear();");
            }
            else
            {
                loop.Emit(w, (offset, _) =>
                {
                    if (width is { } v)
                    {
                        string vt = loop.VectorType;
                        string weight = shape.HasWeights ? $"{v.Name}.LoadUnsafe(ref wv, {offset})" : $"{vt}.One";
                        string q = sparse
                            ? $"{v.Name}.Create(({T})uniform)"
                            : $"({v.Name}.LoadUnsafe(ref tr, {offset}) * {v.Name}.Create(({T})target) + {v.Name}.Create(({T})uniform))";
                        w.Line($"{vt} pv = {loop.Load("r", offset)};");
                        w.Line($"{vt} inside = {v.Name}.GreaterThanOrEqual(pv, {v.Name}.Create(Low)) & {v.Name}.LessThanOrEqual(pv, {v.Name}.Create(High));");
                        w.Line($"(-({weight} * {q}) / pv & inside).StoreUnsafe(ref gr, {offset});");
                    }
                    else
                    {
                        string weight = shape.HasWeights ? "(double)Unsafe.Add(ref wv, k)" : "1d";
                        string q = sparse ? "uniform" : "(Unsafe.Add(ref tr, k) * target + uniform)";
                        w.Line($"{T} pk = Unsafe.Add(ref r, k);");
                        w.Line($"Unsafe.Add(ref gr, k) = pk >= Low && pk <= High ? ({T})(-({weight} * {q}) / pk) : 0;");
                    }
                });
            }

            if (sparse)
            {
                w.Line("double labelQ = labelWeight * (target + uniform);");
                w.Line($"Unsafe.Add(ref gr, label) = picked >= Low && picked <= High ? ({T})(-labelQ / picked) : 0;");
            }
        }

        /// <summary>
        /// The per-row sums over one chunk of classes, given the per-class term (m - x for logits, log p for
        /// probabilities): a += w t term and b += w t for target rows (d += t ln t for KL), c += w term with smoothing.
        /// </summary>
        private static void EmitTargetSums(SourceWriter w, KernelShape shape, ElementTraits t, VectorWidth? width, string offset, string? mask, string term)
        {
            bool dense = shape.Targets == TargetKind.Dense;
            bool smoothing = shape.LabelSmoothing != 0;
            if (width is { } v)
            {
                string weight = $"{v.Name}.LoadUnsafe(ref wv, {offset})";
                if (dense)
                {
                    string tv = $"{v.Name}.LoadUnsafe(ref tr, {offset})";
                    w.Line($"{v.Name}<{t.Keyword}> wt = {(shape.HasWeights ? $"({weight} * {tv})" : tv)};");
                    w.Line($"a = AddWidened(a, {Masked($"wt * {term}", mask)});");
                    w.Line($"b = AddWidened(b, {Masked("wt", mask)});");
                    if (shape.Kind == KernelKind.KlDivergence)
                    {
                        w.Line($"d = AddWidened(d, {Masked("XLogX(wt)", mask)});");
                    }
                }

                if (smoothing)
                {
                    w.Line($"c = AddWidened(c, {Masked(shape.HasWeights ? $"{weight} * {term}" : term, mask)});");
                }

                return;
            }

            string scalarWeight = shape.HasWeights ? "(double)Unsafe.Add(ref wv, k)" : "1d";
            if (dense)
            {
                w.Line($"double wt = {scalarWeight} * Unsafe.Add(ref tr, k);");
                w.Line($"a += wt * {term};");
                w.Line("b += wt;");
                if (shape.Kind == KernelKind.KlDivergence)
                {
                    w.Line("d += XLogX(wt);");
                }
            }

            if (smoothing)
            {
                w.Line($"c += {scalarWeight} * {term};");
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
