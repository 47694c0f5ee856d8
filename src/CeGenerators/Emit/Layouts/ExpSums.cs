using CeGenerators.Model;

namespace CeGenerators.Emit.Layouts
{
    /// <summary>
    /// Sums of many exps, lane-wise: groups of a few exps (each &lt;= 1) are added in the element type, at most a few
    /// roundings, then each group joins double accumulators: float lanes widened into s0/s1, double lanes with Kahan's
    /// compensation c0. A running element-type sum of K exps would lose ~K roundings (50 ulp at K = 100 on equal terms).
    /// </summary>
    internal static class ExpSums
    {
        public static void Declare(SourceWriter w, VectorWidth width, ElementTraits t)
        {
            string vd = width.Name + "<double>";
            w.Line(t.Type == ElementType.Single ? $"{vd} s0 = {vd}.Zero, s1 = {vd}.Zero;" : $"{vd} s0 = {vd}.Zero, c0 = {vd}.Zero;");
        }

        public static void Add(SourceWriter w, VectorWidth width, ElementTraits t, string group)
        {
            string V = width.Name, vt = V + "<" + t.Keyword + ">", vd = V + "<double>";
            w.Line(t.Type == ElementType.Single
                ? $"{{ {vt} e = {group}; s0 += {V}.WidenLower(e); s1 += {V}.WidenUpper(e); }}"
                : $"{{ {vd} e = {group} - c0; {vd} grown = s0 + e; c0 = (grown - s0) - e; s0 = grown; }}");
        }

        /// <summary>The lane-wise totals as a vector of the element type.</summary>
        public static string LaneTotals(VectorWidth width, ElementTraits t) =>
            t.Type == ElementType.Single ? $"{width.Name}.Narrow(s0, s1)" : "(s0 - c0)";

        /// <summary>The total over all lanes, as a double.</summary>
        public static string Total(VectorWidth width, ElementTraits t) =>
            t.Type == ElementType.Single ? $"{width.Name}.Sum(s0 + s1)" : $"{width.Name}.Sum(s0) - {width.Name}.Sum(c0)";
    }
}
