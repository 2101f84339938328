using System.Globalization;
using SelfCare.Usage.Data;

namespace SelfCare.Usage.Import;

/// <summary>
/// Checks one import row and builds its record. A start without an offset is the tenant's wall-clock time; the billing
/// cycle is the tenant's calendar month of the start unless the row names one (yyyy-MM).
/// </summary>
internal sealed class CdrRowValidator(CdrAccountResolver accounts, TimeZoneInfo zone, DateTime latestStartUtc)
{
    public const int MaxDurationSeconds = 7 * 24 * 3600;
    public const decimal MaxAmount = 1_000_000m;
    private static readonly DateTime EarliestStart = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public async ValueTask<CallDetailRecord?> ValidateAsync(CdrImportRow row, List<CdrRowError> errors, CancellationToken ct)
    {
        var before = errors.Count;
        void Fail(string field, string message) => errors.Add(new CdrRowError(row.Position, field, message));
        foreach (var (field, message) in row.ReadErrors ?? [])
            Fail(field, message);

        var id = Text(row.Id, "id", "The id", CallDetailRecord.ExternalIdMaxLength, Fail);
        var serviceId = Text(row.ServiceId, "serviceId", "The service id", CallDetailRecord.ServiceIdMaxLength, Fail);
        var from = Text(row.From, "from", "The calling number", CallDetailRecord.NumberMaxLength, Fail);
        var to = Text(row.To, "to", "The called number", CallDetailRecord.NumberMaxLength, Fail);
        var start = ParseStart(row.Start, Fail);
        CallDirection direction = default;
        if (!Enum.TryParse(row.Direction?.Trim(), ignoreCase: true, out direction) || !Enum.IsDefined(direction) || int.TryParse(row.Direction, out _))
            Fail("direction", $"The direction '{Shorten(row.Direction)}' must be Inbound or Outbound.");
        if (row.DurationSeconds is not { } duration || duration < 0 || duration > MaxDurationSeconds)
        {
            if (row.ReadErrors?.Any(e => e.Field == "durationSeconds") != true)
                Fail("durationSeconds", $"The duration must be whole seconds from 0 to {MaxDurationSeconds}.");
            duration = 0;
        }
        if (row.Amount is not { } amount || Math.Abs(amount) > MaxAmount || amount.Scale > 4 && decimal.Round(amount, 4) != amount)
        {
            if (row.ReadErrors?.Any(e => e.Field == "amount") != true)
                Fail("amount", $"The amount must be a number from -{MaxAmount} to {MaxAmount} with at most 4 decimals.");
            amount = 0;
        }
        var currency = string.IsNullOrWhiteSpace(row.Currency) ? "USD" : row.Currency.Trim().ToUpperInvariant();
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
            Fail("currency", $"The currency '{Shorten(row.Currency)}' must be a three-letter ISO 4217 code such as USD.");
        var cycle = ParseCycle(row.BillingCycle, start, Fail);
        Guid account = default;
        if (string.IsNullOrWhiteSpace(row.Account))
            Fail("account", "The account (number or external id) is required.");
        else if (await accounts.FindAsync(row.Account.Trim(), ct) is { } found)
            account = found;
        else
            Fail("account", $"No account has the number or external id '{Shorten(row.Account)}'.");

        if (errors.Count > before)
            return null;
        return new CallDetailRecord
        {
            ExternalId = id!, AccountId = account, ServiceId = serviceId!, StartedAt = start!.Value, FromNumber = from!, ToNumber = to!,
            Direction = direction, DurationSeconds = (int)duration,
            AmountUnits = (long)(amount * CallDetailRecord.UnitsPerCurrencyUnit), Currency = currency, BillingCycle = cycle!.Value,
        };
    }

    private static string? Text(string? value, string field, string label, int max, Action<string, string> fail)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
            fail(field, $"{label} is required.");
        else if (text.Length > max)
            fail(field, $"{label} can have at most {max} characters.");
        else if (text.Any(char.IsControl))
            fail(field, $"{label} cannot contain control characters.");
        else
            return text;
        return null;
    }

    private DateTime? ParseStart(string? value, Action<string, string> fail)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            fail("start", "The start date and time is required.");
            return null;
        }
        DateTime utc;
        if (HasOffset(text) && DateTimeOffset.TryParseExact(text, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
            utc = instant.UtcDateTime;
        else if (DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
        else
        {
            fail("start", $"The start '{Shorten(text)}' is not a date and time such as 2026-10-01T14:30:00Z.");
            return null;
        }
        if (utc < EarliestStart || utc > latestStartUtc)
        {
            fail("start", $"The start '{Shorten(text)}' must be between 2000-01-01 and tomorrow.");
            return null;
        }
        return utc;
    }

    private DateOnly? ParseCycle(string? value, DateTime? startUtc, Action<string, string> fail)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (startUtc is not { } s)
                return null;
            var local = TimeZoneInfo.ConvertTimeFromUtc(s, zone);
            return new DateOnly(local.Year, local.Month, 1);
        }
        if (DateOnly.TryParseExact(text, ["yyyy-MM", "yyyy-MM-01"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var cycle) && cycle.Year >= 2000)
            return cycle;
        fail("billingCycle", $"The billing cycle '{Shorten(text)}' must be a month such as 2026-10.");
        return null;
    }

    private static readonly string[] OffsetFormats =
        ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK"];

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || text.Length > 6 && text[^3] == ':' && text[^6] is '+' or '-';

    private static readonly string[] LocalFormats =
        ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm"];

    /// <summary>Echoed values are cut, so a hostile row cannot blow up the problem body.</summary>
    private static string Shorten(string? value) => value is null ? "" : value.Length > 40 ? value[..40] + "…" : value;
}
