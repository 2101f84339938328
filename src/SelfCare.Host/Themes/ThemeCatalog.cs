using System.Reflection;
using SelfCare.Platform.Shell;

namespace SelfCare.Host.Themes;

/// <summary>The installed themes: assemblies marked with <see cref="PortalThemeAttribute"/>.</summary>
internal sealed class ThemeCatalog
{
    public const string DefaultTheme = "Default";

    public ThemeCatalog(IEnumerable<Assembly> assemblies)
    {
        Themes = assemblies
            .SelectMany(a => a.GetCustomAttributes<PortalThemeAttribute>().Select(t => new InstalledTheme(t, $"_content/{a.GetName().Name}")))
            .ToDictionary(t => t.Info.Name, StringComparer.OrdinalIgnoreCase);
        if (!Themes.ContainsKey(DefaultTheme))
            throw new InvalidOperationException("The Default theme is not installed.");
    }

    public IReadOnlyDictionary<string, InstalledTheme> Themes { get; }

    public InstalledTheme Get(string? name) =>
        name is not null && Themes.TryGetValue(name, out var theme) ? theme : Themes[DefaultTheme];

    public static ThemeCatalog Discover() => new(
        Directory.EnumerateFiles(AppContext.BaseDirectory, "SelfCare.Themes.*.dll")
            .Select(f => Assembly.Load(AssemblyName.GetAssemblyName(f))));
}
