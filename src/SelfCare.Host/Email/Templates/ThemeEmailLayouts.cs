using System.Collections.Concurrent;
using System.Reflection;
using SelfCare.Host.Themes;

namespace SelfCare.Host.Email.Templates;

/// <summary>
/// Email layouts by theme. A theme ships <c>Email/layout.html</c> and <c>Email/layout.txt</c> as embedded
/// resources (logical names exactly those); a theme without them uses the Default theme's. Layouts see
/// <c>{{{body}}}</c>, <c>{{subject}}</c> and the same <c>@brand</c>, <c>@portalUrl</c>, <c>@tenantName</c> as templates.
/// Compiled once per theme: they are code shipped with the theme, not tenant data.
/// </summary>
internal sealed class ThemeEmailLayouts(ThemeCatalog themes, EmailTemplateEngine engine)
{
    public const string HtmlResource = "Email/layout.html";
    public const string TextResource = "Email/layout.txt";

    private const string FallbackHtml =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{{subject}}</title></head><body>{{{body}}}<hr><p>{{@brand.footer}}</p></body></html>";
    private const string FallbackText = "{{{body}}}\n\n-- \n{{@brand.title}}\n";

    private readonly ConcurrentDictionary<string, Lazy<EmailLayout>> _layouts = new(StringComparer.OrdinalIgnoreCase);

    public EmailLayout For(string? themeName)
    {
        var theme = themes.Get(themeName);
        return _layouts.GetOrAdd(theme.Info.Name, name => new Lazy<EmailLayout>(() => Load(name))).Value;
    }

    private EmailLayout Load(string themeName)
    {
        var html = Read(themeName, HtmlResource) ?? Read(ThemeCatalog.DefaultTheme, HtmlResource) ?? FallbackHtml;
        var text = Read(themeName, TextResource) ?? Read(ThemeCatalog.DefaultTheme, TextResource) ?? FallbackText;
        return new EmailLayout(themeName, engine.Compile(html, $"{themeName} email layout (HTML)"),
            engine.Compile(text, $"{themeName} email layout (text)"));
    }

    private string? Read(string themeName, string resource)
    {
        var theme = themes.Get(themeName);
        var assemblyName = theme.Assets.Split('/').Last();
        var assembly = Assembly.Load(new AssemblyName(assemblyName));
        using var stream = assembly.GetManifestResourceStream(resource);
        if (stream is null)
            return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
