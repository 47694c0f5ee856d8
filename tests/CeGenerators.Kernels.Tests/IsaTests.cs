using System.Runtime.Intrinsics;

namespace CeGenerators.Kernels.Tests;

/// <summary>
/// Proves which vector path this process runs: CI runs the kernel tests again under each ISA switch, and this test
/// fails if a switch did not take effect (so a run that silently took the 512-bit path again cannot pass as another).
/// </summary>
public class IsaTests
{
    [Fact]
    public void The_process_runs_the_vector_width_its_switches_ask_for()
    {
        string? Env(string name) => Environment.GetEnvironmentVariable(name);
        if (Env("DOTNET_EnableHWIntrinsic") == "0")
        {
            Assert.False(Vector128.IsHardwareAccelerated, "scalar run");
        }
        else if (Env("DOTNET_EnableAVX2") == "0")
        {
            Assert.False(Vector256.IsHardwareAccelerated, "128-bit run");
            Assert.True(Vector128.IsHardwareAccelerated, "128-bit run");
        }
        else if (Env("DOTNET_EnableAVX512") == "0" || Env("DOTNET_PreferredVectorBitWidth") == "256")
        {
            Assert.False(Vector512.IsHardwareAccelerated, "256-bit run");
            Assert.Equal(System.Runtime.Intrinsics.X86.Avx2.IsSupported, Vector256.IsHardwareAccelerated);
        }
        else
        {
            Assert.Equal(System.Runtime.Intrinsics.X86.Avx512F.IsSupported, Vector512.IsHardwareAccelerated);
        }
    }
}
