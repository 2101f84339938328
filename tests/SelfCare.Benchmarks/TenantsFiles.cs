using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SelfCare.Benchmarks;

/// <summary>Builds the tenants files of the two cases from the repository's appsettings.tenants.json.</summary>
internal static class TenantsFiles
{
    /// <summary>
    /// Writes the file for <paramref name="total"/> tenants: the demo tenants copied from the repository file,
    /// then generated non-demo tenants t0004..t{total} (prefix and host t0004.localhost, Default theme, Accounts).
    /// A demo tenant whose theme is not installed in the published host would stop the host at start
    /// (the seed validator rejects it), so its theme is replaced by Default and the change is reported.
    /// </summary>
    public static string Write(string repositoryFile, string target, int total, IReadOnlySet<string> installedThemes, List<string> notes)
    {
        var root = JsonNode.Parse(File.ReadAllText(repositoryFile), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
        var source = (JsonArray)root["Tenants"]!;
        var tenants = new JsonArray();
        foreach (var node in source)
        {
            var copy = node!.DeepClone();
            var theme = copy["Theme"]?.GetValue<string>();
            if (theme is not null && installedThemes.Count > 0 && !installedThemes.Contains(theme))
            {
                copy["Theme"] = "Default";
                var note = $"Demo tenant '{copy["Id"]}' names theme '{theme}', which the published host does not contain " +
                           $"(installed: {string.Join(", ", installedThemes.Order())}); the benchmark used 'Default' for it.";
                if (!notes.Contains(note))
                    notes.Add(note);
            }
            tenants.Add(copy);
        }
        for (var i = tenants.Count + 1; i <= total; i++)
        {
            var id = $"t{i:D4}";
            tenants.Add(new JsonObject
            {
                ["Id"] = id,
                ["Name"] = $"Tenant {i:D4}",
                ["Hosts"] = new JsonArray($"{id}.localhost"),
                ["Prefix"] = id,
                ["Theme"] = "Default",
                ["DatabaseProvider"] = "Sqlite",
                ["EnabledFeatures"] = new JsonArray("Accounts"),
            });
        }
        if (tenants.Count != total)
            throw new InvalidOperationException($"Expected {total} tenants, built {tenants.Count}.");
        File.WriteAllText(target, new JsonObject { ["Tenants"] = tenants }.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return target;
    }

    /// <summary>
    /// Theme names the published host will find: the first argument of [assembly: PortalTheme(...)] in each
    /// SelfCare.Themes.*.dll, read from metadata only (nothing is loaded into the benchmark).
    /// </summary>
    public static IReadOnlySet<string> InstalledThemes(string hostDirectory)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.EnumerateFiles(hostDirectory, "SelfCare.Themes.*.dll"))
        {
            try
            {
                using var stream = File.OpenRead(file);
                using var pe = new PEReader(stream);
                if (!pe.HasMetadata)
                    continue;
                var metadata = pe.GetMetadataReader();
                foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
                {
                    var attribute = metadata.GetCustomAttribute(handle);
                    if (AttributeTypeName(metadata, attribute) != "PortalThemeAttribute")
                        continue;
                    var blob = metadata.GetBlobReader(attribute.Value);
                    if (blob.ReadUInt16() != 1)
                        continue;
                    var name = blob.ReadSerializedString();
                    if (!string.IsNullOrEmpty(name))
                        names.Add(name);
                }
            }
            catch (BadImageFormatException)
            {
                // Not a managed assembly; ignore.
            }
        }
        return names;
    }

    private static string? AttributeTypeName(MetadataReader metadata, CustomAttribute attribute)
    {
        switch (attribute.Constructor.Kind)
        {
            case HandleKind.MemberReference:
                var reference = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
                return reference.Parent.Kind switch
                {
                    HandleKind.TypeReference => metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)reference.Parent).Name),
                    HandleKind.TypeDefinition => metadata.GetString(metadata.GetTypeDefinition((TypeDefinitionHandle)reference.Parent).Name),
                    _ => null,
                };
            case HandleKind.MethodDefinition:
                var method = metadata.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor);
                return metadata.GetString(metadata.GetTypeDefinition(method.GetDeclaringType()).Name);
            default:
                return null;
        }
    }
}
