using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using SelfCare.Platform.Documents;

namespace SelfCare.Host.Documents;

/// <summary>
/// Writes sheet1.xml through OpenXmlWriter, one element at a time (SAX-style): the frozen header row, typed
/// cells with inline strings (no shared-string table, which would hold every distinct string until the end),
/// the auto-filter. Element instances and attribute arrays are built once and reused for every cell.
/// </summary>
internal sealed partial class XlsxSheetWriter<T>
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    private static readonly OpenXmlAttribute[] NoAttributes = [];
    private static readonly OpenXmlAttribute[] Preserve = [new("xml", "space", XmlNamespace, "preserve")];

    private readonly OpenXmlWriter _writer;
    private readonly IReadOnlyList<ExportColumn<T>> _columns;
    private readonly XlsxStyles _styles;
    private readonly OpenXmlAttribute[][] _valueAttributes;
    private readonly OpenXmlAttribute[][] _textAttributes;
    private readonly OpenXmlAttribute[] _headerAttributes;
    private readonly Row _row = new();
    private readonly Cell _cell = new();
    private readonly CellValue _value = new();
    private readonly InlineString _inline = new();
    private readonly Text _text = new();

    public XlsxSheetWriter(OpenXmlWriter writer, IReadOnlyList<ExportColumn<T>> columns, XlsxStyles styles)
    {
        _writer = writer;
        _columns = columns;
        _styles = styles;
        _valueAttributes = styles.ColumnStyles.Select(s => s == 0 ? NoAttributes : new[] { Style(s) }).ToArray();
        _textAttributes = styles.ColumnStyles.Select(s => s == 0 ? new[] { InlineType() } : new[] { InlineType(), Style(s) }).ToArray();
        _headerAttributes = [InlineType(), Style(XlsxStyles.HeaderStyle)];
    }

    [GeneratedRegex("_(x[0-9A-Fa-f]{4}_)")]
    private static partial Regex ExcelEscape();

    private static OpenXmlAttribute Style(uint index) => new("s", "", index.ToString(CultureInfo.InvariantCulture));

    private static OpenXmlAttribute InlineType() => new("t", "", "inlineStr");

    public void WriteStart()
    {
        _writer.WriteStartDocument();
        _writer.WriteStartElement(new Worksheet());
        _writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        {
            TabSelected = true, WorkbookViewId = 0,
        }));
        _writer.WriteElement(new Columns(_columns.Select((c, i) => new Column
        {
            Min = (uint)i + 1, Max = (uint)i + 1, Width = WidthOf(c), CustomWidth = true,
        })));
        _writer.WriteStartElement(new SheetData());

        _writer.WriteStartElement(_row, [new OpenXmlAttribute("r", "", "1")]);
        foreach (var column in _columns)
            WriteText(CellText.Clean(column.Header), _headerAttributes);
        _writer.WriteEndElement();
    }

    public void WriteRow(T item, int rowNumber)
    {
        _writer.WriteStartElement(_row, [new OpenXmlAttribute("r", "", rowNumber.ToString(CultureInfo.InvariantCulture))]);
        for (var i = 0; i < _columns.Count; i++)
        {
            var column = _columns[i];
            var value = column.ValueOf(item);
            var number = value.HasValue ? NumberText(column.Kind, value) : null;
            if (!value.HasValue)
                WriteEmpty(_valueAttributes[i]);
            else if (column.Kind == ExportColumnKind.Text)
                WriteText(CellText.Clean(value.Text!), _textAttributes[i]);
            else if (number is not null)
                WriteNumber(number, _valueAttributes[i]);
            else if (column.Kind is ExportColumnKind.Date or ExportColumnKind.DateTime)
                WriteText(value.Moment.ToString(column.Kind == ExportColumnKind.Date ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), _textAttributes[i]);
            else
                WriteEmpty(_valueAttributes[i]); // NaN or infinity: no number to write
        }
        _writer.WriteEndElement();
    }

    /// <summary>Closes the sheet data, adds the auto-filter over the header and every row written.</summary>
    public void WriteEnd(string filterReference)
    {
        _writer.WriteEndElement(); // sheetData
        _writer.WriteElement(new AutoFilter { Reference = filterReference });
        _writer.WriteEndElement(); // worksheet
    }

    /// <summary>The cell's value as OOXML number text, or null when it must not be a number.</summary>
    private static string? NumberText(ExportColumnKind kind, ExportValue value) => kind switch
    {
        ExportColumnKind.Number => double.IsFinite(value.Real) ? value.Real.ToString("R", CultureInfo.InvariantCulture) : null,
        ExportColumnKind.Integer => value.Whole.ToString(CultureInfo.InvariantCulture),
        ExportColumnKind.Money or ExportColumnKind.Percent => value.Exact.ToString(CultureInfo.InvariantCulture),
        // Excel's serial dates start in 1900 (and 1900-02-29 is a phantom): earlier dates stay text.
        ExportColumnKind.Date or ExportColumnKind.DateTime when value.Moment >= new DateTime(1900, 3, 1) =>
            value.Moment.ToOADate().ToString("R", CultureInfo.InvariantCulture),
        _ => null,
    };

    private static double WidthOf(ExportColumn<T> column)
    {
        if (column.Width is { } width)
            return width;
        var byKind = column.Kind switch
        {
            ExportColumnKind.Text => 24,
            ExportColumnKind.Integer => 12,
            ExportColumnKind.Date => 12,
            ExportColumnKind.DateTime => 18,
            ExportColumnKind.Money => 16,
            ExportColumnKind.Percent => 10,
            _ => 14,
        };
        // Room for the header and its filter button.
        return Math.Min(255, Math.Max(byKind, column.Header.Length + 4));
    }

    private void WriteEmpty(OpenXmlAttribute[] attributes)
    {
        _writer.WriteStartElement(_cell, attributes);
        _writer.WriteEndElement();
    }

    private void WriteNumber(string number, OpenXmlAttribute[] attributes)
    {
        _writer.WriteStartElement(_cell, attributes);
        _writer.WriteStartElement(_value);
        _writer.WriteString(number);
        _writer.WriteEndElement();
        _writer.WriteEndElement();
    }

    private void WriteText(string text, OpenXmlAttribute[] attributes)
    {
        // Excel reads _xHHHH_ in text as an escaped character; escaping the underscore keeps such text literal.
        if (text.Contains("_x", StringComparison.Ordinal))
            text = ExcelEscape().Replace(text, "_x005F_$1");
        _writer.WriteStartElement(_cell, attributes);
        _writer.WriteStartElement(_inline);
        var keepSpaces = text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]));
        _writer.WriteStartElement(_text, keepSpaces ? Preserve : NoAttributes);
        _writer.WriteString(text);
        _writer.WriteEndElement();
        _writer.WriteEndElement();
        _writer.WriteEndElement();
    }
}
