using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using SelfCare.Platform.Documents;

namespace SelfCare.Host.Documents;

/// <summary>
/// The workbook's styles.xml, built from the columns before any row is written: style 0 is the default,
/// style 1 the header (bold, filled, bottom border), then one style per distinct number format the columns use.
/// </summary>
internal sealed class XlsxStyles
{
    public const uint HeaderStyle = 1;
    private const uint FirstCustomFormat = 164;
    private const uint BuiltInInteger = 1;   // "0"
    private const uint BuiltInPercent = 10;  // "0.00%"

    private readonly List<(uint FormatId, string Code)> _formats = [];
    private readonly List<uint> _cellFormatIds = [];

    public XlsxStyles(IReadOnlyList<ExportColumnKind> kinds, IReadOnlyList<string?> currencies, IReadOnlyList<int?> decimals)
    {
        ColumnStyles = new uint[kinds.Count];
        for (var i = 0; i < kinds.Count; i++)
        {
            ColumnStyles[i] = kinds[i] switch
            {
                ExportColumnKind.Text => 0,
                ExportColumnKind.Number when decimals[i] is null => 0,
                ExportColumnKind.Number => StyleFor(Custom(decimals[i] == 0 ? "#,##0" : "#,##0." + new string('0', decimals[i]!.Value))),
                ExportColumnKind.Integer => StyleFor(BuiltInInteger),
                ExportColumnKind.Date => StyleFor(Custom("yyyy-mm-dd")),
                ExportColumnKind.DateTime => StyleFor(Custom("yyyy-mm-dd hh:mm")),
                ExportColumnKind.Money => StyleFor(Custom(CurrencyFormat.For(currencies[i]!).ExcelFormat)),
                ExportColumnKind.Percent => StyleFor(BuiltInPercent),
                _ => 0,
            };
        }
    }

    /// <summary>The cell style index of each column's data cells.</summary>
    public uint[] ColumnStyles { get; }

    private uint Custom(string code)
    {
        var existing = _formats.FindIndex(f => f.Code == code);
        if (existing >= 0)
            return _formats[existing].FormatId;
        var id = FirstCustomFormat + (uint)_formats.Count;
        _formats.Add((id, code));
        return id;
    }

    private uint StyleFor(uint formatId)
    {
        var index = _cellFormatIds.IndexOf(formatId);
        if (index < 0)
        {
            _cellFormatIds.Add(formatId);
            index = _cellFormatIds.Count - 1;
        }
        return (uint)index + 2; // after the default and the header style
    }

    public Stylesheet Build()
    {
        var numberingFormats = new NumberingFormats(_formats
            .Select(f => new NumberingFormat { NumberFormatId = f.FormatId, FormatCode = f.Code }));
        numberingFormats.Count = (uint)numberingFormats.ChildElements.Count;

        var fonts = new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 };
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDCE3EC" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
        { Count = 3 };
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(),
                new BottomBorder(new Color { Rgb = "FF8497B0" }) { Style = BorderStyleValues.Thin }, new DiagonalBorder()))
        { Count = 2 };

        var cellFormats = new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat
            {
                NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 1, FormatId = 0,
                ApplyFont = true, ApplyFill = true, ApplyBorder = true,
            });
        foreach (var formatId in _cellFormatIds)
            cellFormats.Append(new CellFormat { NumberFormatId = formatId, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true });
        cellFormats.Count = (uint)cellFormats.ChildElements.Count;

        var stylesheet = new Stylesheet();
        if (numberingFormats.ChildElements.Count > 0)
            stylesheet.Append(numberingFormats);
        stylesheet.Append(fonts, fills, borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            cellFormats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
        return stylesheet;
    }
}
