using System.Globalization;
using CeGenerators.Model;

namespace CeGenerators.Emit
{
    /// <summary>
    /// Numeric literals for generated code, always formatted with the invariant culture: a culture's decimal comma or
    /// U+2212 minus sign would otherwise corrupt them (the same rule as the System.Text.Json generator).
    /// </summary>
    internal static class Literals
    {
        public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

        public static string Long(long value) => value.ToString(CultureInfo.InvariantCulture) + "L";

        /// <summary>A literal of the element type that round-trips the value rounded to that type.</summary>
        public static string Of(ElementType type, double value) => type == ElementType.Single
            ? ((float)value).ToString("R", CultureInfo.InvariantCulture) + "f"
            : value.ToString("R", CultureInfo.InvariantCulture) + "d";
    }
}
