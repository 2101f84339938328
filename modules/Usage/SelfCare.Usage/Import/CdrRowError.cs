namespace SelfCare.Usage.Import;

/// <summary>What is wrong with one field of one row; <paramref name="Row"/> is "rows[3]" (JSON) or "line 5" (CSV).</summary>
internal sealed record CdrRowError(string Row, string Field, string Message)
{
    public string Key => Field.Length == 0 ? Row : $"{Row}.{Field}";
}
