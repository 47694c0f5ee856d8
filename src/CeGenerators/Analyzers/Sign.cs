using System;

namespace CeGenerators.Analyzers
{
    /// <summary>
    /// What is known about a value's sign and size: a set of facts that all hold. None means nothing is known. Positive
    /// implies NonNegative and NonZero; Zero implies NonNegative and Below1; Below1 implies AtMost1. SumOfPositives marks a
    /// value that is either positive or the 0 a sum of positive terms started from (a sum of exps over a non-empty input);
    /// a counter that starts at 0 and is incremented is not such a sum (its first value is the 0).
    /// </summary>
    [Flags]
    internal enum Sign : ushort
    {
        None = 0,
        Positive = 1,
        NonNegative = 2,
        NonZero = 4,
        Zero = 8,
        Below1 = 16,
        AtMost1 = 32,
        SumOfPositives = 64,
        Negative = 128,

        /// <summary>Positive because positive terms were added to the 0 a sum started from (not a counter's increment).</summary>
        Accumulated = 256,
    }

    internal static class Signs
    {
        /// <summary>The facts with everything they imply added.</summary>
        public static Sign Close(Sign s)
        {
            if ((s & Sign.Positive) != 0)
            {
                s |= Sign.NonNegative | Sign.NonZero | Sign.SumOfPositives;
            }

            if ((s & Sign.Negative) != 0)
            {
                s |= Sign.NonZero | Sign.Below1;
            }

            if ((s & Sign.Zero) != 0)
            {
                s |= Sign.NonNegative | Sign.Below1;
            }

            if ((s & Sign.Below1) != 0)
            {
                s |= Sign.AtMost1;
            }

            if ((s & (Sign.NonNegative | Sign.NonZero)) == (Sign.NonNegative | Sign.NonZero))
            {
                s |= Sign.Positive | Sign.SumOfPositives;
            }

            return s;
        }

        /// <summary>Paths meet: the facts both hold, and "0 or positive" when one path brings the 0 seed of a sum and the other a positive value.</summary>
        public static Sign Join(Sign a, Sign b)
        {
            Sign both = a & b;
            if ((IsSeed(a) && IsGrown(b)) || (IsSeed(b) && IsGrown(a)))
            {
                both |= Sign.SumOfPositives;
            }

            return Close(both);
        }

        private static bool IsPartialSum(Sign s) => (s & (Sign.SumOfPositives | Sign.Positive)) == Sign.SumOfPositives;

        private static bool IsSeed(Sign s) => (s & Sign.Zero) != 0 || IsPartialSum(s);

        private static bool IsGrown(Sign s) => (s & Sign.Accumulated) != 0 || IsPartialSum(s);

        public static bool Has(this Sign s, Sign fact) => (s & fact) == fact;

        public static Sign OfConstant(double c)
        {
            if (double.IsNaN(c))
            {
                return Sign.None;
            }

            Sign s = c > 0 ? Sign.Positive : c == 0 ? Sign.Zero : Sign.Negative;
            if (c < 1)
            {
                s |= Sign.Below1;
            }
            else if (c == 1)
            {
                s |= Sign.AtMost1;
            }

            return Close(s);
        }

        /// <summary>The default rule: not zero is enough for a value nothing shows can be negative. Strict: proven positive.</summary>
        public static bool IsSafeLogArgument(Sign s, bool strict) =>
            strict ? s.Has(Sign.Positive) : (s & Sign.Negative) == 0 && (s & (Sign.Positive | Sign.NonZero | Sign.SumOfPositives)) != 0;

        internal static double? ToDouble(object? value) => value switch
        {
            double d => d,
            float f => f,
            int i => i,
            long l => l,
            uint u => u,
            ulong ul => ul,
            short s => s,
            ushort us => us,
            byte b => b,
            sbyte sb => sb,
            decimal m => (double)m,
            _ => null,
        };
    }
}
