using SelfCare.Platform.Data;

namespace SelfCare.Host.Tenancy;

/// <summary>Reads a schema's embedded scripts for one provider, ordered by their numeric id.</summary>
internal static class SchemaScripts
{
    public static IReadOnlyList<(string Id, string Sql)> Load(SchemaDescriptor schema, string provider)
    {
        var prefix = schema.ResourceFolder.TrimEnd('/') + "/";
        var suffix = $".{provider}.sql";
        var scripts = schema.Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(suffix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = schema.Assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return (n[prefix.Length..^suffix.Length], reader.ReadToEnd());
            })
            .ToList();
        // Two scripts with one number (written on parallel branches) would run in name order on one database and
        // the other order elsewhere: refuse them so the clash is renumbered before it ships.
        var clash = scripts.GroupBy(s => s.Item1.Split('_')[0]).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
            throw new InvalidOperationException(
                $"Schema '{schema.Name}' has two {provider} scripts numbered {clash.Key}: {string.Join(", ", clash.Select(s => s.Item1))}.");
        return scripts;
    }
}
