namespace SelfCare.Tests.Infrastructure;

internal static class RepoPaths
{
    /// <summary>The repository root: the first parent folder that holds Tenants.sln.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Tenants.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Tenants.sln not found above " + AppContext.BaseDirectory);
    }
}
