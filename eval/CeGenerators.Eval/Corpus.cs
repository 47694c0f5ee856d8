using System.Diagnostics;

namespace CeGenerators.Eval;

/// <summary>One repository of the corpus: where its snapshot is and which commit was labelled.</summary>
internal sealed record Repository(string Name, string Commit, string Set, string GitDirectory);

/// <summary>One labelled call: the position of the method name (1-based line and column) and the reviewer's label.</summary>
internal sealed record LabelledCall(string Repo, string Path, int Line, int Column, string Label, string Note)
{
    public (string, string, int, int) Key => (Repo, Path, Line, Column);
}

/// <summary>Reads repos.tsv and the label files, and the files of a snapshot through git (no work tree needed).</summary>
internal static class Corpus
{
    public static List<Repository> Repositories(string corpusDirectory, string mirrorRoot) =>
        Rows(Path.Combine(corpusDirectory, "repos.tsv"), header: false)
            .Select(r => new Repository(r[0], r[1], r[2], Path.Combine(mirrorRoot, r[0].Replace('/', '+'), "repo")))
            .ToList();

    public static List<LabelledCall> Labels(string file) =>
        Rows(file, header: true)
            .Where(r => r.Length >= 5)
            .Select(r => new LabelledCall(r[0], r[1], int.Parse(r[2]), int.Parse(r[3]), r[4].Trim().ToUpperInvariant(), r.Length > 5 ? r[5] : ""))
            .ToList();

    private static IEnumerable<string[]> Rows(string file, bool header) =>
        File.ReadAllLines(file).Skip(header ? 1 : 0).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t'));

    public static string[] ListFiles(Repository repo) =>
        Git(repo, "ls-tree", "-r", "--name-only", repo.Commit).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Every .cs file of the snapshot, read in one git process (cat-file --batch).</summary>
    public static Dictionary<string, string> ReadSources(Repository repo, IEnumerable<string> paths)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var start = new ProcessStartInfo("git", $"--git-dir \"{repo.GitDirectory}\" cat-file --batch")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using Process git = Process.Start(start)!;
        Stream output = git.StandardOutput.BaseStream;
        foreach (string path in paths)
        {
            git.StandardInput.Write($"{repo.Commit}:{path}\n");
            git.StandardInput.Flush();
            string header = ReadLine(output);
            string[] parts = header.Split(' ');
            if (parts.Length < 3 || parts[1] != "blob")
            {
                continue;
            }

            int size = int.Parse(parts[2]);
            byte[] bytes = new byte[size];
            output.ReadExactly(bytes);
            output.ReadByte(); // the newline after the content
            result[path] = System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        }

        git.StandardInput.Close();
        git.WaitForExit();
        return result;
    }

    private static string ReadLine(Stream stream)
    {
        var bytes = new List<byte>();
        int b;
        while ((b = stream.ReadByte()) >= 0 && b != '\n')
        {
            bytes.Add((byte)b);
        }

        return System.Text.Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static string Git(Repository repo, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("--git-dir");
        start.ArgumentList.Add(repo.GitDirectory);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process git = Process.Start(start)!;
        string text = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        return text;
    }
}
