namespace SelfCare.Platform.Documents;

/// <summary>How a column's values are written: the cell type and number format in Excel, the text form in CSV.</summary>
public enum ExportColumnKind
{
    /// <summary>Text as given (sanitized: see <see cref="ITableExporter"/>).</summary>
    Text,

    /// <summary>A number with a fraction; Excel format General, or fixed decimals when the column says so.</summary>
    Number,

    /// <summary>A whole number, format <c>0</c> (no thousands separator: account numbers stay readable).</summary>
    Integer,

    /// <summary>A calendar date, written as a real Excel date (format <c>yyyy-mm-dd</c>); CSV <c>2026-05-01</c>.</summary>
    Date,

    /// <summary>A wall-clock date and time, real Excel date (format <c>yyyy-mm-dd hh:mm</c>); CSV <c>2026-05-01 14:30:00</c>.</summary>
    DateTime,

    /// <summary>An amount in the column's ISO 4217 currency, with that currency's symbol and decimals.</summary>
    Money,

    /// <summary>A fraction shown as a percentage (0.125 is 12.50 %); CSV <c>12.5%</c>.</summary>
    Percent,
}
