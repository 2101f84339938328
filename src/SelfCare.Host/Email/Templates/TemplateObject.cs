using System.Collections;

namespace SelfCare.Host.Email.Templates;

/// <summary>
/// A DTO as the template sees it: named values only (strings, numbers, booleans, nested objects and lists).
/// Iterating it ({{#each this}}) is charged to the render budget.
/// </summary>
internal sealed class TemplateObject(Dictionary<string, object?> values, RenderBudget? budget) : IReadOnlyDictionary<string, object?>
{
    public object? this[string key] => values[key];
    public IEnumerable<string> Keys => values.Keys;
    public IEnumerable<object?> Values => values.Values;
    public int Count => values.Count;
    public bool ContainsKey(string key) => values.ContainsKey(key);
    public bool TryGetValue(string key, out object? value) => values.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        foreach (var pair in values)
        {
            budget?.Iterate();
            yield return pair;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // {{this}} on an object prints nothing rather than a type name.
    public override string ToString() => "";
}
