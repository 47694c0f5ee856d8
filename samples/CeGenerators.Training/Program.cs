using System;
using System.Globalization;
using System.IO;
using CeGenerators.Training;
using Spectre.Console;

// Trains two models on Iris with plain full-batch SGD; every loss and gradient comes from a generated kernel.
// --epochs N (default 200); --plain prints one line per 20 epochs instead of live progress bars.
int epochs = 200;
bool plain = Console.IsOutputRedirected;
for (int i = 0; i < args.Length; i++)
{
    if (args[i] == "--epochs" && i + 1 < args.Length)
    {
        epochs = int.Parse(args[++i], CultureInfo.InvariantCulture);
    }
    else if (args[i] == "--plain")
    {
        plain = true;
    }
}

Iris data = Iris.Load(Path.Combine(AppContext.BaseDirectory, "Data", "iris.csv"));
float[] trainT = LogisticRegression.Targets(data.TrainY), testT = LogisticRegression.Targets(data.TestY);
var softmax = new SoftmaxRegression();
var logistic = new LogisticRegression();
const float LearningRate = 0.5f;

AnsiConsole.MarkupLine($"[bold]CeGenerators training sample[/]: Iris, {data.TrainY.Length} training and {data.TestY.Length} test rows, {epochs} epochs of SGD (learning rate {LearningRate.ToString(CultureInfo.InvariantCulture)})");

void Epoch(int epoch, out float softmaxLoss, out float logisticLoss)
{
    softmaxLoss = softmax.Step(data.TrainX, data.TrainY, LearningRate);
    logisticLoss = logistic.Step(data.TrainX, trainT, LearningRate);
}

string F(double v) => v.ToString("F4", CultureInfo.InvariantCulture);

if (plain)
{
    for (int epoch = 1; epoch <= epochs; epoch++)
    {
        Epoch(epoch, out float s, out float l);
        if (epoch == 1 || epoch % 20 == 0)
        {
            Console.WriteLine($"epoch {epoch,4}: softmax loss {F(s)}  logistic loss {F(l)}");
        }
    }
}
else
{
    AnsiConsole.Progress()
        .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn())
        .Start(ctx =>
        {
            ProgressTask softmaxTask = ctx.AddTask("softmax regression", maxValue: epochs);
            ProgressTask logisticTask = ctx.AddTask("logistic regression", maxValue: epochs);
            for (int epoch = 1; epoch <= epochs; epoch++)
            {
                Epoch(epoch, out float s, out float l);
                softmaxTask.Description = $"softmax  epoch {epoch,4}  loss {F(s)}";
                logisticTask.Description = $"logistic epoch {epoch,4}  loss {F(l)}";
                softmaxTask.Increment(1);
                logisticTask.Increment(1);
                System.Threading.Thread.Sleep(5); // slow enough to watch; the math itself takes microseconds
            }
        });
}

var (softmaxTrainLoss, softmaxTrainAccuracy) = softmax.Evaluate(data.TrainX, data.TrainY);
var (softmaxTestLoss, softmaxTestAccuracy) = softmax.Evaluate(data.TestX, data.TestY);
var (logisticTrainLoss, logisticTrainAccuracy) = logistic.Evaluate(data.TrainX, trainT);
var (logisticTestLoss, logisticTestAccuracy) = logistic.Evaluate(data.TestX, testT);

var table = new Table().AddColumns("model", "train loss", "test loss", "train accuracy", "test accuracy");
string P(double v) => v.ToString("P1", CultureInfo.InvariantCulture);
table.AddRow("softmax regression (3 species)", F(softmaxTrainLoss), F(softmaxTestLoss), P(softmaxTrainAccuracy), P(softmaxTestAccuracy));
table.AddRow("logistic regression (virginica?)", F(logisticTrainLoss), F(logisticTestLoss), P(logisticTrainAccuracy), P(logisticTestAccuracy));
AnsiConsole.Write(table);
return softmaxTestAccuracy >= 0.9 && logisticTestAccuracy >= 0.9 ? 0 : 1;
