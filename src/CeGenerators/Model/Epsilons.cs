namespace CeGenerators.Model
{
    /// <summary>
    /// The default probability clamps, one per element type: the only place they are defined. Each is the smallest
    /// round power of ten whose complement is representable (1 - eps != 1) in that type, so the clamp [eps, 1 - eps]
    /// really excludes 0 and 1 (sklearn's float32 log-loss returned NaN because its 1e-15 vanished in float).
    /// </summary>
    internal static class Epsilons
    {
        public const double Single = 1e-7;
        public const double Double = 1e-15;

        public static double DefaultFor(ElementType type) => type == ElementType.Single ? Single : Double;

        /// <summary>True when [eps, 1 - eps] is a proper interval of normal numbers in the element type.</summary>
        public static bool IsRepresentable(ElementType type, double epsilon)
        {
            if (type == ElementType.Single)
            {
                float e = (float)epsilon;
                return e >= 1.17549435e-38f && 1f - e != 1f;
            }

            return epsilon >= 2.2250738585072014e-308 && 1d - epsilon != 1d;
        }
    }
}
