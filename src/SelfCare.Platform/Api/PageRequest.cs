using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace SelfCare.Platform.Api;

/// <summary>
/// <c>?page=1&amp;pageSize=50</c> of a v1 list. Bound by minimal APIs through <see cref="BindAsync"/>: a bad
/// value (not a number, below 1, page size above <see cref="MaxPageSize"/>) answers 400 with the field named.
/// </summary>
public sealed record PageRequest(int Page, int PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    // Keeps (Page - 1) * PageSize inside an int.
    public const int MaxPage = 1_000_000;

    public int Skip => (Page - 1) * PageSize;

    public static ValueTask<PageRequest?> BindAsync(HttpContext context)
    {
        var errors = new ApiErrors();
        var page = Read(context, "page", 1, MaxPage, 1, errors);
        var size = Read(context, "pageSize", DefaultPageSize, MaxPageSize, 1, errors);
        errors.ThrowIfAny();
        return ValueTask.FromResult<PageRequest?>(new PageRequest(page, size));
    }

    private static int Read(HttpContext context, string name, int fallback, int max, int min, ApiErrors errors)
    {
        var values = context.Request.Query[name];
        if (values.Count == 0)
            return fallback;
        if (values.Count > 1)
        {
            errors.Add(name, $"Give {name} once.");
            return fallback;
        }
        if (!int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            errors.Add(name, $"{name} must be a whole number from {min} to {max}.");
            return fallback;
        }
        return value;
    }
}
