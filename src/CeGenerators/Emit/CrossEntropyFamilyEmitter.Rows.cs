using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CeGenerators.Model;

namespace CeGenerators.Emit
{
    /// <summary>The family kernels one row at a time: the logits and probabilities rows and their target sums.</summary>
    internal static partial class CrossEntropyFamilyEmitter
    {
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
    }
}
