using System.Text.Json;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Accounts;

/// <summary>Expected figures computed from the demo data file itself, so the tests follow the demo data.</summary>
internal static class DemoFigures
{
    private static readonly Lazy<JsonElement> Data = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "src/SelfCare.Host/Demo/demo-data.json"))).RootElement);

    /// <summary>Number of services of each account (its own, every status).</summary>
    public static int Services(string tenant, string account) =>
        Data.Value.GetProperty(tenant).GetProperty("services").EnumerateArray().Count(s => s.GetProperty("account").GetString() == account);

    public static int Locations(string tenant, string account) =>
        Data.Value.GetProperty(tenant).GetProperty("locations").EnumerateArray().Count(s => s.GetProperty("account").GetString() == account);

    /// <summary>The account and all its descendants, by number.</summary>
    public static List<string> Subtree(string tenant, string root)
    {
        var parents = Data.Value.GetProperty(tenant).GetProperty("accounts").EnumerateArray()
            .ToDictionary(a => a.GetProperty("number").GetString()!, a => a.TryGetProperty("parent", out var p) ? p.GetString() : null);
        return parents.Keys.Where(n =>
        {
            for (string? current = n; current is not null; current = parents[current])
            {
                if (current == root)
                    return true;
            }
            return false;
        }).ToList();
    }

    public static int Services(string tenant, IEnumerable<string> accounts) => accounts.Sum(a => Services(tenant, a));
}
