using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CeGenerators.Model;

namespace CeGenerators.Emit
{
    /// <summary>The family kernels for small K: rows across vector lanes.</summary>
    internal static partial class CrossEntropyFamilyEmitter
    {
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
    }
}
