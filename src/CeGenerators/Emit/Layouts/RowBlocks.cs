using System.Linq;
using CeGenerators.Model;

namespace CeGenerators.Emit.Layouts
{
    /// <summary>
    /// <see cref="KernelLayout.RowBlocks"/>: W rows per iteration, one per lane. Row j of the block is loaded as
    /// G = ceil(K / W) whole vectors (offsets j*K + g*W); group g of the W rows is then transposed in registers by
    /// <see cref="TransposeNetwork"/> into the class vectors x(g*W) .. x(g*W + W - 1). Per W rows that is W*G loads and
    /// about W*G*log2(W) permutes, against ~K*W/2 permutes and blends for the gathers of
    /// <see cref="KernelLayout.RowsAcrossLanes"/>. Without AVX-512 each class vector is one strided VectorN.Create.
    /// Above <see cref="KernelLayouts.MaxUnrolledClasses"/> the class vectors go through a stack buffer and loops.
    /// </summary>
    internal static class RowBlocks
    {
        private const string Buffer = "cv";

        public static void Emit(SourceWriter w, KernelShape shape, ElementTraits t, VectorWidth width)
        {
            int lanes = width.Lanes(t.Type);
            int k = shape.Classes;
            int groups = (k + lanes - 1) / lanes;
            bool buffered = k > KernelLayouts.MaxUnrolledClasses;

            // The last row's last vector reads (groups * W - K) elements past the block: stop early enough that they are
            // the next rows' logits, never past the span.
            int overrun = (groups * lanes) - k;
            int extraRows = (overrun + k - 1) / k;
            string how = buffered ? "row blocks transposed in registers into a stack buffer" : "row blocks transposed in registers";
            SoftmaxCrossEntropyEmitter.EmitLanesLoop(w, shape, t, width, extraRows, how, () =>
            {
                if (buffered)
                {
                    EmitBuffered(w, t, width, k);
                }
                else
                {
                    EmitUnrolled(w, t, width, k);
                }
            }, buffered ? Buffer : null);
        }

        private static void EmitUnrolled(SourceWriter w, ElementTraits t, VectorWidth width, int k)
        {
            string V = width.Name, vt = V + "<" + t.Keyword + ">";
            int lanes = width.Lanes(t.Type);
            w.Line($"{vt} {string.Join(", ", Enumerable.Range(0, k).Select(c => "x" + Literals.Int(c)))};");
            using (w.Block($"if ({TransposeNetwork.Guard(width)})"))
            {
                for (int g = 0; g * lanes < k; g++)
                {
                    EmitGroup(w, t, width, "b", g * lanes, $"g{Literals.Int(g)}", System.Math.Min(lanes, k - (g * lanes)), c => "x" + Literals.Int((g * lanes) + c), k);
                }
            }

            using (w.Block("else"))
            {
                for (int c = 0; c < k; c++)
                {
                    w.Line($"x{Literals.Int(c)} = {Strided(width, t, k, Literals.Int(c))};");
                }
            }
        }

        /// <summary>Full groups in a loop (constant code size), the partial last group unrolled, all into the buffer.</summary>
        private static void EmitBuffered(SourceWriter w, ElementTraits t, VectorWidth width, int k)
        {
            int lanes = width.Lanes(t.Type);
            int full = k / lanes * lanes;
            using (w.Block($"if ({TransposeNetwork.Guard(width)})"))
            {
                using (w.Block($"for (nint g = 0; g < {Literals.Int(full)}; g += {Literals.Int(lanes)})"))
                {
                    w.Line($"ref {t.Keyword} gb = ref Unsafe.Add(ref b, g);");
                    EmitGroup(w, t, width, "gb", 0, "f", lanes, c => $"Unsafe.Add(ref {Buffer}, g + {Literals.Int(c)})", k);
                }

                if (full < k)
                {
                    EmitGroup(w, t, width, "b", full, "p", k - full, c => $"Unsafe.Add(ref {Buffer}, {Literals.Int(full + c)})", k);
                }
            }

            using (w.Block("else"))
            {
                using (w.Block($"for (nint c = 0; c < {Literals.Int(k)}; c++)"))
                {
                    w.Line($"Unsafe.Add(ref {Buffer}, c) = {Strided(width, t, k, "c")};");
                }
            }
        }

        /// <summary>Loads W row vectors at source + j*K + offset and transposes them into the first count outputs.</summary>
        private static void EmitGroup(SourceWriter w, ElementTraits t, VectorWidth width, string source, int offset, string prefix, int count, System.Func<int, string> output, int k)
        {
            int lanes = width.Lanes(t.Type);
            string V = width.Name, vt = V + "<" + t.Keyword + ">";
            string[] inputs = Enumerable.Range(0, lanes).Select(j => $"{prefix}r{Literals.Int(j)}").ToArray();
            for (int j = 0; j < lanes; j++)
            {
                w.Line($"{vt} {inputs[j]} = {V}.LoadUnsafe(ref {source}, {Literals.Int((j * k) + offset)});");
            }

            TransposeNetwork.Emit(w, t, width, inputs, Enumerable.Range(0, count).Select(output).ToArray(), prefix + "t");
        }

        private static string Strided(VectorWidth width, ElementTraits t, int k, string c) =>
            $"{width.Name}.Create({string.Join(", ", Enumerable.Range(0, width.Lanes(t.Type)).Select(j => $"Unsafe.Add(ref b, {(j == 0 ? c : $"{Literals.Int(j * k)} + {c}")})"))})";
    }
}
