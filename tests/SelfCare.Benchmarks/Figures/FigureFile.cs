using System.Text.Json;

namespace SelfCare.Benchmarks.Figures;

/// <summary>
/// docs/benchmarks/{suite}.figures.json: a suite's figures with the commit and time they were measured at, written next to its
/// Markdown report so that <see cref="BenchmarksSummary"/> can list every suite's figures in one table.
/// </summary>
internal sealed record FigureFile(string Suite, DateTime MeasuredUtc, string Commit, string Source, string LoadAtEnd, IReadOnlyList<Figure> Figures)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a file for people too: keep ×, ≥ and … readable
    };

    public static string PathOf(string repository, string suite) => Path.Combine(repository, "docs", "benchmarks", $"{suite}.figures.json");

    public static void Write(string repository, string suite, IReadOnlyList<Figure> figures)
    {
        var machine = MachineInfo.Describe(repository);
        var file = new FigureFile(suite, DateTime.UtcNow, machine.Commit, machine.SourceState, MachineInfo.LoadAverage(), figures);
        File.WriteAllText(PathOf(repository, suite), JsonSerializer.Serialize(file, Json) + Environment.NewLine);
    }

    public static FigureFile? Read(string repository, string suite)
    {
        var path = PathOf(repository, suite);
        return File.Exists(path) ? JsonSerializer.Deserialize<FigureFile>(File.ReadAllText(path), Json) : null;
    }
}
