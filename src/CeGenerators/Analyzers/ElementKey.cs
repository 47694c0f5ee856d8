using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CeGenerators.Analyzers
{
    /// <summary>
    /// An array, span or list element named by a tracked variable and a tracked index variable or constant index (`p[i]`,
    /// `counts[0]`), so that `p[i] &gt; 0 ? p[i] * Math.Log(p[i]) : 0` is followed like a local. What is known of it is
    /// dropped when the array variable or the index is written, when another element of the array is written, and when
    /// the array is passed to a call (<see cref="SignFlow.State"/>).
    /// </summary>
    internal sealed class ElementKey
    {
        private ElementKey(object array, object index)
        {
            Array = array;
            Index = index;
        }

        public object Array { get; }

        public object Index { get; }

        /// <summary>The key of `collection[index]` (an array element or a one-argument indexer: spans, lists), or null.</summary>
        public static ElementKey? Of(IOperation collection, IOperation index)
        {
            if (collection is not (ILocalReferenceOperation or IParameterReferenceOperation) || SignRules.Key(collection) is not { } array)
            {
                return null;
            }

            object? indexKey = index.ConstantValue.HasValue ? index.ConstantValue.Value : SignRules.Key(index);
            return indexKey is null || indexKey is ElementKey ? null : new ElementKey(array, indexKey);
        }

        public bool Mentions(object key) => Equals(Array, key) || Equals(Index, key);

        public override bool Equals(object? obj) => obj is ElementKey other && Equals(Array, other.Array) && Equals(Index, other.Index);

        public override int GetHashCode() => (Array.GetHashCode() * 397) ^ Index.GetHashCode();
    }
}
