namespace SelfCare.Platform.Api;

/// <summary>Collects per-field validation messages for a 400 problem body (<c>errors: { field: [messages] }</c>).</summary>
public sealed class ApiErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public ApiErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
            _errors[field] = list = [];
        list.Add(message);
        return this;
    }

    public bool Has(string field) => _errors.ContainsKey(field);

    /// <summary>Adds "{label} is required." when <paramref name="value"/> is blank, "... at most N characters" when too long.</summary>
    public ApiErrors Text(string field, string label, string? value, int maxLength, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
                Add(field, $"{label} is required.");
        }
        else if (value.Trim().Length > maxLength)
            Add(field, $"{label} can have at most {maxLength} characters.");
        return this;
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public void ThrowIfAny()
    {
        if (Any)
            throw ApiProblemException.Validation(ToDictionary());
    }
}
