using System.Globalization;

namespace SelfCare.Host.Documents;

/// <summary>A currency's display: symbol (or its ISO code) and minor-unit decimals, as Excel and CSV formats.</summary>
internal sealed record CurrencyFormat(string Code, string Symbol, int Decimals, bool SymbolFirst)
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["USD"] = "$", ["CAD"] = "CA$", ["AUD"] = "A$", ["NZD"] = "NZ$", ["MXN"] = "MX$", ["EUR"] = "€", ["GBP"] = "£",
        ["JPY"] = "¥", ["CNY"] = "CN¥", ["INR"] = "₹", ["KRW"] = "₩", ["BRL"] = "R$",
    };

    // ISO 4217 minor units that differ from 2.
    private static readonly Dictionary<string, int> MinorUnits = new(StringComparer.Ordinal)
    {
        ["JPY"] = 0, ["KRW"] = 0, ["VND"] = 0, ["CLP"] = 0, ["ISK"] = 0, ["UGX"] = 0, ["XAF"] = 0, ["XOF"] = 0, ["PYG"] = 0,
        ["BHD"] = 3, ["KWD"] = 3, ["OMR"] = 3, ["JOD"] = 3, ["TND"] = 3, ["IQD"] = 3, ["LYD"] = 3,
    };

    public static CurrencyFormat For(string code) =>
        Symbols.TryGetValue(code, out var symbol)
            ? new(code, symbol, MinorUnits.GetValueOrDefault(code, 2), SymbolFirst: true)
            : new(code, code, MinorUnits.GetValueOrDefault(code, 2), SymbolFirst: false);

    /// <summary>Excel number format: "$"#,##0.00 for known symbols, #,##0.00 "CHF" otherwise; negatives with a minus.</summary>
    public string ExcelFormat
    {
        get
        {
            var number = Decimals == 0 ? "#,##0" : "#,##0." + new string('0', Decimals);
            var positive = SymbolFirst ? $"\"{Symbol}\"{number}" : $"{number} \"{Symbol}\"";
            return $"{positive};-{positive}";
        }
    }

    /// <summary>CSV text: the amount with the currency's decimals (rounded half away from zero), no symbol.</summary>
    public string CsvText(decimal amount) =>
        Math.Round(amount, Decimals, MidpointRounding.AwayFromZero).ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
