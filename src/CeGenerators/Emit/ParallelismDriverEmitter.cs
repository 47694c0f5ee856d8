namespace CeGenerators.Emit
{
    /// <summary>
    /// Emits the chunk driver once per file: the delegate every chunk kernel converts to (a cached static method-group
    /// conversion, no allocation), the serial loop over the chunks, and, only when some kernel asks for
    /// <c>Parallel</c>, the same chunks on <c>Parallel.For</c>. Both combine the chunk partials with one helper in chunk
    /// order, so they agree to the bit.
    /// </summary>
    /// <remarks>
    /// Spans cannot be captured by a lambda or moved to another thread, so the parallel path pins them with <c>fixed</c>
    /// for the whole <c>Parallel.For</c> (which returns only when every chunk has finished) and rebuilds the spans on the
    /// workers from the pinned addresses. That needs <c>unsafe</c> code, which is emitted only for <c>Parallel</c>
    /// kernels (CEG0016 asks for <c>AllowUnsafeBlocks</c>). A worker's exception is kept (the lowest chunk's, which
    /// names the same row the serial loop would) and rethrown on the caller's thread as itself, not as an
    /// <c>AggregateException</c>.
    /// </remarks>
    internal static class ParallelismDriverEmitter
    {
        public const string ReduceChunks = "ReduceChunks";

        private const string Work = "ParallelChunks";

        /// <summary>The delegate, at namespace level before the kernel class.</summary>
        public static void EmitDelegate(SourceWriter w)
        {
            w.Line("/// <summary>A chunk kernel: reduces rows [start, end) of validated spans (see the kernels' class).</summary>");
            w.Line($"file delegate double {ParallelismContract.DelegateName}<T>({ParallelismContract.Parameters("T")});");
        }

        /// <summary>The serial driver and the combine step, members of the kernel class.</summary>
        public static void EmitDriver(SourceWriter w, bool parallel)
        {
            string parameters = $"{ParallelismContract.DelegateName}<T> kernel, ReadOnlySpan<T> input, ReadOnlySpan<int> labels, ReadOnlySpan<T> targets, ReadOnlySpan<T> weights, Span<T> losses, Span<T> gradient, " +
                                "int rows, int chunkRows, double scale, double classWeightSum, string labelsName, bool parallel, out double denominator";
            w.Line("/// <summary>");
            w.Line("/// Reduces rows [0, rows) in chunks of chunkRows, in order, and returns the compensated total with its denominator.");
            w.Line("/// The chunks depend on rows and chunkRows only: with parallel set, large batches run the same chunks on the thread pool");
            w.Line("/// and combine them in the same order, so the result is the same to the bit.");
            w.Line("/// </summary>");
            using (w.Block($"public static double {ReduceChunks}<T>({parameters}) where T : unmanaged"))
            {
                if (parallel)
                {
                    using (w.Block($"if (parallel && rows / chunkRows >= {Literals.Int(ParallelismPlan.MinParallelChunks)} && Environment.ProcessorCount > 1)"))
                    {
                        w.Line($"return {Work}<T>.Reduce(kernel, input, labels, targets, weights, losses, gradient, rows, chunkRows, scale, classWeightSum, labelsName, out denominator);");
                    }

                    w.Line();
                }

                w.Line("double total = 0d, compensation = 0d;");
                w.Line("denominator = 0d;");
                using (w.Block("for (int start = 0, end; start < rows; start = end)"))
                {
                    w.Line("end = rows - start > chunkRows ? start + chunkRows : rows;");
                    w.Line("double part = kernel(input, labels, targets, weights, losses, gradient, start, end, scale, classWeightSum, labelsName, out double counted);");
                    w.Line("AddChunk(ref total, ref compensation, ref denominator, part, counted);");
                }

                w.Line("return total - compensation;");
            }

            w.Line();
            w.Lines(@"/// <summary>Adds one chunk's partial: the one combine step of the serial and the parallel driver.</summary>
[MethodImpl(MethodImplOptions.AggressiveInlining)]
public static void AddChunk(ref double total, ref double compensation, ref double denominator, double part, double counted)
{
    Accumulate(ref total, ref compensation, part);
    denominator += counted;
}");
            w.Line();
        }

        /// <summary>The parallel path: a file-local class, after the kernel class, emitted only when a kernel is Parallel.</summary>
        public static void EmitParallelWork(SourceWriter w)
        {
            w.Lines($@"/// <summary>
/// The chunks of one call on Parallel.For. The spans stay pinned by fixed until every chunk has finished; workers rebuild
/// them from the pinned addresses. Partials land in per-chunk slots and are combined in chunk order afterwards.
/// </summary>
file sealed unsafe class {Work}<T> where T : unmanaged
{{
    private readonly {ParallelismContract.DelegateName}<T> _kernel;
    private readonly T* _input, _targets, _weights, _losses, _gradient;
    private readonly int* _labels;
    private readonly int _inputLength, _labelsLength, _targetsLength, _weightsLength, _lossesLength, _gradientLength;
    private readonly int _rows, _chunkRows;
    private readonly double _scale, _classWeightSum;
    private readonly string _labelsName;
    private readonly double[] _parts, _counted;
    private global::System.Exception? _failure;
    private int _failedChunk = int.MaxValue;

    private {Work}({ParallelismContract.DelegateName}<T> kernel, T* input, int inputLength, int* labels, int labelsLength, T* targets, int targetsLength, T* weights, int weightsLength,
        T* losses, int lossesLength, T* gradient, int gradientLength, int rows, int chunkRows, double scale, double classWeightSum, string labelsName, int chunks)
    {{
        _kernel = kernel;
        _input = input;
        _inputLength = inputLength;
        _labels = labels;
        _labelsLength = labelsLength;
        _targets = targets;
        _targetsLength = targetsLength;
        _weights = weights;
        _weightsLength = weightsLength;
        _losses = losses;
        _lossesLength = lossesLength;
        _gradient = gradient;
        _gradientLength = gradientLength;
        (_rows, _chunkRows, _scale, _classWeightSum, _labelsName) = (rows, chunkRows, scale, classWeightSum, labelsName);
        _parts = new double[chunks];
        _counted = new double[chunks];
    }}

    public static double Reduce({ParallelismContract.DelegateName}<T> kernel, ReadOnlySpan<T> input, ReadOnlySpan<int> labels, ReadOnlySpan<T> targets, ReadOnlySpan<T> weights, Span<T> losses, Span<T> gradient,
        int rows, int chunkRows, double scale, double classWeightSum, string labelsName, out double denominator)
    {{
        int chunks = (int)(((long)rows + chunkRows - 1) / chunkRows);
        {Work}<T> work;
        fixed (T* pInput = input, pTargets = targets, pWeights = weights, pLosses = losses, pGradient = gradient)
        fixed (int* pLabels = labels)
        {{
            work = new {Work}<T>(kernel, pInput, input.Length, pLabels, labels.Length, pTargets, targets.Length, pWeights, weights.Length,
                pLosses, losses.Length, pGradient, gradient.Length, rows, chunkRows, scale, classWeightSum, labelsName, chunks);
            global::System.Threading.Tasks.Parallel.For(0, chunks, new global::System.Threading.Tasks.ParallelOptions {{ MaxDegreeOfParallelism = Environment.ProcessorCount }}, work.ReduceChunk);
        }}

        if (work._failure is {{ }} failure)
        {{
            global::System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }}

        double total = 0d, compensation = 0d;
        denominator = 0d;
        for (int chunk = 0; chunk < chunks; chunk++)
        {{
            CrossEntropyKernels.AddChunk(ref total, ref compensation, ref denominator, work._parts[chunk], work._counted[chunk]);
        }}

        return total - compensation;
    }}

    private void ReduceChunk(int chunk)
    {{
        // After a failure only earlier chunks still run: the lowest failing chunk's exception is the serial loop's.
        if (global::System.Threading.Volatile.Read(ref _failedChunk) < chunk)
        {{
            return;
        }}

        int start = chunk * _chunkRows;
        int end = _rows - start > _chunkRows ? start + _chunkRows : _rows;
        try
        {{
            _parts[chunk] = _kernel(
                new ReadOnlySpan<T>(_input, _inputLength), new ReadOnlySpan<int>(_labels, _labelsLength), new ReadOnlySpan<T>(_targets, _targetsLength),
                new ReadOnlySpan<T>(_weights, _weightsLength), new Span<T>(_losses, _lossesLength), new Span<T>(_gradient, _gradientLength),
                start, end, _scale, _classWeightSum, _labelsName, out _counted[chunk]);
        }}
        catch (global::System.Exception e)
        {{
            lock (_parts)
            {{
                if (chunk < _failedChunk)
                {{
                    _failure = e;
                    global::System.Threading.Volatile.Write(ref _failedChunk, chunk);
                }}
            }}
        }}
    }}
}}");
        }
    }
}
