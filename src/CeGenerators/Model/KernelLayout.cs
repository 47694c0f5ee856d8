namespace CeGenerators.Model
{
    /// <summary>How a kernel maps rows and classes onto vector lanes; chosen once, by <see cref="KernelLayouts.Plan"/>.</summary>
    internal enum KernelLayout
    {
        /// <summary>One row per lane, W rows per iteration; each class of the W x K block gathered from K contiguous vectors.</summary>
        RowsAcrossLanes,

        /// <summary>
        /// One row per lane as well, but each row is loaded as ceil(K / W) whole vectors and every group of W such vectors
        /// is transposed in registers (log2 W stages of two-source permutes): cheaper than gathering once K reaches W.
        /// </summary>
        RowBlocks,

        /// <summary>One row at a time, its classes across the lanes: a max pass and an exp-sum pass (from L1) per row.</summary>
        RowByRow,
    }

    /// <summary>The one place that decides a kernel's layout from the facts known at generation time.</summary>
    internal static class KernelLayouts
    {
        /// <summary>The widest lane count any path has (Vector512) for the element type.</summary>
        public static int WidestLanes(ElementType type) => type == ElementType.Single ? 16 : 8;

        /// <summary>
        /// The family kernels (weights, soft targets, gradients...) put rows across lanes up to this K and go row by row
        /// above it.
        /// </summary>
        public const int FamilyMaxClassesAcrossRows = 16;

        /// <summary>
        /// Up to this K the plain kernel transposes row blocks; above it one row at a time wins (measured with the
        /// class-count sweep in benchmarks/: at K = 128 row blocks were ~20% slower, at K = 100 ~10% faster; the
        /// horizontal reductions per row stop mattering next to K exps).
        /// </summary>
        public const int MaxClassesInRowBlocks = 100;

        /// <summary>
        /// Row blocks up to this K keep the class vectors in locals and unroll everything over the classes; above it they
        /// go through a stack buffer and loops (code size and locals stay bounded, see SoftmaxCrossEntropyEmitter).
        /// Measured: unrolled ahead at K = 17, even at 20 and 24, buffered ~15% ahead at 32.
        /// </summary>
        public const int MaxUnrolledClasses = 20;

        public static KernelLayout Plan(KernelShape shape)
        {
            if (!shape.IsPlainSoftmax)
            {
                return shape.Classes <= FamilyMaxClassesAcrossRows ? KernelLayout.RowsAcrossLanes : KernelLayout.RowByRow;
            }

            if (shape.Classes < WidestLanes(shape.ElementType))
            {
                return KernelLayout.RowsAcrossLanes;
            }

            return shape.Classes <= MaxClassesInRowBlocks ? KernelLayout.RowBlocks : KernelLayout.RowByRow;
        }
    }
}
