namespace CeGenerators.Tests;

/// <summary>The training sample runs and learns: it exits 0 only when both models reach 90% test accuracy.</summary>
public class SampleTests
{
    [Fact]
    public void The_training_sample_trains_both_models_to_90_percent_test_accuracy()
    {
        string output = PackageTests.Dotnet(PackageTests.RepositoryRoot, "run --project samples/CeGenerators.Training -- --plain --epochs 200");
        Assert.Contains("epoch  200: softmax loss", output);
        Assert.Contains("softmax regression", output);
        Assert.Contains("logistic", output);
    }
}
