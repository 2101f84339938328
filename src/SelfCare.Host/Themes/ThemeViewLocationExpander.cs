using Microsoft.AspNetCore.Mvc.Razor;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Themes;

/// <summary>
/// Looks for views in the tenant's theme first (/Themes/{theme}/), then the Default theme. The theme is
/// part of the view cache key (PopulateValues), so one tenant is never served another's cached views.
/// </summary>
internal sealed class ThemeViewLocationExpander : IViewLocationExpander
{
    private const string Key = "theme";

    public void PopulateValues(ViewLocationExpanderContext context) =>
        context.Values[Key] = context.ActionContext.HttpContext.RequestServices
            .GetRequiredService<ITenantContext>().Tenant?.Theme ?? ThemeCatalog.DefaultTheme;

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        var theme = context.Values.TryGetValue(Key, out var value) ? value : ThemeCatalog.DefaultTheme;
        yield return $"/Themes/{theme}/{{0}}.cshtml";
        if (!string.Equals(theme, ThemeCatalog.DefaultTheme, StringComparison.OrdinalIgnoreCase))
            yield return $"/Themes/{ThemeCatalog.DefaultTheme}/{{0}}.cshtml";
        foreach (var location in viewLocations)
            yield return location;
    }
}
