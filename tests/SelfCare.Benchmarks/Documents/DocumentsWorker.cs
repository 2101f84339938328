namespace SelfCare.Benchmarks.Documents;

/// <summary>tests/SelfCare.Benchmarks.DocumentsWorker: a fresh process per measurement, so each has a clean VmHWM.</summary>
internal sealed class DocumentsWorker(string directory) : WorkerProcess(directory, Project)
{
    private const string Project = "SelfCare.Benchmarks.DocumentsWorker";

    public static async Task<DocumentsWorker> PublishAsync(string repository, string work) =>
        new(await PublishAsync(repository, work, Project));
}
