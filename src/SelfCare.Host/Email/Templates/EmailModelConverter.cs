using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text.Json;
using SelfCare.Platform.Email;

namespace SelfCare.Host.Email.Templates;

/// <summary>
/// Copies a DTO into the only values a template can reach (<see cref="TemplateObject"/>, <see cref="TemplateList"/>,
/// strings, numbers, booleans), with camelCase names. For the HTML part every string is HTML-encoded here, so
/// no template syntax (not even {{{triple}}}) can emit a model value unencoded.
/// </summary>
internal static class EmailModelConverter
{
    private const int MaxDepth = 10;
    private static readonly ConcurrentDictionary<Type, (string Name, PropertyInfo Property)[]> Properties = new();

    public static TemplateObject Convert(object model, bool htmlEncode, RenderBudget? budget) =>
        (TemplateObject)ConvertValue(model, htmlEncode, budget, 0)!;

    /// <summary>A template object from named values the platform supplies (brand, portal address).</summary>
    public static TemplateObject FromValues(IEnumerable<KeyValuePair<string, object?>> values, bool htmlEncode, RenderBudget? budget) =>
        new(values.ToDictionary(v => v.Key, v => ConvertValue(v.Value, htmlEncode, budget, 1)), budget);

    // Checked per runtime type too, so a derived or mistyped value cannot smuggle a non-DTO into a template.
    private static (string, PropertyInfo)[] PropertiesOf(Type type) =>
        EmailModelTypeCheck.Problem(type) is { } problem
            ? throw new EmailTemplateException("The email model is not a plain DTO: " + problem)
            : EmailModelTypeCheck.PropertiesOf(type).Select(p => (CamelCase(p.Name), p)).ToArray();

    public static string CamelCase(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    private static object? ConvertValue(object? value, bool htmlEncode, RenderBudget? budget, int depth)
    {
        switch (value)
        {
            case null:
                return null;
            case string s:
                return htmlEncode ? WebUtility.HtmlEncode(s) : s;
            case bool or byte or short or int or long or float or double or decimal:
                return value;
            case TemplateObject:
                return value;
            case char c:
                return ConvertValue(c.ToString(), htmlEncode, budget, depth);
            case Enum or Guid or TimeSpan or TimeOnly:
                return ConvertValue(System.Convert.ToString(value, CultureInfo.InvariantCulture), htmlEncode, budget, depth);
            case DateTime d:
                return d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            case DateTimeOffset o:
                return o.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
            case DateOnly date:
                return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        if (depth >= MaxDepth)
            throw new EmailTemplateException($"The email model is nested more than {MaxDepth} levels deep.");
        if (value is IEnumerable list)
        {
            var items = new List<object?>();
            foreach (var item in list)
                items.Add(ConvertValue(item, htmlEncode, budget, depth + 1));
            return new TemplateList(items, budget);
        }
        var properties = Properties.GetOrAdd(value.GetType(), PropertiesOf);
        var values = new Dictionary<string, object?>(properties.Length, StringComparer.Ordinal);
        foreach (var (name, property) in properties)
            values[name] = ConvertValue(property.GetValue(value), htmlEncode, budget, depth + 1);
        return new TemplateObject(values, budget);
    }
}
