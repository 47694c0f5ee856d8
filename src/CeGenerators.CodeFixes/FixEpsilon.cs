using System.Globalization;
using CeGenerators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CeGenerators.CodeFixes
{
    /// <summary>
    /// The epsilon a fix writes, as a C# literal of its element type: the .editorconfig setting of the file when set
    /// (<c>cegenerators_log_epsilon_float</c>, <c>cegenerators_log_epsilon_double</c>), else the generator's defaults
    /// (<see cref="Epsilons"/>, the one place the numbers live).
    /// </summary>
    internal static class FixEpsilon
    {
        public const string FloatKey = "cegenerators_log_epsilon_float";
        public const string DoubleKey = "cegenerators_log_epsilon_double";

        public static double Value(Document document, SyntaxTree tree, ElementType type)
        {
            AnalyzerConfigOptions options = document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree);
            if (options.TryGetValue(type == ElementType.Single ? FloatKey : DoubleKey, out string? configured)
                && double.TryParse(configured.Trim().TrimEnd('f', 'F', 'd', 'D'), NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
                && value > 0 && value < 0.5)
            {
                return value;
            }

            return Epsilons.DefaultFor(type);
        }

        /// <summary>The epsilon as a literal: <c>1e-7f</c>, <c>1e-15</c>, <c>2.5e-6f</c>.</summary>
        public static string Literal(Document document, SyntaxTree tree, ElementType type) => Format(Value(document, tree, type), type);

        /// <summary>The shortest round-trip text, exponent in lower case without leading zeros, with the float suffix.</summary>
        public static string Format(double value, ElementType type)
        {
            string text = type == ElementType.Single
                ? ((float)value).ToString("R", CultureInfo.InvariantCulture)
                : value.ToString("R", CultureInfo.InvariantCulture);
            int e = text.IndexOf('E');
            if (e >= 0)
            {
                string mantissa = text.Substring(0, e);
                string exponent = text.Substring(e + 1);
                string sign = exponent.StartsWith("-", System.StringComparison.Ordinal) ? "-" : string.Empty;
                exponent = exponent.TrimStart('+', '-').TrimStart('0');
                text = mantissa + "e" + sign + (exponent.Length == 0 ? "0" : exponent);
            }

            return type == ElementType.Single ? text + "f" : text;
        }
    }
}
