using CeGenerators.Model;

namespace CeGenerators.Emit
{
    /// <summary>
    /// The contract between a kernel body and the code around it. Every kernel body (plain softmax, family, binary) is a
    /// chunk kernel with one signature: it reduces the rows [start, end) of spans that the caller has already validated
    /// (full spans, so label errors name the row in the caller's span), writes those rows' losses or gradient, and returns
    /// the compensated sum of their losses with their denominator (counted rows or row weights; elements for binary
    /// cross-entropy). The batch entry (<see cref="ParallelismEntryEmitter"/>) validates, computes what needs the whole
    /// batch (class-weight sum, Mean's gradient scale) and hands fixed chunks to the driver
    /// (<see cref="ParallelismDriverEmitter"/>), which combines the chunk partials in chunk order, on one thread or many.
    /// The names below are the generated parameter and local names every part agrees on.
    /// </summary>
    internal static class ParallelismContract
    {
        /// <summary>The first row (element for binary cross-entropy) of the chunk.</summary>
        public const string Start = "start";

        /// <summary>One past the last row of the chunk.</summary>
        public const string End = "end";

        /// <summary>The gradient's factor: 1 / (sum of the counted rows' weights) for Mean, 1 otherwise.</summary>
        public const string Scale = "scale";

        /// <summary>The sum of the class weights (K without weights), validated once per call.</summary>
        public const string ClassWeightSum = "classWeightSum";

        /// <summary>The name of the labels parameter, for the label error message.</summary>
        public const string LabelsName = "labelsName";

        /// <summary>The chunk's denominator (out): counted rows or their weights; 0 for None.</summary>
        public const string CountedWeight = "countedWeight";

        /// <summary>The generated delegate type every chunk kernel converts to.</summary>
        public const string DelegateName = "ChunkKernel";

        /// <summary>The signature of every chunk kernel: the batch's spans, then the chunk and the batch-wide facts.</summary>
        public static string Signature(string elementKeyword, string name)
        {
            string T = elementKeyword;
            return $"public static double {name}({Parameters(T)})";
        }

        /// <summary>The parameter list of <see cref="Signature"/> (also the generated delegate's).</summary>
        public static string Parameters(string T) =>
            $"ReadOnlySpan<{T}> input, ReadOnlySpan<int> labels, ReadOnlySpan<{T}> targets, ReadOnlySpan<{T}> weights, Span<{T}> losses, Span<{T}> gradient, " +
            $"int {Start}, int {End}, double {Scale}, double {ClassWeightSum}, string {LabelsName}, out double {CountedWeight}";

        /// <summary>The last statements of a chunk kernel: the chunk's compensated total and its denominator; 0 for None.</summary>
        public static void EmitReturn(SourceWriter w, LossReduction reduction, string denominator)
        {
            w.Line($"{CountedWeight} = {(reduction == LossReduction.None ? "0d" : denominator)};");
            w.Line(reduction == LossReduction.None ? "return 0d;" : "return total - compensation;");
        }
    }
}
