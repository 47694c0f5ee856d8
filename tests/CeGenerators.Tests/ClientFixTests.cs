using System.IO;

namespace CeGenerators.Tests;

/// <summary>
/// The code fixes on a real client, the way a user applies them: the packed package in a console project that uses every
/// log form CEG1001 and CEG1003 report, `dotnet format analyzers` for both rules, then a build with no CEG1001/CEG1003
/// warning left and a run that prints exactly what the program printed before the fix (issue 7, section 4).
/// </summary>
[Collection(PackageTests.Packing)]
public class ClientFixTests
{
    private const string Program = """
        using System;
        using System.Globalization;
        using System.Linq;

        double[] probabilities = { 0.001, 0.25, 0.5, 0.9 };
        double[] logits = { -20, -1.5, 0, 0.75, 12 };
        foreach (double p in probabilities)
        {
            Console.WriteLine("p=" + p.ToString(CultureInfo.InvariantCulture) + ": " + string.Join(" ", Logs.All(p).Select(v => v.ToString("F9", CultureInfo.InvariantCulture))));
        }

        foreach (double x in logits)
        {
            Console.WriteLine("x=" + x.ToString(CultureInfo.InvariantCulture) + ": " + string.Join(" ", Exps.All(x).Select(v => v.ToString("F9", CultureInfo.InvariantCulture))));
        }
        """;

    /// <summary>Every CEG1001 form: Math, MathF, 1 - p, double., using static, generic T, Vector128/256, TensorPrimitives Log/Log2/Log10.</summary>
    private const string Logs = """
        using System;
        using System.Numerics;
        using System.Numerics.Tensors;
        using System.Runtime.Intrinsics;
        using static System.Math;

        static class Logs
        {
            public static double[] All(double p)
            {
                float f = (float)p;
                ReadOnlySpan<float> floats = new[] { f, 0.5f };
                Span<float> floatLogs = new float[2];
                TensorPrimitives.Log(floats, floatLogs);
                ReadOnlySpan<double> doubles = new[] { p, 0.5 };
                Span<double> log2 = new double[2], log10 = new double[2];
                TensorPrimitives.Log2(doubles, log2);
                TensorPrimitives.Log10(doubles, log10);
                return new[]
                {
                    -Math.Log(p),
                    -MathF.Log(f),
                    -Math.Log(1 - p),
                    double.Log(p),
                    Log10(p),
                    Generic(p),
                    Generic(f),
                    Vector128.Log(Vector128.Create(f)).GetElement(0),
                    Vector256.Log(Vector256.Create(p)).GetElement(2),
                    floatLogs[0],
                    log2[0],
                    log10[0],
                };
            }

            private static double Generic<T>(T p) where T : IFloatingPointIeee754<T> => double.CreateTruncating(T.Log(p));
        }
        """;

    /// <summary>Every CEG1003 form with a fix: softplus in both orders, MathF, using static, generic T, LogP1; the naive sigmoid, direct and through a local.</summary>
    private const string Exps = """
        using System;
        using System.Numerics;
        using static System.Math;

        static class Exps
        {
            public static double[] All(double x)
            {
                float f = (float)x;
                double t = -1;
                double e = Math.Exp(x);
                return new[]
                {
                    Math.Log(1 + Math.Exp(x)),
                    Math.Log(Math.Exp(x) + 1),
                    MathF.Log(1f + MathF.Exp(f)),
                    Log(1.0 + Exp(-t * x)),
                    Softplus(x),
                    double.LogP1(double.Exp(x)),
                    Math.Exp(x) / (1 + Math.Exp(x)),
                    e / (1 + e),
                };
            }

            private static T Softplus<T>(T x) where T : IFloatingPointIeee754<T> => T.Log(T.One + T.Exp(x));
        }
        """;

    [Fact]
    public void Dotnet_format_fixes_every_form_in_a_client_and_its_output_does_not_change()
    {
        string work = Directory.CreateTempSubdirectory("cegenerators-client-").FullName;
        try
        {
            string feed = Path.Combine(work, "feed");
            string version = "0.1.0-client." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
            PackageTests.Dotnet(PackageTests.RepositoryRoot, $"pack src/CeGenerators/CeGenerators.csproj -c Release -o \"{feed}\" -p:Version={version}");

            string client = Path.Combine(work, "Client");
            Directory.CreateDirectory(client);
            string cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            PackageTests.WriteProject(client, "Client", feed, version, work, extraSource: cache, extraItems: """
                  <ItemGroup>
                    <PackageReference Include="System.Numerics.Tensors" Version="10.0.0" />
                  </ItemGroup>
                """);
            File.WriteAllText(Path.Combine(client, "Program.cs"), Program);
            File.WriteAllText(Path.Combine(client, "Logs.cs"), Logs);
            File.WriteAllText(Path.Combine(client, "Exps.cs"), Exps);

            string built = PackageTests.Dotnet(client, "build");
            int before1001 = Count(built, "warning CEG1001"), before1003 = Count(built, "warning CEG1003");
            Assert.True(before1001 == 11 && before1003 == 8, $"the unfixed client should warn on every form (CEG1001 {before1001}, CEG1003 {before1003}):\n{built}");
            string dll = Path.Combine(client, "bin", "Debug", "net10.0", "Client.dll");
            string output = PackageTests.Dotnet(client, $"\"{dll}\"");

            PackageTests.Dotnet(client, "format analyzers --diagnostics CEG1001 CEG1003 --severity warn --no-restore");
            string rebuilt = PackageTests.Dotnet(client, "build --no-incremental");
            Assert.True(!rebuilt.Contains("warning CEG1001", StringComparison.Ordinal) && !rebuilt.Contains("warning CEG1003", StringComparison.Ordinal), rebuilt);
            string fixedLogs = File.ReadAllText(Path.Combine(client, "Logs.cs")), fixedExps = File.ReadAllText(Path.Combine(client, "Exps.cs"));
            Assert.Contains("TensorPrimitives.Max(floats, 1e-7f, floatLogs);", fixedLogs);
            Assert.Contains("T.Log(T.Max(p, T.CreateTruncating(1e-15)))", fixedLogs);
            Assert.Contains("Math.Exp(-Math.Abs(x))", fixedExps);
            Assert.Equal(output, PackageTests.Dotnet(client, $"\"{dll}\""));
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // best effort: a temp folder
            }
        }
    }

    /// <summary>Distinct warnings: a build prints each one twice (as it happens and in the summary).</summary>
    private static int Count(string buildOutput, string what) =>
        buildOutput.Split('\n').Where(l => l.Contains(what, StringComparison.Ordinal)).Select(l => l.Trim()).Distinct().Count();
}
