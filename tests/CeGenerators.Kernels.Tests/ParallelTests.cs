using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace CeGenerators.Kernels.Tests;

/// <summary>
/// Parallel = true gives the same bits as the serial kernel (returned loss, None losses, gradient) for every kernel kind,
/// at sizes around the chunk size and the parallel threshold; on any processor count (child processes with
/// DOTNET_PROCESSOR_COUNT = 1 and 2); when many threads call at once; and bad input throws the serial kernel's exception.
/// </summary>
public class ParallelTests
{
    [Theory]
    [MemberData(nameof(ParallelCases.Names), MemberType = typeof(ParallelCases))]
    public void Parallel_is_bit_identical_to_serial_at_every_size(string name)
    {
        ParallelCase kernel = ParallelCases.Get(name);
        foreach (int rows in kernel.Sizes())
        {
            AssertSameBits(kernel.Run(false, rows), kernel.Run(true, rows), $"{name}, {rows} rows");
        }
    }

    [Fact]
    public void Concurrent_calls_from_thread_pool_threads_agree_with_the_serial_result()
    {
        foreach (ParallelCase kernel in new[] { ParallelCases.Get("CeMeanF"), ParallelCases.Get("CeTrainF") })
        {
            double[] expected = kernel.Run(false, kernel.LargeRows);
            double[][] results = new double[8][];
            Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = results.Length }, i =>
            {
                for (int repeat = 0; repeat < 3; repeat++)
                {
                    results[i] = kernel.Run(true, kernel.LargeRows);
                }
            });
            foreach (double[] result in results)
            {
                AssertSameBits(expected, result, kernel.Name + " concurrently");
            }
        }
    }

    [Theory]
    [InlineData(5, 7)]
    [InlineData(0, 8)]
    [InlineData(8, 8)]
    public void Bad_labels_throw_the_serial_exception_on_the_callers_thread(int firstBadChunk, int secondBadChunk)
    {
        ParallelCase shape = ParallelCases.Get("CeMeanF");
        int rows = shape.LargeRows, c = shape.ChunkRows;
        float[] logits = TestData.Logits<float>(rows, 10, 3);
        int[] labels = ParallelCases.Labels(rows, 10);
        labels[(firstBadChunk * c) + 17] = 10;
        labels[(secondBadChunk * c) + 20] = -5;

        ArgumentOutOfRangeException Throws(Action call) => Assert.Throws<ArgumentOutOfRangeException>(call);
        var serial = Throws(() => ParallelKernels.Serial.CeMeanF(logits, labels));
        var threaded = Throws(() => ParallelKernels.Threaded.CeMeanF(logits, labels));
        Assert.Equal("labels", threaded.ParamName);
        Assert.Equal(serial.Message, threaded.Message);
        Assert.Contains($"labels[{(firstBadChunk * c) + 17}] = 10", threaded.Message);

        var losses = new float[rows];
        Assert.Equal(serial.Message, Throws(() => ParallelKernels.Threaded.CeNoneF(logits, labels, losses)).Message);

        // Mean with a gradient checks the labels in its pre-pass, before any chunk starts.
        var gradient = new float[rows * 10];
        float[] weights = Enumerable.Repeat(1f, 10).ToArray();
        Assert.Equal(serial.Message, Throws(() => ParallelKernels.Threaded.CeTrainF(logits, labels, weights, gradient)).Message);
        Assert.All(gradient, g => Assert.Equal(0f, g));
    }

    [Fact]
    public void Bad_lengths_and_weights_throw_before_any_work()
    {
        ParallelCase shape = ParallelCases.Get("CeTrainF");
        int rows = shape.LargeRows;
        float[] logits = TestData.Logits<float>(rows, 10, 3);
        int[] labels = ParallelCases.Labels(rows, 10);
        var gradient = new float[rows * 10];
        float[] weights = Enumerable.Repeat(1f, 10).ToArray();
        weights[4] = -1;
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ParallelKernels.Threaded.CeTrainF(logits, labels, weights, gradient));
        Assert.Equal("weights", e.ParamName);
        Assert.All(gradient, g => Assert.Equal(0f, g));
        Assert.Equal("logits", Assert.Throws<ArgumentException>(() => ParallelKernels.Threaded.CeMeanF(logits.AsSpan(1).ToArray(), labels)).ParamName);
    }

    [Fact]
    public void Results_do_not_depend_on_the_processor_count()
    {
        string expected = ParallelDigest.Compute(parallel: false);
        Assert.Equal(expected, ParallelDigest.Compute(parallel: true));
        foreach (int processors in new[] { 1, 2 })
        {
            string output = RunChild(processors);
            Assert.Equal($"processors={processors} digest={expected}", output.Trim());
        }
    }

    /// <summary>Runs this assembly's own digest (Program.Main) in a child process with the given processor count.</summary>
    private static string RunChild(int processors)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(typeof(ParallelTests).Assembly.Location);
        start.ArgumentList.Add(ParallelDigest.Argument);
        start.Environment["DOTNET_PROCESSOR_COUNT"] = processors.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using Process child = Process.Start(start)!;
        Task<string> error = child.StandardError.ReadToEndAsync();
        string output = child.StandardOutput.ReadToEnd();
        Assert.True(child.WaitForExit(300_000), "the child process did not finish");
        Assert.True(child.ExitCode == 0, $"child exited with {child.ExitCode}: {error.Result}");
        return output;
    }

    internal static void AssertSameBits(double[] expected, double[] actual, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            if (BitConverter.DoubleToInt64Bits(expected[i]) != BitConverter.DoubleToInt64Bits(actual[i]))
            {
                Assert.Fail($"{what}: output {i} is {actual[i]:R} with Parallel, {expected[i]:R} without");
            }
        }
    }
}
