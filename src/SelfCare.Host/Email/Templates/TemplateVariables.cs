namespace SelfCare.Host.Email.Templates;

/// <summary>Lists the variables a model type offers a template, and the platform's own (@brand, @portalUrl, @tenantName).</summary>
internal static class TemplateVariables
{
    public static IReadOnlyList<TemplateVariable> Platform { get; } =
    [
        new("{{@tenantName}}", "text: the tenant's name", 0),
        new("{{@portalUrl}}", "text: the portal's address", 0),
        new("{{@brand.title}}", "text: portal title", 0),
        new("{{@brand.primaryColor}}", "text: brand colour, e.g. #1f4e79", 0),
        new("{{@brand.accentColor}}", "text: accent colour", 0),
        new("{{@brand.logoUrl}}", "text: logo address", 0),
        new("{{@brand.footer}}", "text: footer text", 0),
        new("{{@brand.supportPhone}}", "text: support phone", 0),
        new("{{@brand.supportEmail}}", "text: support email", 0),
        new("{{@brand.supportHours}}", "text: support hours", 0),
    ];

    public static IReadOnlyList<TemplateVariable> Of(Type modelType)
    {
        var result = new List<TemplateVariable>();
        Add(modelType, 0, result, []);
        return result;
    }

    private static void Add(Type type, int depth, List<TemplateVariable> result, HashSet<Type> onPath)
    {
        if (!onPath.Add(type))
            return;
        foreach (var property in EmailModelTypeCheck.PropertiesOf(type))
        {
            var name = EmailModelConverter.CamelCase(property.Name);
            var propertyType = property.PropertyType;
            if (EmailModelTypeCheck.IsLeaf(propertyType))
                result.Add(new($"{{{{{name}}}}}", KindOf(propertyType), depth));
            else if (EmailModelTypeCheck.ElementOf(propertyType) is { } element)
            {
                if (EmailModelTypeCheck.IsLeaf(element))
                    result.Add(new($"{{{{#each {name}}}}}{{{{this}}}}{{{{/each}}}}", $"list of {KindOf(element)}", depth));
                else
                {
                    result.Add(new($"{{{{#each {name}}}}} … {{{{/each}}}}", $"list; inside the loop:", depth));
                    Add(element, depth + 1, result, onPath);
                }
            }
            else
            {
                result.Add(new($"{{{{#with {name}}}}} … {{{{/with}}}}", "group; inside:", depth));
                Add(Nullable.GetUnderlyingType(propertyType) ?? propertyType, depth + 1, result, onPath);
            }
        }
        onPath.Remove(type);
    }

    private static string KindOf(Type type)
    {
        var actual = Nullable.GetUnderlyingType(type) ?? type;
        return actual switch
        {
            _ when actual == typeof(string) || actual == typeof(char) || actual == typeof(Guid) => "text",
            _ when actual == typeof(bool) => "yes/no (use with {{#if}})",
            _ when actual == typeof(DateTime) || actual == typeof(DateOnly) || actual == typeof(DateTimeOffset) => "date, e.g. 2026-11-21",
            _ when actual.IsEnum => "one of " + string.Join(", ", Enum.GetNames(actual)),
            _ => "number",
        };
    }
}
