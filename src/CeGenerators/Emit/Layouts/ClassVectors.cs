using System;
using System.Collections.Generic;
using System.Linq;
using CeGenerators.Model;

namespace CeGenerators.Emit.Layouts
{
    /// <summary>
    /// <see cref="KernelLayout.RowsAcrossLanes"/>' moves between a row-major W x K block and K class vectors (lane j =
    /// row j): the gathers in, and the inverse for a gradient out. Shared by the plain and the family kernels.
    /// </summary>
    internal static class ClassVectors
    {
        /// <summary>
        /// Declares x0..x(K-1): x_c holds class c of the W rows at b (lane j = element j*K + c). The W x K block is K
        /// contiguous vectors; with AVX-512 it is loaded as such and transposed by two-source permutes (vpermt2ps/pd) with
        /// index and blend constants computed here, at compile time. Elsewhere each x_c is one strided VectorN.Create.
        /// </summary>
        public static void EmitLoad(SourceWriter w, ElementTraits t, VectorWidth width, int k, string source = "b", string prefix = "x")
        {
            string V = width.Name, vt = V + "<" + t.Keyword + ">";
            int lanes = width.Lanes(t.Type);
            w.Line($"{vt} {string.Join(", ", Enumerable.Range(0, k).Select(c => prefix + Literals.Int(c)))};");
            string Strided(int c) => $"{V}.Create({string.Join(", ", Enumerable.Range(0, lanes).Select(j => $"Unsafe.Add(ref {source}, {Literals.Int((j * k) + c)})"))});";
            if (width.Bits != 512)
            {
                for (int c = 0; c < k; c++)
                {
                    w.Line($"{prefix}{Literals.Int(c)} = {Strided(c)}");
                }

                return;
            }

            bool single = t.Type == ElementType.Single;
            string permute = single ? "Avx512F.PermuteVar16x32x2" : "Avx512F.PermuteVar8x64x2";
            string Constant(IEnumerable<int> values) => $"{V}.Create({string.Join(", ", values.Select(v => single ? Literals.Int(v) : Literals.Long(v)))})";
            using (w.Block("if (Avx512F.IsSupported)"))
            {
                for (int q = 0; q < k; q++)
                {
                    w.Line($"{vt} {prefix}f{Literals.Int(q)} = {V}.LoadUnsafe(ref {source}, {Literals.Int(q * lanes)});");
                }

                for (int c = 0; c < k; c++)
                {
                    bool first = true;
                    for (int pair = 0; pair * 2 < k; pair++)
                    {
                        // Lane j wants element j*K + c, which sits in vector (j*K + c) / W.
                        int[] vectorOf = Enumerable.Range(0, lanes).Select(j => ((j * k) + c) / lanes).ToArray();
                        bool[] covered = vectorOf.Select(s => s == 2 * pair || s == (2 * pair) + 1).ToArray();
                        if (!covered.Any(x => x))
                        {
                            continue;
                        }

                        int[] index = Enumerable.Range(0, lanes).Select(j => covered[j] ? (((j * k) + c) % lanes) + ((vectorOf[j] - (2 * pair)) * lanes) : 0).ToArray();
                        int upper = Math.Min((2 * pair) + 1, k - 1);
                        string value = $"{permute}({prefix}f{Literals.Int(2 * pair)}, {Constant(index)}, {prefix}f{Literals.Int(upper)})";
                        string target = prefix + Literals.Int(c);
                        if (first)
                        {
                            w.Line($"{target} = {value};");
                            first = false;
                        }
                        else
                        {
                            w.Line($"{target} = {V}.ConditionalSelect({Constant(covered.Select(x => x ? -1 : 0))}.{t.AsElement}(), {value}, {target});");
                        }
                    }
                }
            }

            using (w.Block("else"))
            {
                for (int c = 0; c < k; c++)
                {
                    w.Line($"{prefix}{Literals.Int(c)} = {Strided(c)}");
                }
            }
        }

        /// <summary>
        /// The inverse of <see cref="EmitLoad"/>: writes class vectors {prefix}0..{prefix}(K-1) (lane j = row j) back to
        /// the row-major W x K block at <paramref name="destination"/>. With AVX-512 each of the K contiguous output vectors is
        /// assembled by two-source permutes of class pairs; elsewhere element by element.
        /// </summary>
        public static void EmitStore(SourceWriter w, ElementTraits t, VectorWidth width, int k, string destination, string prefix)
        {
            string V = width.Name, vt = V + "<" + t.Keyword + ">";
            int lanes = width.Lanes(t.Type);
            bool single = t.Type == ElementType.Single;
            string Constant(IEnumerable<int> values) => $"{V}.Create({string.Join(", ", values.Select(v => single ? Literals.Int(v) : Literals.Long(v)))})";
            void Scalar()
            {
                for (int c = 0; c < k; c++)
                {
                    using (w.Block($"for (int j = 0; j < {Literals.Int(lanes)}; j++)"))
                    {
                        w.Line($"Unsafe.Add(ref {destination}, (j * {Literals.Int(k)}) + {Literals.Int(c)}) = {prefix}{Literals.Int(c)}.GetElement(j);");
                    }
                }
            }

            if (width.Bits != 512)
            {
                Scalar();
                return;
            }

            string permute = single ? "Avx512F.PermuteVar16x32x2" : "Avx512F.PermuteVar8x64x2";
            using (w.Block("if (Avx512F.IsSupported)"))
            {
                for (int q = 0; q < k; q++)
                {
                    // Output lane l holds flat element q*W + l: row (q*W + l) / K, class (q*W + l) % K.
                    int[] row = Enumerable.Range(0, lanes).Select(l => ((q * lanes) + l) / k).ToArray();
                    int[] cls = Enumerable.Range(0, lanes).Select(l => ((q * lanes) + l) % k).ToArray();
                    string name = $"{prefix}o{Literals.Int(q)}";
                    bool first = true;
                    for (int pair = 0; pair * 2 < k; pair++)
                    {
                        bool[] covered = cls.Select(c => c == 2 * pair || c == (2 * pair) + 1).ToArray();
                        if (!covered.Any(x => x))
                        {
                            continue;
                        }

                        int[] index = Enumerable.Range(0, lanes).Select(l => covered[l] ? row[l] + ((cls[l] - (2 * pair)) * lanes) : 0).ToArray();
                        int upper = Math.Min((2 * pair) + 1, k - 1);
                        string value = $"{permute}({prefix}{Literals.Int(2 * pair)}, {Constant(index)}, {prefix}{Literals.Int(upper)})";
                        if (first)
                        {
                            w.Line($"{vt} {name} = {value};");
                            first = false;
                        }
                        else
                        {
                            w.Line($"{name} = {V}.ConditionalSelect({Constant(covered.Select(x => x ? -1 : 0))}.{t.AsElement}(), {value}, {name});");
                        }
                    }

                    w.Line($"{name}.StoreUnsafe(ref {destination}, {Literals.Int(q * lanes)});");
                }
            }

            using (w.Block("else"))
            {
                Scalar();
            }
        }
    }
}
