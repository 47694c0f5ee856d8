using System.Globalization;

namespace CeGenerators.Kernels.Tests;

/// <summary>A hash of the bits of every parallel case's outputs at every test size: equal digests mean equal results.</summary>
public static class ParallelDigest
{
    public const string Argument = "--parallel-digest";

    public static string Compute(bool parallel)
    {
        ulong hash = 14695981039346656037UL; // FNV-1a over the 64-bit patterns
        foreach (ParallelCase kernel in ParallelCases.All)
        {
            foreach (int rows in kernel.Sizes())
            {
                foreach (double value in kernel.Run(parallel, rows))
                {
                    hash = (hash ^ (ulong)BitConverter.DoubleToInt64Bits(value)) * 1099511628211UL;
                }
            }
        }

        return hash.ToString("X16", CultureInfo.InvariantCulture);
    }
}

/// <summary>
/// The test assembly's entry point (the test SDK's generated one is turned off): with <see cref="ParallelDigest.Argument"/>
/// it prints the processor count and the digest of the Parallel kernels, for <c>ParallelTests</c>' child processes.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 1 && args[0] == ParallelDigest.Argument)
        {
            Console.WriteLine($"processors={Environment.ProcessorCount} digest={ParallelDigest.Compute(parallel: true)}");
        }

        return 0;
    }
}
