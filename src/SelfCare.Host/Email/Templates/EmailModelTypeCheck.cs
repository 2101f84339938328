using System.Reflection;

namespace SelfCare.Host.Email.Templates;

/// <summary>
/// Decides whether a type may be an email model: a plain DTO (record, class or struct of this application)
/// whose public properties are strings, numbers, booleans, dates, enums, Guids, nested DTOs or lists and
/// arrays of those. Anything else (services, entities with navigation to the app, framework types, object,
/// dictionaries, delegates) is refused when the template is registered.
/// </summary>
internal static class EmailModelTypeCheck
{
    private static readonly HashSet<Type> Leaves =
    [
        typeof(string), typeof(bool), typeof(char), typeof(byte), typeof(short), typeof(int), typeof(long),
        typeof(float), typeof(double), typeof(decimal), typeof(DateTime), typeof(DateTimeOffset), typeof(DateOnly),
        typeof(TimeOnly), typeof(TimeSpan), typeof(Guid),
    ];

    private static readonly HashSet<Type> ListTypes =
    [
        typeof(List<>), typeof(IList<>), typeof(IReadOnlyList<>), typeof(IEnumerable<>), typeof(IReadOnlyCollection<>), typeof(ICollection<>),
    ];

    public static bool IsLeaf(Type type)
    {
        var actual = Nullable.GetUnderlyingType(type) ?? type;
        return Leaves.Contains(actual) || actual.IsEnum;
    }

    public static Type? ElementOf(Type type)
    {
        if (type.IsArray)
            return type.GetArrayRank() == 1 ? type.GetElementType() : null;
        return type.IsGenericType && ListTypes.Contains(type.GetGenericTypeDefinition()) ? type.GetGenericArguments()[0] : null;
    }

    /// <summary>The public instance properties a template sees, in declaration order.</summary>
    public static PropertyInfo[] PropertiesOf(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true } && p.Name != "EqualityContract")
            .ToArray();

    /// <summary>Null when <paramref name="type"/> is a valid email model, otherwise what is wrong with it.</summary>
    public static string? Problem(Type type) => CheckDto(type, type.Name, []);

    private static string? CheckDto(Type type, string path, HashSet<Type> onPath)
    {
        if (IsLeaf(type) || ElementOf(type) is not null)
            return $"{path} must be a DTO class or record, not {Describe(type)}.";
        var ns = type.Namespace ?? "";
        if (type.IsAbstract || type.IsInterface || type.IsGenericTypeDefinition || typeof(Delegate).IsAssignableFrom(type)
            || type.IsPointer || type.IsByRef || type == typeof(object)
            || ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal) || ns.StartsWith("Microsoft.", StringComparison.Ordinal)
            || typeof(System.Collections.IEnumerable).IsAssignableFrom(type))
            return $"{path} is {Describe(type)}, which is not a plain DTO. Use a record or class of strings, numbers, dates, enums and lists of DTOs.";
        if (type.GetFields(BindingFlags.Public | BindingFlags.Instance).Length > 0)
            return $"{path} has public fields; use properties.";
        if (!onPath.Add(type))
            return null; // a recursive DTO (a tree); the converter limits how deep an instance may go
        try
        {
            foreach (var property in PropertiesOf(type))
            {
                var problem = CheckMember(property.PropertyType, $"{path}.{property.Name}", onPath);
                if (problem is not null)
                    return problem;
            }
            return null;
        }
        finally
        {
            onPath.Remove(type);
        }
    }

    private static string? CheckMember(Type type, string path, HashSet<Type> onPath)
    {
        if (IsLeaf(type))
            return null;
        if (ElementOf(type) is { } element)
            return IsLeaf(element) ? null : ElementOf(element) is not null
                ? $"{path} is a list of lists; wrap the inner list in a DTO."
                : CheckDto(element, path + "[]", onPath);
        return CheckDto(Nullable.GetUnderlyingType(type) ?? type, path, onPath);
    }

    private static string Describe(Type type) => type.IsInterface ? $"the interface {type.Name}" : $"the type {type.FullName}";
}
