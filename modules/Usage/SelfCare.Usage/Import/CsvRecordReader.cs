using System.Text;

namespace SelfCare.Usage.Import;

/// <summary>
/// RFC 4180 records from a text stream, read in 64 KB chunks (memory stays flat whatever the file size). Fields are
/// capped in length and count, so a hostile file (one endless quoted field) fails fast with its line number.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader)
{
    public const int MaxFieldLength = 1000;
    public const int MaxFields = 40;

    private readonly char[] _buffer = new char[64 * 1024];
    private readonly StringBuilder _field = new();
    private int _pos;
    private int _len;
    private int _line = 1;

    /// <summary>The line the last record read starts on (1-based).</summary>
    public int RecordLine { get; private set; }

    /// <summary>The next record's fields, or null at the end.</summary>
    public async ValueTask<List<string>?> ReadAsync(CancellationToken ct)
    {
        var fields = new List<string>();
        _field.Clear();
        bool inQuotes = false, closing = false, quoted = false, any = false;
        RecordLine = _line;
        while (true)
        {
            if (_pos == _len)
            {
                _len = await reader.ReadAsync(_buffer, ct);
                _pos = 0;
                if (_len == 0)
                {
                    if (inQuotes && !closing)
                        throw Fail("A quoted field is not closed before the end of the file.");
                    if (!any)
                        return null;
                    fields.Add(_field.ToString());
                    return fields;
                }
            }
            var c = _buffer[_pos++];
            any = true;
            if (inQuotes)
            {
                if (closing)
                {
                    closing = false;
                    if (c == '"')
                    {
                        Append(c);
                        continue;
                    }
                    inQuotes = false;
                }
                else
                {
                    if (c == '"')
                        closing = true;
                    else
                    {
                        if (c == '\n')
                            _line++;
                        Append(c);
                    }
                    continue;
                }
            }
            switch (c)
            {
                case '"' when _field.Length == 0 && !quoted:
                    inQuotes = quoted = true;
                    break;
                case '"':
                    throw Fail("A quote appears inside a field that does not start with one.");
                case ',':
                    AddField(fields);
                    quoted = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    _line++;
                    AddField(fields);
                    return fields;
                default:
                    if (quoted)
                        throw Fail("Text follows the closing quote of a field.");
                    Append(c);
                    break;
            }
        }
    }

    private void AddField(List<string> fields)
    {
        if (fields.Count == MaxFields)
            throw Fail($"A line can have at most {MaxFields} fields.");
        fields.Add(_field.ToString());
        _field.Clear();
    }

    private void Append(char c)
    {
        if (_field.Length == MaxFieldLength)
            throw Fail($"A field is longer than {MaxFieldLength} characters.");
        _field.Append(c);
    }

    private CdrFormatException Fail(string message) => new(new CdrRowError($"line {RecordLine}", "", message));
}
