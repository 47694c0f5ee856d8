using System.Diagnostics;
using System.IO;
using System.IO.Compression;

namespace CeGenerators.Tests;

/// <summary>
/// Installs the package the way a user does: `dotnet pack`, a local folder feed, a fresh console project with a
/// PackageReference, build and run. Also proves the packaged generator reports misuse in a real `dotnet build`.
/// </summary>
[Collection(PackageTests.Packing)]
public class PackageTests
{
    /// <summary>The tests that pack the repository run one at a time: two packs of one project race for its output files.</summary>
    public const string Packing = "Packing the repository";

    internal static readonly string RepositoryRoot = Path.GetFullPath(Path.Combine(GeneratorHarness.SourceDirectory(), "..", ".."));

    [Fact]
    public void The_packed_package_installs_from_a_folder_feed_and_its_kernels_run()
    {
        string work = Directory.CreateTempSubdirectory("cegenerators-package-").FullName;
        try
        {
            string feed = Path.Combine(work, "feed");
            string version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
            Dotnet(RepositoryRoot, $"pack src/CeGenerators/CeGenerators.csproj -c Release -o \"{feed}\" -p:Version={version}");

            string package = Path.Combine(feed, $"CeGenerators.{version}.nupkg");
            using (ZipArchive zip = ZipFile.OpenRead(package))
            {
                string[] entries = zip.Entries.Select(e => e.FullName).ToArray();
                Assert.Contains("analyzers/dotnet/cs/CeGenerators.dll", entries);
                Assert.Contains("analyzers/dotnet/cs/CeGenerators.CodeFixes.dll", entries);
                Assert.Contains("lib/netstandard2.0/CeGenerators.Attributes.dll", entries);
                Assert.Contains("lib/netstandard2.0/CeGenerators.Attributes.xml", entries);
                Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.EndsWith("/CeGenerators.dll", StringComparison.Ordinal));
            }

            string consumer = Path.Combine(work, "Consumer");
            Directory.CreateDirectory(consumer);
            WriteProject(consumer, "Consumer", feed, version, work, extraSource: null, extraItems: """
                  <ItemGroup Condition="'$(IncludeMistake)' != 'true'">
                    <Compile Remove="Mistake.cs" />
                  </ItemGroup>
                """);
            File.WriteAllText(Path.Combine(consumer, "Program.cs"), """
                using System;
                using System.Globalization;
                using CeGenerators;

                float[] logits = { 2f, 0f, 0f, 0f,   0f, 0f, 0f, 0f };
                int[] labels = { 0, 3 };
                Console.WriteLine("mean=" + Kernels.Mean(logits, labels).ToString("F6", CultureInfo.InvariantCulture));

                static partial class Kernels
                {
                    [CrossEntropyKernel(4)]
                    public static partial float Mean(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
                }
                """);
            File.WriteAllText(Path.Combine(consumer, "Mistake.cs"), """
                using System;
                using CeGenerators;

                static partial class Mistakes
                {
                    [CrossEntropyKernel(1)]
                    public static partial float Loss(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels);
                }
                """);

            File.WriteAllText(Path.Combine(consumer, "Unstable.cs"), """
                using System;

                static class UserLoss
                {
                    public static double Nll(double p) => -Math.Log(p);
                    public static double Safe(double p) => -Math.Log(Math.Max(p, 1e-15));
                }
                """);

            string output = Dotnet(consumer, "run");
            // The analyzer runs in a real build of the consumer: one warning, on the unguarded log only.
            string build = Dotnet(consumer, "build --no-incremental");
            Assert.True(build.Contains("Unstable.cs(5,53): warning CEG1001", StringComparison.Ordinal), build);
            Assert.DoesNotContain("Unstable.cs(6,", build);

            // dotnet format applies the packaged code fix.
            Dotnet(consumer, "format analyzers --diagnostics CEG1001 --severity warn --no-restore");
            string fixedText = File.ReadAllText(Path.Combine(consumer, "Unstable.cs"));
            Assert.Contains("public static double Nll(double p) => -Math.Log(Math.Max(p, 1e-15));", fixedText);
            double row0 = Math.Log(Math.Exp(2) + 3) - 2, row1 = Math.Log(4);
            Assert.Contains("mean=" + ((row0 + row1) / 2).ToString("F6", System.Globalization.CultureInfo.InvariantCulture), output);

            string failed = Dotnet(consumer, "build -p:IncludeMistake=true", expectSuccess: false);
            Assert.Contains("error CEG0003", failed);
            Assert.Contains("Mistake.cs(6,", failed);
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

    internal static string Dotnet(string directory, string arguments, bool expectSuccess = true)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // The test host's MSBuild settings must not leak into the child build.
        foreach (string name in new[] { "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildExtensionsPath", "MSBuildLoadMicrosoftTargetsReadOnly" })
        {
            start.Environment.Remove(name);
        }

        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), $"dotnet {arguments} timed out");
        string output = stdout.Result + stderr.Result;
        if (expectSuccess)
        {
            Assert.True(process.ExitCode == 0, $"dotnet {arguments} failed in {directory}:\n{output}");
        }
        else
        {
            Assert.NotEqual(0, process.ExitCode);
        }

        return output;
    }

    /// <summary>
    /// A console project that references the packed package from <paramref name="feed"/> only (plus <paramref name="extraSource"/>,
    /// e.g. the local package cache), with its own package folder and the repository's Directory.*.props kept out.
    /// </summary>
    internal static void WriteProject(string directory, string name, string feed, string version, string work, string? extraSource, string extraItems)
    {
        string extra = extraSource is null ? string.Empty : $"\n    <add key=\"extra\" value=\"{extraSource}\" />";
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />{extra}
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <RestorePackagesPath>{Path.Combine(work, "packages")}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="CeGenerators" Version="{version}" />
              </ItemGroup>
            {extraItems}
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project />");
    }
}
