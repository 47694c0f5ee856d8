using System.Collections.Generic;
using System.Linq;
using CeGenerators.Model;

namespace CeGenerators.Emit.Layouts
{
    /// <summary>
    /// Emits a W x W transpose in registers: log2 W stages, each swapping the off-diagonal s x s blocks of every 2s x 2s
    /// block (s = W/2, ..., 1) with one two-source permute (vpermt2ps/pd) per output vector. Outputs nobody reads are
    /// pruned backwards, so a last group with few classes costs ~2 permutes per stage instead of W.
    /// </summary>
    internal static class TransposeNetwork
    {
        /// <summary>The check under which <see cref="Emit"/>'s code runs (the two-source permutes are AVX-512 only).</summary>
        public static string Guard(VectorWidth width) => width.Bits == 512 ? "Avx512F.IsSupported" : "Avx512F.VL.IsSupported";

        /// <summary>
        /// Writes <paramref name="outputs"/>[i] = lane l holds element i of <paramref name="inputs"/>[l], for the first
        /// outputs.Count values of i. Temporaries are named {temp}{stage}_{i}.
        /// </summary>
        public static void Emit(SourceWriter w, ElementTraits t, VectorWidth width, IReadOnlyList<string> inputs, IReadOnlyList<string> outputs, string temp)
        {
            int lanes = width.Lanes(t.Type);
            int[] strides = Enumerable.Range(0, Log2(lanes)).Select(stage => lanes >> (stage + 1)).ToArray();

            // needed[stage] = the vectors of that stage's output some later stage (or the caller) reads.
            var needed = new HashSet<int>[strides.Length];
            var wanted = new HashSet<int>(Enumerable.Range(0, outputs.Count));
            for (int stage = strides.Length - 1; stage >= 0; stage--)
            {
                needed[stage] = wanted;
                wanted = new HashSet<int>(wanted.SelectMany(i => new[] { i, i ^ strides[stage] }));
            }

            string permute = PermuteName(width, t);
            string[] current = inputs.ToArray();
            for (int stage = 0; stage < strides.Length; stage++)
            {
                int s = strides[stage];
                bool last = stage == strides.Length - 1;
                var next = new string[lanes];
                foreach (int i in needed[stage].OrderBy(i => i))
                {
                    int low = i & ~s, high = i | s;
                    // low' = (low's lanes without bit s, high's lanes without bit s); high' = the two halves with bit s.
                    int[] index = Enumerable.Range(0, lanes)
                        .Select(l => (i & s) == 0
                            ? ((l & s) == 0 ? l : lanes + l - s)
                            : ((l & s) == 0 ? l + s : lanes + l))
                        .ToArray();
                    string name = last ? outputs[i] : $"{temp}{Literals.Int(stage)}_{Literals.Int(i)}";
                    string declare = last ? string.Empty : $"{width.Name}<{t.Keyword}> ";
                    w.Line($"{declare}{name} = {permute}({current[low]}, {Constant(width, t, index)}, {current[high]});");
                    next[i] = name;
                }

                current = next;
            }
        }

        private static string PermuteName(VectorWidth width, ElementTraits t)
        {
            int lanes = width.Lanes(t.Type);
            string x = t.Type == ElementType.Single ? "x32x2" : "x64x2";
            return (width.Bits == 512 ? "Avx512F" : "Avx512F.VL") + ".PermuteVar" + Literals.Int(lanes) + x;
        }

        private static string Constant(VectorWidth width, ElementTraits t, IEnumerable<int> values) =>
            $"{width.Name}.Create({string.Join(", ", values.Select(v => t.Type == ElementType.Single ? Literals.Int(v) : Literals.Long(v)))})";

        private static int Log2(int value)
        {
            int log = 0;
            while ((1 << log) < value)
            {
                log++;
            }

            return log;
        }
    }
}
