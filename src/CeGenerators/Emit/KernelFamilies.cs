using CeGenerators.Model;

namespace CeGenerators.Emit
{
    /// <summary>One family of chunk kernels: which shapes it writes, their names, and their bodies.</summary>
    internal interface IKernelFamily
    {
        bool Handles(KernelShape shape);

        /// <summary>The chunk kernel's name; shapes with the same name share one body.</summary>
        string MethodName(KernelShape shape);

        /// <summary>Writes the chunk kernel (see <see cref="ParallelismContract"/>) into the kernel class.</summary>
        void Emit(SourceWriter w, KernelShape shape);
    }

    /// <summary>The kernel families, registered once, most specialized first: every dispatch on a shape goes through here.</summary>
    internal static class KernelFamilies
    {
        private static readonly IKernelFamily[] All =
        {
            new PlainSoftmax(),
            new Binary(),
            new CrossEntropyFamily(),
        };

        /// <summary>The first family that handles the shape; the last one handles every shape.</summary>
        public static IKernelFamily For(KernelShape shape)
        {
            foreach (IKernelFamily family in All)
            {
                if (family.Handles(shape))
                {
                    return family;
                }
            }

            return All[All.Length - 1];
        }

        private sealed class PlainSoftmax : IKernelFamily
        {
            public bool Handles(KernelShape shape) => shape.IsPlainSoftmax;

            public string MethodName(KernelShape shape) => SoftmaxCrossEntropyEmitter.MethodName(shape);

            public void Emit(SourceWriter w, KernelShape shape) => SoftmaxCrossEntropyEmitter.Emit(w, shape);
        }

        private sealed class Binary : IKernelFamily
        {
            public bool Handles(KernelShape shape) => shape.Kind == KernelKind.BinaryCrossEntropy;

            public string MethodName(KernelShape shape) => BinaryCrossEntropyEmitter.MethodName(shape);

            public void Emit(SourceWriter w, KernelShape shape) => BinaryCrossEntropyEmitter.Emit(w, shape);
        }

        /// <summary>Every other shape: probabilities, dense targets, weights, smoothing, gradients, entropy, KL divergence.</summary>
        private sealed class CrossEntropyFamily : IKernelFamily
        {
            public bool Handles(KernelShape shape) => true;

            public string MethodName(KernelShape shape) => CrossEntropyFamilyEmitter.MethodName(shape);

            public void Emit(SourceWriter w, KernelShape shape) => CrossEntropyFamilyEmitter.Emit(w, shape);
        }
    }
}
