namespace SelfCare.Platform.Documents;

/// <summary>
/// One cell's value as a column produced it, without boxing: text, a double, a decimal, a whole number or a
/// date-time, or nothing. Built by <see cref="ExportColumn{T}"/>'s factories; exporters read it.
/// </summary>
public readonly struct ExportValue
{
    private ExportValue(bool hasValue, string? text, double real, decimal exact, long whole, DateTime moment)
    {
        HasValue = hasValue;
        Text = text;
        Real = real;
        Exact = exact;
        Whole = whole;
        Moment = moment;
    }

    /// <summary>False for a missing value: an empty cell.</summary>
    public bool HasValue { get; }

    /// <summary>The value of a <see cref="ExportColumnKind.Text"/> column.</summary>
    public string? Text { get; }

    /// <summary>The value of a <see cref="ExportColumnKind.Number"/> column.</summary>
    public double Real { get; }

    /// <summary>The value of a <see cref="ExportColumnKind.Money"/> or <see cref="ExportColumnKind.Percent"/> column.</summary>
    public decimal Exact { get; }

    /// <summary>The value of an <see cref="ExportColumnKind.Integer"/> column.</summary>
    public long Whole { get; }

    /// <summary>The value of a <see cref="ExportColumnKind.Date"/> (time 00:00) or <see cref="ExportColumnKind.DateTime"/> column.</summary>
    public DateTime Moment { get; }

    public static ExportValue Empty => default;

    public static ExportValue OfText(string? text) => text is null ? default : new(true, text, 0, 0, 0, default);

    public static ExportValue OfReal(double? value) => value is { } v ? new(true, null, v, 0, 0, default) : default;

    public static ExportValue OfExact(decimal? value) => value is { } v ? new(true, null, 0, v, 0, default) : default;

    public static ExportValue OfWhole(long? value) => value is { } v ? new(true, null, 0, 0, v, default) : default;

    public static ExportValue OfMoment(DateTime? value) => value is { } v ? new(true, null, 0, 0, 0, v) : default;
}
