using System;
using System.Collections.Generic;
using System.Linq;
using CeGenerators.Model;

namespace CeGenerators.Emit
{
    /// <summary>
    /// Emits the body of one softmax cross-entropy kernel (sparse labels) for one <see cref="KernelShape"/>:
    /// loss(row) = log(sum_k exp(x_k - max)) + (max - x_label), the max subtraction keeping every exp in (0, 1].
    /// The vector strategy is the shape's <see cref="KernelShape.Layout"/>:
    /// <list type="bullet">
    /// <item><see cref="KernelLayout.RowsAcrossLanes"/> and <see cref="KernelLayout.RowBlocks"/>: one row per lane, W rows
    /// per iteration, fully unrolled over the classes (<see cref="EmitLanesLoop"/>); they differ in how the W x K block
    /// becomes K class vectors.</item>
    /// <item><see cref="KernelLayout.RowByRow"/>: one row at a time (<see cref="Layouts.RowByRow"/>).</item>
    /// </list>
    /// A scalar loop finishes the rows the vector loops leave and runs alone when no vector width is accelerated.
    /// </summary>
    internal static class SoftmaxCrossEntropyEmitter
    {
        public static string MethodName(KernelShape shape)
        {
            string ignore = shape.IgnoreIndex < 0 ? "M" + Literals.Long(-(long)shape.IgnoreIndex).TrimEnd('L') : Literals.Int(shape.IgnoreIndex);
            return (shape.WritesLosses ? "Losses_" : "Total_") + shape.ElementType + "_K" + Literals.Int(shape.Classes) + "_Ignore" + ignore;
        }

        public static void Emit(SourceWriter w, KernelShape shape)
        {
            ElementTraits t = ElementTraits.Of(shape.ElementType);
            string T = t.Keyword;
            bool losses = shape.WritesLosses;
            KernelLayout layout = shape.Layout;

            w.Line("/// <summary>");
            w.Line($"/// Softmax cross-entropy, {T}, K = {Literals.Int(shape.Classes)}, ignore index {Literals.Int(shape.IgnoreIndex)}, " +
                   (losses ? "one loss per row of [start, end)." : "returns the sum of the losses of rows [start, end) and the number of counted rows."));
            w.Line("/// " + (layout == KernelLayout.RowsAcrossLanes ? "Rows across vector lanes."
                : layout == KernelLayout.RowBlocks ? "Rows across vector lanes, row blocks transposed in registers; leftover rows one at a time."
                : "Classes across vector lanes, two passes per row."));
            w.Line("/// </summary>");
            using (w.Block(ParallelismContract.Signature(T, MethodName(shape))))
            {
                w.Line($"const int K = {Literals.Int(shape.Classes)};");
                w.Line($"const int IgnoreIndex = {Literals.Int(shape.IgnoreIndex)};");
                w.Line("int rows = end;");
                w.Line($"ref {T} x = ref MemoryMarshal.GetReference(input);");
                w.Line("ref int y = ref MemoryMarshal.GetReference(labels);");
                if (losses)
                {
                    w.Line($"ref {T} o = ref MemoryMarshal.GetReference(losses);");
                }
                else
                {
                    w.Line("double total = 0d, compensation = 0d;");
                    w.Line("int ignored = 0;");
                }

                w.Line("int row = start;");
                foreach (VectorWidth width in VectorWidth.WidestFirst)
                {
                    if (layout == KernelLayout.RowsAcrossLanes)
                    {
                        EmitLanesLoop(w, shape, t, width, extraRows: 0, "one per lane", () => Layouts.ClassVectors.EmitLoad(w, t, width, shape.Classes));
                    }
                    else if (layout == KernelLayout.RowBlocks)
                    {
                        Layouts.RowBlocks.Emit(w, shape, t, width);
                    }
                }

                if (layout != KernelLayout.RowsAcrossLanes)
                {
                    Layouts.RowByRow.Emit(w, shape, t);
                }

                EmitScalarRows(w, shape, t);
                ParallelismContract.EmitReturn(w, shape.Reduction, "rows - start - ignored");
            }

            w.Line();
        }

        /// <summary>
        /// Lane j of every vector holds row (row + j): <paramref name="classVectors"/> declares x0..x(K-1) from the W x K
        /// block at b, then everything else is lane-wise. The loop stops <paramref name="extraRows"/> rows early when the
        /// class vectors' loads read that far past the block. With <paramref name="buffer"/> the class vectors are
        /// stored there instead (a ref to K vectors) and read back by loops, not unrolled: the code then stays small
        /// at any K (an unrolled method over ~60 KB of IL is compiled without optimization, and one with over ~1000
        /// locals leaves the rest in memory).
        /// </summary>
        internal static void EmitLanesLoop(SourceWriter w, KernelShape shape, ElementTraits t, VectorWidth width, int extraRows, string how, Action classVectors, string? buffer = null)
        {
            string V = width.Name, T = t.Keyword, I = t.IntegerKeyword, vt = V + "<" + T + ">", vi = V + "<" + I + ">";
            int lanes = width.Lanes(t.Type);
            int k = shape.Classes;
            bool losses = shape.WritesLosses;
            bool single = t.Type == ElementType.Single;

            w.Line();
            string step = Literals.Int(lanes + extraRows);
            w.Line($"// {V}: {Literals.Int(lanes)} rows per iteration, {how}.");
            using (w.Block($"if ({V}.IsHardwareAccelerated && rows - row >= {step})"))
            {
                if (!losses)
                {
                    if (single)
                    {
                        w.Line($"{V}<double> sum = {V}<double>.Zero;");
                    }
                    else
                    {
                        w.Line($"{V}<double> sum = {V}<double>.Zero, error = {V}<double>.Zero;");
                    }

                    w.Line($"{vi} ignoredLanes = {vi}.Zero;");
                }

                if (buffer is not null)
                {
                    w.Line($"Span<{vt}> classVectors = stackalloc {vt}[K];");
                    w.Line($"ref {vt} {buffer} = ref MemoryMarshal.GetReference(classVectors);");
                }

                using (w.Block($"for (; row <= rows - {step}; row += {Literals.Int(lanes)})"))
                {
                    w.Line($"ref {T} b = ref Unsafe.Add(ref x, (nint)row * K);");
                    EmitLabelVector(w, t, width, "labelsName");
                    classVectors();

                    if (k == 2)
                    {
                        // Two classes: one of the exps is e^0 = 1, so one exp per row suffices; (max - max) keeps the
                        // NaN the general form gives a row holding +inf.
                        w.Line($"{vt} max = Max(x0, x1);");
                        w.Line($"{vt} picked = {V}.ConditionalSelect({V}.Equals(label, {vi}.Zero).{t.AsElement}(), x0, x1);");
                        w.Line($"{vt} exps = {vt}.One + ExpNonPositive(-{V}.Abs(x0 - x1)) + (max - max);");
                    }
                    else if (buffer is null)
                    {
                        w.Line($"{vt} max = {Tree(Enumerable.Range(0, k).Select(c => "x" + Literals.Int(c)).ToList(), (a, b) => $"Max({a}, {b})")};");
                        w.Line($"{vt} picked = {Tree(Enumerable.Range(0, k).Select(c => $"(x{Literals.Int(c)} & {V}.Equals(label, {V}.Create(({I}){Literals.Int(c)})).{t.AsElement}())").ToList(), (a, b) => $"({a} | {b})")};");
                        w.Line($"{vt} exps = {Tree(Enumerable.Range(0, k).Select(c => $"ExpNonPositive(x{Literals.Int(c)} - max)").ToList(), (a, b) => $"({a} + {b})")};");
                    }
                    else
                    {
                        EmitBufferedReductions(w, t, width, k, buffer);
                    }

                    w.Line($"{vt} loss = {V}.AndNot(LogPositive(exps) + (max - picked), skip.{t.AsElement}());");
                    if (losses)
                    {
                        w.Line("loss.StoreUnsafe(ref o, (nuint)row);");
                    }
                    else
                    {
                        if (single)
                        {
                            w.Line($"sum += {V}.WidenLower(loss) + {V}.WidenUpper(loss);");
                        }
                        else
                        {
                            w.Line($"{V}<double> corrected = loss - error;");
                            w.Line($"{V}<double> next = sum + corrected;");
                            w.Line("error = (next - sum) - corrected;");
                            w.Line("sum = next;");
                        }

                        w.Line("ignoredLanes -= skip;");
                    }
                }

                if (!losses)
                {
                    w.Line($"Accumulate(ref total, ref compensation, {V}.Sum(sum){(single ? string.Empty : $" - {V}.Sum(error)")});");
                    w.Line($"ignored += (int){V}.Sum(ignoredLanes);");
                }
            }
        }

        /// <summary>
        /// Declares max, picked and exps from the K class vectors at <paramref name="buffer"/>: one loop for max (two
        /// chains) and picked, one for the exps in groups of <see cref="ExpGroup"/> (see <see cref="Layouts.ExpSums"/>).
        /// </summary>
        private static void EmitBufferedReductions(SourceWriter w, ElementTraits t, VectorWidth width, int k, string buffer)
        {
            string V = width.Name, vt = V + "<" + t.Keyword + ">", vi = V + "<" + t.IntegerKeyword + ">";
            string Class(string index) => $"Unsafe.Add(ref {buffer}, {index})";
            string Pick(string value) => $"picked = {V}.ConditionalSelect({V}.Equals(label, index).{t.AsElement}(), {value}, picked); index += {vi}.One;";
            w.Line($"{vt} max = {buffer}, maxOdd = {Class("1")}, picked = {vt}.Zero;");
            w.Line($"{vi} index = {vi}.Zero;");
            using (w.Block($"for (nint c = 0; c < {Literals.Int(k / 2 * 2)}; c += 2)"))
            {
                w.Line($"{vt} even = {Class("c")}, odd = {Class("c + 1")};");
                w.Line("max = Max(max, even);");
                w.Line("maxOdd = Max(maxOdd, odd);");
                w.Line(Pick("even"));
                w.Line(Pick("odd"));
            }

            if (k % 2 == 1)
            {
                w.Line($"max = Max(max, {Class(Literals.Int(k - 1))});");
                w.Line(Pick(Class(Literals.Int(k - 1))));
            }

            w.Line("max = Max(max, maxOdd);");
            Layouts.ExpSums.Declare(w, width, t);
            string Exp(string index) => $"ExpNonPositive({Class(index)} - max)";
            int grouped = k / ExpGroup * ExpGroup;
            using (w.Block($"for (nint c = 0; c < {Literals.Int(grouped)}; c += {Literals.Int(ExpGroup)})"))
            {
                Layouts.ExpSums.Add(w, width, t, Tree(Enumerable.Range(0, ExpGroup).Select(j => Exp(j == 0 ? "c" : $"c + {Literals.Int(j)}")).ToList(), (a, b) => $"({a} + {b})"));
            }

            if (grouped < k)
            {
                Layouts.ExpSums.Add(w, width, t, Tree(Enumerable.Range(grouped, k - grouped).Select(j => Exp(Literals.Int(j))).ToList(), (a, b) => $"({a} + {b})"));
            }

            w.Line($"{vt} exps = {Layouts.ExpSums.LaneTotals(width, t)};");
        }

        /// <summary>Exps added in the element type before they join the double sums (buffered row blocks).</summary>
        private const int ExpGroup = 8;

        /// <summary>
        /// Declares <c>label</c> (the W labels at <c>row</c> in integer lanes as wide as the element type) and <c>skip</c>
        /// (lanes whose label is the ignore index), and throws for any other label outside [0, K).
        /// </summary>
        internal static void EmitLabelVector(SourceWriter w, ElementTraits t, VectorWidth width, string labelsName)
        {
            string V = width.Name, I = t.IntegerKeyword, vi = V + "<" + I + ">";
            if (t.Type == ElementType.Single)
            {
                w.Line($"{vi} label = {V}.LoadUnsafe(ref y, (nuint)row);");
            }
            else if (width.Bits > 128)
            {
                // W int labels fill half a vector: load them as such and sign-extend to the 64-bit lanes of double.
                string half = "Vector" + Literals.Int(width.Bits / 2);
                w.Line($"{vi} label = {V}.WidenLower({half}.LoadUnsafe(ref y, (nuint)row).To{V}Unsafe());");
            }
            else
            {
                w.Line($"{vi} label = {V}.WidenLower({V}.CreateScalar(Unsafe.ReadUnaligned<long>(ref Unsafe.As<int, byte>(ref Unsafe.Add(ref y, row)))).AsInt32());");
            }

            w.Line($"{vi} skip = {V}.Equals(label, {V}.Create(({I})IgnoreIndex));");
            // One unsigned compare: a negative label is a huge unsigned one.
            string unsigned = t.Type == ElementType.Single ? "uint" : "ulong", asUnsigned = t.Type == ElementType.Single ? "AsUInt32" : "AsUInt64";
            w.Line($"{vi} valid = {V}.LessThan(label.{asUnsigned}(), {V}.Create(({unsigned})K)).{t.AsInteger}();");
            w.Line($"if (!{V}.EqualsAll(valid | skip, {vi}.AllBitsSet)) ThrowHelper.InvalidLabel(labels, row, K, IgnoreIndex, {labelsName});");
        }

        /// <summary>Rows the vector loops did not take (or all rows, without acceleration), with the runtime's own exp/log.</summary>
        private static void EmitScalarRows(SourceWriter w, KernelShape shape, ElementTraits t)
        {
            string T = t.Keyword;
            w.Line();
            using (w.Block("for (; row < rows; row++)"))
            {
                EmitRowPrologue(w, shape, t);
                w.Line($"{T} max = r;");
                using (w.Block("for (int k = 1; k < K; k++)"))
                {
                    w.Line($"{T} v = Unsafe.Add(ref r, k);");
                    w.Line("max = v > max ? v : max;");
                }

                // Compensated: the scalar path is also the reference-grade fallback (float terms are exact in double).
                w.Line("double exps = 0d, error = 0d;");
                using (w.Block("for (int k = 0; k < K; k++)"))
                {
                    w.Line($"Accumulate(ref exps, ref error, {t.MathClass}.Exp(Unsafe.Add(ref r, k) - max));");
                }

                w.Line("exps -= error;");

                EmitRowEpilogue(w, shape, t, "exps");
            }
        }

        internal static void EmitRowPrologue(SourceWriter w, KernelShape shape, ElementTraits t)
        {
            w.Line("int label = Unsafe.Add(ref y, row);");
            using (w.Block("if (label == IgnoreIndex)"))
            {
                w.Line(shape.WritesLosses ? "Unsafe.Add(ref o, row) = 0;" : "ignored++;");
                w.Line("continue;");
            }

            w.Line("if ((uint)label >= (uint)K) ThrowHelper.InvalidLabel(labels, row, K, IgnoreIndex, labelsName);");
            w.Line($"ref {t.Keyword} r = ref Unsafe.Add(ref x, (nint)row * K);");
        }

        internal static void EmitRowEpilogue(SourceWriter w, KernelShape shape, ElementTraits t, string exps)
        {
            // (max - x_label) first: with huge logits max + log(sum) would round away the log term.
            w.Line($"{t.Keyword} loss = ({t.Keyword})(Math.Log(Math.Max({exps}, double.Epsilon)) + ((double)max - Unsafe.Add(ref r, label))); // the sum is >= 1; Max keeps NaN");
            w.Line(shape.WritesLosses ? "Unsafe.Add(ref o, row) = loss;" : "Accumulate(ref total, ref compensation, loss);");
        }

        /// <summary>Combines terms as a balanced tree: shorter dependency chains than a left fold.</summary>
        internal static string Tree(IReadOnlyList<string> terms, System.Func<string, string, string> combine)
        {
            if (terms.Count == 1)
            {
                return terms[0];
            }

            int half = terms.Count / 2;
            return combine(Tree(terms.Take(half).ToList(), combine), Tree(terms.Skip(half).ToList(), combine));
        }
    }
}
