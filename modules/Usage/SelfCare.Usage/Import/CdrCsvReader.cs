using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace SelfCare.Usage.Import;

/// <summary>
/// Reads CDRs from CSV with a header line naming the columns (any order, case-insensitive): id, start, from, to, direction,
/// durationSeconds, amount, currency (optional), serviceId, account, billingCycle (optional). Rows are named by line number.
/// </summary>
internal static class CdrCsvReader
{
    public static readonly string[] Required = ["id", "start", "from", "to", "direction", "durationSeconds", "amount", "serviceId", "account"];
    public static readonly string[] Optional = ["currency", "billingCycle"];

    public static async IAsyncEnumerable<CdrImportRow> ReadAsync(Stream body, [EnumeratorCancellation] CancellationToken ct)
    {
        using var text = new StreamReader(body, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        var records = new CsvRecordReader(text);
        var header = await records.ReadAsync(ct)
            ?? throw new CdrFormatException(new CdrRowError("line 1", "", "The file is empty: the first line must name the columns."));
        var columns = MapHeader(header);
        while (await records.ReadAsync(ct) is { } fields)
        {
            if (fields is [""])
                continue;
            var position = $"line {records.RecordLine}";
            if (fields.Count != header.Count)
            {
                yield return new CdrImportRow(position, null, null, null, null, null, null, null, null, null, null, null,
                    [("", $"The line has {fields.Count} fields; the header has {header.Count}.")]);
                continue;
            }
            string? Get(string name) => columns.TryGetValue(name, out var i) ? fields[i] : null;
            List<(string, string)>? errors = null;
            long? duration = null;
            if (long.TryParse(Get("durationSeconds"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var d))
                duration = d;
            else
                (errors ??= []).Add(("durationSeconds", $"The duration '{Cut(Get("durationSeconds"))}' is not a whole number of seconds."));
            decimal? amount = null;
            if (decimal.TryParse(Get("amount"), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var a))
                amount = a;
            else
                (errors ??= []).Add(("amount", $"The amount '{Cut(Get("amount"))}' is not a number such as 0.0125."));
            yield return new CdrImportRow(position, Get("id"), Get("start"), Get("from"), Get("to"), Get("direction"), duration, amount,
                Get("currency"), Get("serviceId"), Get("account"), Get("billingCycle"), errors);
        }
    }

    private static Dictionary<string, int> MapHeader(List<string> header)
    {
        var known = Required.Concat(Optional).ToDictionary(n => n, StringComparer.OrdinalIgnoreCase);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            if (!known.TryGetValue(name, out var canonical))
                throw Header($"Unknown column '{Cut(name)}'. The columns are {string.Join(", ", Required)} and optionally {string.Join(", ", Optional)}.");
            if (!columns.TryAdd(canonical, i))
                throw Header($"The column '{canonical}' appears twice.");
        }
        var missing = Required.Where(r => !columns.ContainsKey(r)).ToList();
        if (missing.Count > 0)
            throw Header($"Missing column(s): {string.Join(", ", missing)}.");
        return columns;
    }

    private static CdrFormatException Header(string message) => new(new CdrRowError("line 1", "", message));

    private static string Cut(string? value) => value is null ? "" : value.Length > 40 ? value[..40] + "…" : value;
}
