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
