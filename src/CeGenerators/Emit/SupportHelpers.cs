using System.Collections.Generic;

namespace CeGenerators.Emit
{
    /// <summary>
    /// The small helpers the kernels call (the compensated sum, log1p, x ln x) and the throw helpers, each emitted only
    /// when the code written before it calls it (as the Regex generator's required helpers): a file without binary
    /// kernels has no Log1P, one without class weights no weight checks.
    /// </summary>
    internal static class SupportHelpers
    {
        /// <summary>Members of the kernel class, by name.</summary>
        private static readonly KeyValuePair<string, string>[] Members =
        {
            new("Accumulate", @"/// <summary>Kahan-compensated running sum: the total of millions of row losses keeps double precision.</summary>
[MethodImpl(MethodImplOptions.AggressiveInlining)]
public static void Accumulate(ref double total, ref double compensation, double value)
{
    double corrected = value - compensation;
    double next = total + corrected;
    compensation = (next - total) - corrected;
    total = next;
}"),

            new("Log1P", @"/// <summary>log(1 + u) for u in [0, 1], accurate where 1 + u rounds (the classic correction term).</summary>
[MethodImpl(MethodImplOptions.AggressiveInlining)]
public static double Log1P(double u)
{
    double w = 1d + u;
    return w == 1d ? u : Math.Log(w) * (u / (w - 1d));
}"),

            new("XLogX", @"/// <summary>x ln x with 0 ln 0 = 0 and NaN for x &lt; 0.</summary>
[MethodImpl(MethodImplOptions.AggressiveInlining)]
public static double XLogX(double x) => x > 0 ? x * Math.Log(x) : x == 0 ? 0 : double.NaN;"),
        };

        /// <summary>Members of the file-local ThrowHelper class, by name.</summary>
        private static readonly KeyValuePair<string, string>[] Throws =
        {
            new("LengthMismatch", @"[DoesNotReturn]
public static void LengthMismatch(string logitsName, int logitsLength, string labelsName, int labelsLength, int classes) =>
    throw new ArgumentException(
        logitsName + "".Length is "" + Text(logitsLength) + "" but must be "" + labelsName + "".Length ("" + Text(labelsLength) + "") x "" + Text(classes) + "" classes = "" + ((long)labelsLength * classes).ToString(CultureInfo.InvariantCulture) + ""."",
        logitsName);"),

            new("LossesLengthMismatch", @"[DoesNotReturn]
public static void LossesLengthMismatch(string lossesName, int lossesLength, string labelsName, int labelsLength) =>
    throw new ArgumentException(
        lossesName + "".Length is "" + Text(lossesLength) + "" but must equal "" + labelsName + "".Length ("" + Text(labelsLength) + ""): one loss per row."",
        lossesName);"),

            new("NotWholeRows", @"[DoesNotReturn]
public static void NotWholeRows(string inputName, int length, int classes) =>
    throw new ArgumentException(inputName + "".Length is "" + Text(length) + "", not a whole number of rows of "" + Text(classes) + "" classes."", inputName);"),

            new("SameLengthRequired", @"[DoesNotReturn]
public static void SameLengthRequired(string name, int length, string otherName, int otherLength) =>
    throw new ArgumentException(name + "".Length is "" + Text(length) + "" but must equal "" + otherName + "".Length ("" + Text(otherLength) + "")."", name);"),

            new("WeightsLength", @"[DoesNotReturn]
public static void WeightsLength(string weightsName, int length, int classes) =>
    throw new ArgumentException(weightsName + "".Length is "" + Text(length) + "" but must be the class count "" + Text(classes) + ""."", weightsName);"),

            new("InvalidWeight", @"[DoesNotReturn]
public static void InvalidWeight(string weightsName, int index, double weight) =>
    throw new ArgumentOutOfRangeException(weightsName, weight, weightsName + ""["" + Text(index) + ""] = "" + weight.ToString(""R"", CultureInfo.InvariantCulture) + "": class weights must be finite and non-negative."");"),

            new("InvalidLabel", @"/// <summary>Finds the first invalid label at or after <paramref name=""fromRow""/> and throws for it.</summary>
[DoesNotReturn]
public static void InvalidLabel(ReadOnlySpan<int> labels, int fromRow, int classes, int ignoreIndex, string labelsName)
{
    int row = fromRow;
    while (row < labels.Length - 1 && (labels[row] == ignoreIndex || (uint)labels[row] < (uint)classes))
    {
        row++;
    }

    throw new ArgumentOutOfRangeException(
        labelsName,
        labels[row],
        labelsName + ""["" + Text(row) + ""] = "" + Text(labels[row]) + "" is not a class index in [0, "" + Text(classes) + "") nor the ignore index "" + Text(ignoreIndex) + ""."");
}"),
        };

        /// <summary>The helpers of the kernel class that the text written so far calls.</summary>
        public static void EmitMembers(SourceWriter w)
        {
            bool first = true;
            foreach (string helper in Used(Members, w.ToString(), string.Empty))
            {
                if (!first)
                {
                    w.Line();
                }

                w.Lines(helper);
                first = false;
            }
        }

        /// <summary>The ThrowHelper class with the methods the text written so far calls (nothing when none is called).</summary>
        public static void EmitThrowHelper(SourceWriter w, string version)
        {
            string text = w.ToString();
            if (!text.Contains("ThrowHelper."))
            {
                return;
            }

            w.Line($"[global::System.CodeDom.Compiler.GeneratedCodeAttribute(\"CeGenerators\", \"{version}\")]");
            using (w.Block("file static class ThrowHelper"))
            {
                foreach (string helper in Used(Throws, text, "ThrowHelper."))
                {
                    w.Lines(helper);
                    w.Line();
                }

                w.Line(@"private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);");
            }
        }

        private static IEnumerable<string> Used(KeyValuePair<string, string>[] helpers, string text, string prefix)
        {
            foreach (KeyValuePair<string, string> helper in helpers)
            {
                if (text.Contains(prefix + helper.Key + "("))
                {
                    yield return helper.Value;
                }
            }
        }
    }
}
