using System;
using System.Collections.Generic;
using System.Linq;
using CeGenerators.Model;

namespace CeGenerators.Emit.Layouts
{
    /// <summary>
    /// <see cref="KernelLayout.RowByRow"/>: one row at a time, its classes across the lanes, two passes (max, then the
    /// sum of exps; the second reads the row from L1). Four accumulators per pass; the last partial vector is one
    /// overlapping load with a constant mask. Also finishes the rows a <see cref="RowBlocks"/> loop leaves.
    /// </summary>
    internal static class RowByRow
    {
        /// <summary>Vectors per iteration of the unrolled loops: their exps are added in the element type, then widened once.</summary>
        private const int Unroll = 8;

        /// <summary>Accumulators of the max pass (vmaxps has a latency of a few cycles and a throughput of one or two).</summary>
        private const int MaxChains = 4;

        /// <summary>From this K rows are long enough (4 KB of float) for the next row's max pass to ride on this one's exps.</summary>
        private const int PipelinedClasses = 128;

        public static void Emit(SourceWriter w, KernelShape shape, ElementTraits t)
        {
            string keyword = "if";
            foreach (VectorWidth width in VectorWidth.WidestFirst)
            {
                EmitWidth(w, shape, t, width, keyword);
                keyword = "else if";
            }
        }

        private static void EmitWidth(SourceWriter w, KernelShape shape, ElementTraits t, VectorWidth width, string keyword)
        {
            string V = width.Name, T = t.Keyword, vt = V + "<" + T + ">", vd = V + "<double>";
            int lanes = width.Lanes(t.Type);
            int k = shape.Classes;
            int blocked = k / (Unroll * lanes) * (Unroll * lanes);
            int fullVectors = (k - blocked) / lanes;
            int tail = k % lanes;
            bool single = t.Type == ElementType.Single;

            w.Line();
            using (w.Block($"{keyword} ({V}.IsHardwareAccelerated)"))
            {
                if (tail != 0)
                {
                    // The last load starts at K - W and overlaps lanes already summed; the mask keeps only the new ones.
                    string suffix = single ? string.Empty : "L";
                    string mask = string.Join(", ", Enumerable.Range(0, lanes).Select(j => (j >= lanes - tail ? "-1" : "0") + suffix));
                    w.Line($"{vt} tailMask = {V}.Create({mask}).{t.AsElement}();");
                }

                if (k >= PipelinedClasses)
                {
                    EmitPipelined(w, shape, t, width, blocked, fullVectors, tail);
                }

                using (w.Block("for (; row < rows; row++)"))
                {
                    SoftmaxCrossEntropyEmitter.EmitRowPrologue(w, shape, t);
                    string Load(string offset) => $"{V}.LoadUnsafe(ref r, {offset})";
                    w.Line($"{vt} m0 = {V}.LoadUnsafe(ref r), m1 = m0, m2 = m0, m3 = m0;");
                    EmitBlockedLoop(w, lanes, blocked, offsets =>
                    {
                        for (int a = 0; a < Unroll; a++)
                        {
                            w.Line($"m{Literals.Int(a % MaxChains)} = Max(m{Literals.Int(a % MaxChains)}, {Load(offsets[a])});");
                        }
                    });
                    List<string> rest = Enumerable.Range(0, fullVectors).Select(a => Load(Literals.Int(blocked + (a * lanes)))).ToList();
                    if (tail != 0)
                    {
                        rest.Add(Load(Literals.Int(k - lanes)));
                    }

                    for (int a = 0; a < rest.Count; a++)
                    {
                        w.Line($"m{Literals.Int(a % MaxChains)} = Max(m{Literals.Int(a % MaxChains)}, {rest[a]});");
                    }

                    w.Line($"{T} max = MaxAcross(Max(Max(m0, m1), Max(m2, m3)));");
                    w.Line($"{vt} shift = {V}.Create(max);");

                    ExpSums.Declare(w, width, t);
                    string Exp(string load) => $"ExpNonPositive({load} - shift)";
                    void Add(string group) => ExpSums.Add(w, width, t, group);

                    EmitBlockedLoop(w, lanes, blocked, offsets =>
                        Add(SoftmaxCrossEntropyEmitter.Tree(offsets.Select(o => Exp(Load(o))).ToList(), (a, b) => $"({a} + {b})")));
                    List<string> restExps = rest.Select(Exp).ToList();
                    if (tail != 0)
                    {
                        restExps[restExps.Count - 1] = $"({restExps[restExps.Count - 1]} & tailMask)";
                    }

                    if (restExps.Count > 0)
                    {
                        Add(SoftmaxCrossEntropyEmitter.Tree(restExps, (a, b) => $"({a} + {b})"));
                    }

                    w.Line($"double exps = {ExpSums.Total(width, t)};");
                    SoftmaxCrossEntropyEmitter.EmitRowEpilogue(w, shape, t, "exps");
                }
            }
        }

        /// <summary>
        /// Long rows: the next row's max pass runs inside this row's exp pass, so its loads (from memory) overlap the exps
        /// (compute) instead of alternating with them. The last row is left to the plain loop after.
        /// </summary>
        private static void EmitPipelined(SourceWriter w, KernelShape shape, ElementTraits t, VectorWidth width, int blocked, int fullVectors, int tail)
        {
            string V = width.Name, T = t.Keyword, vt = V + "<" + T + ">";
            int lanes = width.Lanes(t.Type);
            int k = shape.Classes;
            string[] Offsets() => Enumerable.Range(0, fullVectors).Select(a => Literals.Int(blocked + (a * lanes))).Concat(tail != 0 ? new[] { Literals.Int(k - lanes) } : new string[0]).ToArray();
            string Load(string source, string offset) => $"{V}.LoadUnsafe(ref {source}, {offset})";
            string MaxStep(string prefix, int a, string source, string offset) => $"{prefix}{Literals.Int(a % MaxChains)} = Max({prefix}{Literals.Int(a % MaxChains)}, {Load(source, offset)});";
            string Chains(string prefix) => $"MaxAcross(Max(Max({prefix}0, {prefix}1), Max({prefix}2, {prefix}3)))";
            void MaxPass(string source, string prefix)
            {
                w.Line($"{vt} {prefix}0 = {V}.LoadUnsafe(ref {source}), {prefix}1 = {prefix}0, {prefix}2 = {prefix}0, {prefix}3 = {prefix}0;");
                EmitBlockedLoop(w, lanes, blocked, offsets =>
                {
                    for (int a = 0; a < Unroll; a++)
                    {
                        w.Line(MaxStep(prefix, a, source, offsets[a]));
                    }
                });
                string[] rest = Offsets();
                for (int a = 0; a < rest.Length; a++)
                {
                    w.Line(MaxStep(prefix, a, source, rest[a]));
                }
            }

            w.Line("// Software pipeline: row + 1's max pass runs inside row's exp pass (its loads overlap the exps).");
            using (w.Block("if (row < rows - 1)"))
            {
                w.Line($"ref {T} first = ref Unsafe.Add(ref x, (nint)row * K);");
                MaxPass("first", "p");
                w.Line($"{T} rowMax = {Chains("p")};");
                using (w.Block("for (; row < rows - 1; row++)"))
                {
                    w.Line("int label = Unsafe.Add(ref y, row);");
                    w.Line($"ref {T} r = ref Unsafe.Add(ref x, (nint)row * K);");
                    w.Line($"ref {T} next = ref Unsafe.Add(ref r, K);");
                    w.Line($"{T} max = rowMax;");
                    using (w.Block("if (label == IgnoreIndex)"))
                    {
                        w.Line(shape.WritesLosses ? "Unsafe.Add(ref o, row) = 0;" : "ignored++;");
                        MaxPass("next", "q");
                        w.Line($"rowMax = {Chains("q")};");
                        w.Line("continue;");
                    }

                    w.Line("if ((uint)label >= (uint)K) ThrowHelper.InvalidLabel(labels, row, K, IgnoreIndex, labelsName);");
                    w.Line($"{vt} shift = {V}.Create(max);");
                    w.Line($"{vt} n0 = {V}.LoadUnsafe(ref next), n1 = n0, n2 = n0, n3 = n0;");
                    ExpSums.Declare(w, width, t);
                    string Exp(string offset) => $"ExpNonPositive({Load("r", offset)} - shift)";
                    EmitBlockedLoop(w, lanes, blocked, offsets =>
                    {
                        ExpSums.Add(w, width, t, SoftmaxCrossEntropyEmitter.Tree(offsets.Select(Exp).ToList(), (a, b) => $"({a} + {b})"));
                        for (int a = 0; a < Unroll; a++)
                        {
                            w.Line(MaxStep("n", a, "next", offsets[a]));
                        }
                    });
                    string[] rest = Offsets();
                    List<string> restExps = rest.Select(Exp).ToList();
                    if (tail != 0)
                    {
                        restExps[restExps.Count - 1] = $"({restExps[restExps.Count - 1]} & tailMask)";
                    }

                    if (restExps.Count > 0)
                    {
                        ExpSums.Add(w, width, t, SoftmaxCrossEntropyEmitter.Tree(restExps, (a, b) => $"({a} + {b})"));
                    }

                    for (int a = 0; a < rest.Length; a++)
                    {
                        w.Line(MaxStep("n", a, "next", rest[a]));
                    }

                    w.Line($"rowMax = {Chains("n")};");
                    w.Line($"double exps = {ExpSums.Total(width, t)};");
                    SoftmaxCrossEntropyEmitter.EmitRowEpilogue(w, shape, t, "exps");
                }
            }

            w.Line();
        }

        /// <summary>The loop over the first <paramref name="blocked"/> classes, <see cref="Unroll"/> vectors per iteration.</summary>
        private static void EmitBlockedLoop(SourceWriter w, int lanes, int blocked, Action<string[]> body)
        {
            if (blocked == 0)
            {
                return;
            }

            using (w.Block($"for (nuint i = 0; i < {Literals.Int(blocked)}; i += {Literals.Int(Unroll * lanes)})"))
            {
                body(Enumerable.Range(0, Unroll).Select(a => a == 0 ? "i" : $"i + {Literals.Int(a * lanes)}").ToArray());
            }
        }
    }
}
