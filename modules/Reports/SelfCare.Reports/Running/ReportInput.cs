namespace SelfCare.Reports.Running;

/// <summary>
/// A run's parameters as typed on the form (and in the run page's query string): <c>from</c>/<c>to</c> as local
/// <c>yyyy-MM-ddTHH:mm</c> in the tenant's zone, <c>cycle</c> as <c>yyyy-MM</c>, <c>account</c> as an account id or
/// <c>group:</c> and a Manage Hierarchy group id, and
/// <c>c.{key}</c> per choice parameter.
/// </summary>
internal sealed record ReportInput(IReadOnlyDictionary<string, string> Values)
{
    public const string From = "from";
    public const string To = "to";
    public const string Cycle = "cycle";
    public const string Account = "account";
    public const string ChoicePrefix = "c.";
    public const string GroupPrefix = "group:";

    public static readonly ReportInput Empty = new(new Dictionary<string, string>());

    public string? this[string key] => Values.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    /// <summary>Only the parameter fields of a query string (paging, handlers and tokens dropped).</summary>
    public static ReportInput FromQuery(IEnumerable<KeyValuePair<string, string>> pairs) =>
        new(pairs.Where(p => IsParameter(p.Key)).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().Value));

    public static bool IsParameter(string key) =>
        key is From or To or Cycle or Account || key.StartsWith(ChoicePrefix, StringComparison.Ordinal);

    /// <summary>The query string of these values (for links, saved reports, background runs).</summary>
    public string ToQuery() => string.Join("&", Values.Where(v => !string.IsNullOrEmpty(v.Value))
        .OrderBy(v => v.Key, StringComparer.Ordinal)
        .Select(v => $"{Uri.EscapeDataString(v.Key)}={Uri.EscapeDataString(v.Value)}"));

    public static ReportInput ParseQuery(string query) =>
        FromQuery(query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(part =>
        {
            var eq = part.IndexOf('=');
            return eq < 0
                ? KeyValuePair.Create(Uri.UnescapeDataString(part), "")
                : KeyValuePair.Create(Uri.UnescapeDataString(part[..eq]), Uri.UnescapeDataString(part[(eq + 1)..]));
        }));
}
