using CeGenerators.Model;

namespace CeGenerators.Emit
{
    /// <summary>
    /// Emits one batch entry per (chunk kernel, reduction): the method a partial method calls. It checks every length
    /// and class weight before any row is touched (so bad input throws on the caller's thread, before any work), computes
    /// what needs the whole batch (the class-weight sum; Mean's gradient scale, 1 / sum of the counted rows' weights, by a
    /// pre-pass over the labels or targets that also checks the labels), and hands the rows to the chunk driver.
    /// Mean divides the combined total by the combined denominator here, once.
    /// </summary>
    internal static class ParallelismEntryEmitter
    {
        public static string EntryName(KernelShape shape) => shape.Reduction + "Of_" + KernelFamilies.For(shape).MethodName(shape);

        /// <summary>The entry's parameters: the partial method's spans (absent ones default) and names (absent ones "").</summary>
        public static string Signature(string T, string name) =>
            $"public static double {name}(ReadOnlySpan<{T}> input, ReadOnlySpan<int> labels, ReadOnlySpan<{T}> targets, ReadOnlySpan<{T}> weights, Span<{T}> losses, Span<{T}> gradient, " +
            "string inputName, string targetsName, string weightsName, string lossesName, string gradientName, bool parallel)";

        public static void Emit(SourceWriter w, KernelShape shape)
        {
            string T = ElementTraits.Of(shape.ElementType).Keyword;
            w.Line($"/// <summary>Checks the arguments of {KernelFamilies.For(shape).MethodName(shape)} and reduces them chunk by chunk ({shape.Reduction}).</summary>");
            using (w.Block(Signature(T, EntryName(shape))))
            {
                EmitLengthChecks(w, shape);
                EmitWeights(w, shape, T);
                EmitScale(w, shape, T);
                string kernel = KernelFamilies.For(shape).MethodName(shape);
                w.Line($"double total = {ParallelismDriverEmitter.ReduceChunks}<{T}>({kernel}, input, labels, targets, weights, losses, gradient, rows, " +
                       $"{Literals.Int(ParallelismPlan.ChunkRows(shape))}, scale, weightSum, targetsName, parallel, out double denominator);");
                w.Line(shape.Reduction == LossReduction.Mean ? "return total / denominator;" : "return total;");
            }

            w.Line();
        }

        /// <summary>Declares <c>rows</c> and checks every span's length; the first mismatch in parameter order throws.</summary>
        private static void EmitLengthChecks(SourceWriter w, KernelShape shape)
        {
            if (shape.Kind == KernelKind.BinaryCrossEntropy)
            {
                w.Line("int rows = input.Length;");
                w.Line("if (targets.Length != rows) ThrowHelper.SameLengthRequired(targetsName, targets.Length, inputName, rows);");
                if (shape.WritesLosses)
                {
                    w.Line("if (losses.Length != rows) ThrowHelper.SameLengthRequired(lossesName, losses.Length, inputName, rows);");
                }
            }
            else
            {
                w.Line($"const int K = {Literals.Int(shape.Classes)};");
                if (shape.Targets == TargetKind.Sparse)
                {
                    w.Line("int rows = labels.Length;");
                    w.Line("if (input.Length != (long)rows * K) ThrowHelper.LengthMismatch(inputName, input.Length, targetsName, rows, K);");
                    if (shape.WritesLosses)
                    {
                        w.Line("if (losses.Length != rows) ThrowHelper.LossesLengthMismatch(lossesName, losses.Length, targetsName, rows);");
                    }
                }
                else
                {
                    w.Line("if (input.Length % K != 0) ThrowHelper.NotWholeRows(inputName, input.Length, K);");
                    w.Line("int rows = input.Length / K;");
                    if (shape.Kind != KernelKind.Entropy)
                    {
                        w.Line("if (targets.Length != input.Length) ThrowHelper.SameLengthRequired(targetsName, targets.Length, inputName, input.Length);");
                    }

                    if (shape.WritesLosses)
                    {
                        w.Line("if (losses.Length != rows) ThrowHelper.LossesLengthMismatch(lossesName, losses.Length, inputName + \" rows\", rows);");
                    }
                }
            }

            if (shape.HasGradient)
            {
                w.Line("if (gradient.Length != input.Length) ThrowHelper.SameLengthRequired(gradientName, gradient.Length, inputName, input.Length);");
            }
        }

        /// <summary>Checks the class weights (finite, non-negative) and declares their sum <c>weightSum</c> (K without weights).</summary>
        private static void EmitWeights(SourceWriter w, KernelShape shape, string T)
        {
            if (!shape.HasWeights)
            {
                w.Line(shape.Kind == KernelKind.BinaryCrossEntropy ? "const double weightSum = 1d;" : "const double weightSum = K;");
                return;
            }

            w.Line("if (weights.Length != K) ThrowHelper.WeightsLength(weightsName, weights.Length, K);");
            w.Line("double weightSum = 0d;");
            using (w.Block("for (int k = 0; k < K; k++)"))
            {
                w.Line($"{T} weight = weights[k];");
                w.Line("if (!(weight >= 0) || weight == double.PositiveInfinity) ThrowHelper.InvalidWeight(weightsName, k, weight);");
                w.Line("weightSum += weight;");
            }
        }

        /// <summary>
        /// Declares <c>scale</c>, the gradient's factor: 1 / (sum of the counted rows' weights) for Mean with a gradient,
        /// found before any chunk writes a gradient row (the labels are checked on the way); 1 / N for binary Mean.
        /// </summary>
        private static void EmitScale(SourceWriter w, KernelShape shape, string T)
        {
            if (shape.Reduction != LossReduction.Mean || !(shape.HasGradient || shape.Kind == KernelKind.BinaryCrossEntropy))
            {
                w.Line("const double scale = 1d;");
                return;
            }

            if (shape.Kind == KernelKind.BinaryCrossEntropy)
            {
                w.Line("double scale = 1d / rows;");
                return;
            }

            w.Line("// Pre-pass: the sum of the counted rows' weights, so the chunks can scale gradient rows as they write them.");
            w.Line("double rowWeights = 0d;");
            using (w.Block("for (int i = 0; i < rows; i++)"))
            {
                if (shape.Targets == TargetKind.Sparse)
                {
                    w.Line("int label = labels[i];");
                    w.Line($"if (label == {Literals.Int(shape.IgnoreIndex)}) continue;");
                    w.Line($"if ((uint)label >= (uint)K) ThrowHelper.InvalidLabel(labels, i, K, {Literals.Int(shape.IgnoreIndex)}, targetsName);");
                    w.Line(shape.HasWeights ? "rowWeights += weights[label];" : "rowWeights += 1d;");
                }
                else if (shape.HasWeights)
                {
                    using (w.Block("for (int k = 0; k < K; k++)"))
                    {
                        w.Line("rowWeights += (double)weights[k] * targets[i * K + k];");
                    }
                }
                else
                {
                    w.Line("rowWeights += 1d;");
                }
            }

            w.Line("double scale = 1d / rowWeights;");
        }
    }
}
