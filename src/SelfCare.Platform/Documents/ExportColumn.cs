namespace SelfCare.Platform.Documents;

/// <summary>
/// One column of an export: its header, how to read the value from a row, and its kind (which decides the
/// Excel cell type and number format and the CSV text). Build columns with the factories, once per page
/// (they hold no state), e.g.
/// <code>ExportColumn&lt;Invoice&gt;.Money("Amount due", i =&gt; i.AmountDue, "USD")</code>.
/// </summary>
public sealed class ExportColumn<T>
{
    private readonly Func<T, ExportValue> _value;

    private ExportColumn(string header, ExportColumnKind kind, Func<T, ExportValue> value, string? currency, int? decimals, double? width)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(header);
        if (width is <= 0 or > 255)
            throw new ArgumentOutOfRangeException(nameof(width), width, "A column width is between 1 and 255 characters.");
        if (decimals is < 0 or > 10)
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "Decimals are between 0 and 10.");
        Header = header;
        Kind = kind;
        _value = value;
        Currency = currency;
        Decimals = decimals;
        Width = width;
    }

    public string Header { get; }

    public ExportColumnKind Kind { get; }

    /// <summary>ISO 4217 code (upper case) of a <see cref="ExportColumnKind.Money"/> column; null otherwise.</summary>
    public string? Currency { get; }

    /// <summary>Fixed decimals of a <see cref="ExportColumnKind.Number"/> column; null: as many as the value has.</summary>
    public int? Decimals { get; }

    /// <summary>Excel column width in characters; null: a default for the kind, at least the header's length.</summary>
    public double? Width { get; }

    /// <summary>The cell value of <paramref name="row"/>.</summary>
    public ExportValue ValueOf(T row) => _value(row);

    /// <summary>A column whose kind is known only at run time (a report's columns); <paramref name="currency"/> is required for Money.</summary>
    public static ExportColumn<T> OfKind(string header, ExportColumnKind kind, Func<T, ExportValue> value, string? currency = null)
    {
        if (kind == ExportColumnKind.Money && (currency is not { Length: 3 } || !currency.All(char.IsAsciiLetter)))
            throw new ArgumentException($"'{currency}' is not an ISO 4217 currency code such as USD.", nameof(currency));
        return new(header, kind, value, kind == ExportColumnKind.Money ? currency!.ToUpperInvariant() : null, null, null);
    }

    public static ExportColumn<T> Text(string header, Func<T, string?> value, double? width = null) =>
        new(header, ExportColumnKind.Text, r => ExportValue.OfText(value(r)), null, null, width);

    public static ExportColumn<T> Number(string header, Func<T, double?> value, int? decimals = null, double? width = null) =>
        new(header, ExportColumnKind.Number, r => ExportValue.OfReal(value(r)), null, decimals, width);

    public static ExportColumn<T> Integer(string header, Func<T, long?> value, double? width = null) =>
        new(header, ExportColumnKind.Integer, r => ExportValue.OfWhole(value(r)), null, null, width);

    public static ExportColumn<T> Date(string header, Func<T, DateOnly?> value, double? width = null) =>
        new(header, ExportColumnKind.Date, r => ExportValue.OfMoment(value(r)?.ToDateTime(TimeOnly.MinValue)), null, null, width);

    /// <summary>
    /// A date and time. Spreadsheets have no time zones: pass the wall-clock time the reader should see
    /// (e.g. converted to the tenant's time zone); the <see cref="DateTime.Kind"/> is ignored.
    /// </summary>
    public static ExportColumn<T> DateTime(string header, Func<T, DateTime?> value, double? width = null) =>
        new(header, ExportColumnKind.DateTime, r => ExportValue.OfMoment(value(r)), null, null, width);

    /// <summary>An amount in <paramref name="currency"/> (ISO 4217, e.g. USD), with that currency's decimals.</summary>
    public static ExportColumn<T> Money(string header, Func<T, decimal?> value, string currency, double? width = null)
    {
        if (currency is not { Length: 3 } || !currency.All(char.IsAsciiLetter))
            throw new ArgumentException($"'{currency}' is not an ISO 4217 currency code such as USD.", nameof(currency));
        return new(header, ExportColumnKind.Money, r => ExportValue.OfExact(value(r)), currency.ToUpperInvariant(), null, width);
    }

    /// <summary>A fraction shown as a percentage: 0.125 is 12.50 %.</summary>
    public static ExportColumn<T> Percent(string header, Func<T, decimal?> value, double? width = null) =>
        new(header, ExportColumnKind.Percent, r => ExportValue.OfExact(value(r)), null, null, width);
}
