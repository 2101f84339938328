using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace SelfCare.BrowserTests;

/// <summary>
/// A theme as its assembly declares it ([assembly: PortalTheme(...)]), read from the host's output so the
/// tests compare the page with what the installed theme says rather than with a copy of it. The attribute is
/// read from metadata, without loading the assembly (theme assemblies need ASP.NET Core, which this test
/// process does not run on). PrimaryColor is null when the theme leaves it to the platform's default.
/// </summary>
public sealed record ThemeDefaults(string Name, string AssemblyName, string? PrimaryColor, string? AccentColor)
{
    /// <summary>Where the theme's static files are served, relative to the tenant's base path.</summary>
    public string AssetsPath => $"/_content/{AssemblyName}";

    public string BodyClass => $"theme-{Name.ToLowerInvariant()}";

    public static IReadOnlyDictionary<string, ThemeDefaults> ReadInstalled(string hostOutput)
    {
        var themes = new Dictionary<string, ThemeDefaults>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.EnumerateFiles(hostOutput, "SelfCare.Themes.*.dll"))
        {
            using var stream = File.OpenRead(file);
            using var pe = new PEReader(stream);
            var reader = pe.GetMetadataReader();
            var assemblyName = reader.GetString(reader.GetAssemblyDefinition().Name);
            foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
            {
                var attribute = reader.GetCustomAttribute(handle);
                if (!IsPortalTheme(reader, attribute))
                    continue;
                var value = attribute.DecodeValue(new StringArgumentProvider());
                string? Named(string property) => value.NamedArguments.FirstOrDefault(a => a.Name == property).Value as string;
                var theme = new ThemeDefaults((string)value.FixedArguments[0].Value!, assemblyName, Named("PrimaryColor"), Named("AccentColor"));
                themes[theme.Name] = theme;
            }
        }
        return themes;
    }

    private static bool IsPortalTheme(MetadataReader reader, CustomAttribute attribute)
    {
        if (attribute.Constructor.Kind != HandleKind.MemberReference)
            return false;
        var parent = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
        if (parent.Kind != HandleKind.TypeReference)
            return false;
        var type = reader.GetTypeReference((TypeReferenceHandle)parent);
        return reader.GetString(type.Namespace) == "SelfCare.Platform.Shell" && reader.GetString(type.Name) == "PortalThemeAttribute";
    }

    /// <summary>Just enough of a type provider to decode an attribute whose arguments are strings.</summary>
    private sealed class StringArgumentProvider : ICustomAttributeTypeProvider<string>
    {
        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();
        public string GetSystemType() => "System.Type";
        public string GetSZArrayType(string elementType) => elementType + "[]";
        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
            reader.GetString(reader.GetTypeDefinition(handle).Name);
        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) =>
            reader.GetString(reader.GetTypeReference(handle).Name);
        public string GetTypeFromSerializedName(string name) => name;
        public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;
        public bool IsSystemType(string type) => type == "System.Type";
    }
}
