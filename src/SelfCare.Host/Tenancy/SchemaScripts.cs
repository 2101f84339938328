using SelfCare.Platform.Data;

namespace SelfCare.Host.Tenancy;

/// <summary>Reads a schema's embedded scripts for one provider, ordered by their numeric id.</summary>
internal static class SchemaScripts
{
    public static IReadOnlyList<(string Id, string Sql)> Load(SchemaDescriptor schema, string provider)
    {
        var prefix = schema.ResourceFolder.TrimEnd('/') + "/";
        var suffix = $".{provider}.sql";
        return schema.Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(suffix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = schema.Assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return (n[prefix.Length..^suffix.Length], reader.ReadToEnd());
            })
            .ToList();
    }
}
