using System.Globalization;

namespace SelfCare.Platform.Lists;

/// <summary>The route values of a list page's filters, so paging, export and calendar links keep them.</summary>
public static class ListRoute
{
    /// <summary><paramref name="extra"/> (e.g. the page number) plus each filter that is set.</summary>
    public static Dictionary<string, string> Build(
        string? query, Guid? account, string? status, DateOnly? from, DateOnly? to, Dictionary<string, string>? extra = null)
    {
        var route = extra ?? [];
        if (!string.IsNullOrWhiteSpace(query))
            route.TryAdd("q", query);
        if (account is { } a)
            route.TryAdd("account", a.ToString());
        if (status is not null)
            route.TryAdd("status", status);
        if (from is { } f)
            route.TryAdd("from", Iso(f));
        if (to is { } t)
            route.TryAdd("to", Iso(t));
        return route;
    }

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
