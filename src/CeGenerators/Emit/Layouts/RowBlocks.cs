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
    /// </summary>
    internal static class RowBlocks
    {
        public static void Emit(SourceWriter w, KernelShape shape, ElementTraits t, VectorWidth width)
        {
            int lanes = width.Lanes(t.Type);
            int k = shape.Classes;
            int groups = (k + lanes - 1) / lanes;

            // The last row's last vector reads (groups * W - K) elements past the block: stop early enough that they are
            // the next rows' logits, never past the span.
            int overrun = (groups * lanes) - k;
            int extraRows = (overrun + k - 1) / k;
            SoftmaxCrossEntropyEmitter.EmitLanesLoop(w, shape, t, width, extraRows, "row blocks transposed in registers", () =>
            {
                string V = width.Name, vt = V + "<" + t.Keyword + ">";
                w.Line($"{vt} {string.Join(", ", Enumerable.Range(0, k).Select(c => "x" + Literals.Int(c)))};");
                using (w.Block($"if ({TransposeNetwork.Guard(width)})"))
                {
                    for (int g = 0; g < groups; g++)
                    {
                        string[] inputs = Enumerable.Range(0, lanes).Select(j => $"g{Literals.Int(g)}r{Literals.Int(j)}").ToArray();
                        for (int j = 0; j < lanes; j++)
                        {
                            w.Line($"{vt} {inputs[j]} = {V}.LoadUnsafe(ref b, {Literals.Int((j * k) + (g * lanes))});");
                        }

                        int count = System.Math.Min(lanes, k - (g * lanes));
                        string[] outputs = Enumerable.Range(0, count).Select(c => "x" + Literals.Int((g * lanes) + c)).ToArray();
                        TransposeNetwork.Emit(w, t, width, inputs, outputs, $"g{Literals.Int(g)}t");
                    }
                }

                using (w.Block("else"))
                {
                    for (int c = 0; c < k; c++)
                    {
                        w.Line($"x{Literals.Int(c)} = {V}.Create({string.Join(", ", Enumerable.Range(0, lanes).Select(j => $"Unsafe.Add(ref b, {Literals.Int((j * k) + c)})"))});");
                    }
                }
            });
        }
    }
}
